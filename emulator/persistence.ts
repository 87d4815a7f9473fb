/** Saves the repo store under a data dir on close and restores it on start, so `--data` survives restarts. */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RepoType } from "./paths";
import { Repo, lfsFile, regularFile, type Commit, type FileEntry, type RepoStore } from "./repos";
import type { SavedSpace, SpaceRuntimes } from "./spaces";

const STATE_VERSION = 1;

/** A file as saved: regular contents live in `blobs/<oid>`, LFS files are (sha256, size). */
type SavedEntry = ["regular", string] | ["lfs", string, number];

interface SavedCommit {
  id: string;
  parent?: string;
  title: string;
  description: string;
  author: string;
  date: string;
  /** Only the paths this commit changed; null means deleted. The rest comes from the parent. */
  delta: [string, SavedEntry | null][];
}

interface SavedRepo {
  _id: string;
  type: RepoType;
  namespace: string;
  name: string;
  private: boolean;
  gated: Repo["gated"];
  discussionsDisabled: boolean;
  sdk?: string;
  createdAt: string;
  lastModified: string;
  nextDiscussionNum: number;
  branches: [string, string][];
  tags: [string, { commit: string; message?: string }][];
  prRefs: [number, string][];
  pullRequests: [number, { title: string; author: string; targetBranch: string; createdAt: string }][];
  commits: SavedCommit[];
  /** A Space's settings (hardware, sleep time, secrets, variables, paused); absent in older states. */
  space?: SavedSpace;
}

interface SavedState {
  version: number;
  repos: SavedRepo[];
  /** (internal key of the old id, index of the repo it points to). */
  redirects: [string, number][];
}

export async function saveState(dataDir: string, store: RepoStore, spaces?: SpaceRuntimes): Promise<void> {
  const blobsDir = path.join(dataDir, "blobs");
  await mkdir(blobsDir, { recursive: true });
  const repos = store.all();
  const saved: SavedState = {
    version: STATE_VERSION,
    repos: [],
    redirects: store.redirectEntries().flatMap(([key, repo]) => {
      const index = repos.indexOf(repo);
      return index >= 0 ? [[key, index] as [string, number]] : [];
    }),
  };
  for (const repo of repos) {
    const commits: SavedCommit[] = [];
    // Map order is creation order, so parents always come before their children.
    for (const commit of repo.commits.values()) {
      const delta: [string, SavedEntry | null][] = [];
      for (const filePath of commit.changed) {
        const entry = commit.files.get(filePath);
        if (entry?.kind === "regular") await writeBlob(blobsDir, entry.oid, entry.content);
        delta.push([filePath, entry ? toSaved(entry) : null]);
      }
      const { id, parent, title, description, author } = commit;
      commits.push({ id, parent, title, description, author, date: commit.date.toISOString(), delta });
    }
    saved.repos.push({
      _id: repo._id,
      type: repo.type,
      namespace: repo.namespace,
      name: repo.name,
      private: repo.private,
      gated: repo.gated,
      discussionsDisabled: repo.discussionsDisabled,
      sdk: repo.sdk,
      createdAt: repo.createdAt.toISOString(),
      lastModified: repo.lastModified.toISOString(),
      nextDiscussionNum: repo.nextDiscussionNum,
      branches: [...repo.branches],
      tags: [...repo.tags],
      prRefs: [...repo.prRefs],
      pullRequests: [...repo.pullRequests].map(([num, pr]) => [num, { ...pr, createdAt: pr.createdAt.toISOString() }]),
      commits,
      space: repo.type === "space" ? spaces?.save(repo) : undefined,
    });
  }
  const target = path.join(dataDir, "state.json");
  await writeFile(`${target}.tmp`, JSON.stringify(saved));
  await rename(`${target}.tmp`, target);
}

function toSaved(entry: FileEntry): SavedEntry {
  return entry.kind === "regular" ? ["regular", entry.oid] : ["lfs", entry.sha256, entry.size];
}

async function writeBlob(blobsDir: string, oid: string, content: Buffer): Promise<void> {
  const file = path.join(blobsDir, oid);
  if (!existsSync(file)) await writeFile(file, content);
}

/** Restores the repos; each Space gets its saved settings back and then builds its `main` again (or stays paused). */
export async function loadState(dataDir: string, store: RepoStore, spaces?: SpaceRuntimes): Promise<void> {
  const file = path.join(dataDir, "state.json");
  if (!existsSync(file)) return;
  const saved = JSON.parse(await readFile(file, "utf8")) as SavedState;
  if (saved.version !== STATE_VERSION) throw new Error(`Unsupported emulator state version in ${file}`);
  const blobs = new Map<string, Buffer>();
  const readBlob = async (oid: string): Promise<Buffer> => {
    let content = blobs.get(oid);
    if (!content) {
      content = await readFile(path.join(dataDir, "blobs", oid));
      blobs.set(oid, content);
    }
    return content;
  };
  const restored: Repo[] = [];
  for (const s of saved.repos) {
    const repo = new Repo(s.type, s.namespace, s.name, s.private, s.sdk);
    Object.assign(repo, {
      _id: s._id,
      gated: s.gated,
      discussionsDisabled: s.discussionsDisabled,
      createdAt: new Date(s.createdAt),
      nextDiscussionNum: s.nextDiscussionNum,
    });
    for (const { delta, date, ...meta } of s.commits) {
      const parent = meta.parent ? repo.commits.get(meta.parent) : undefined;
      const files = new Map<string, FileEntry>(parent?.files);
      for (const [filePath, entry] of delta) {
        if (!entry) files.delete(filePath);
        else
          files.set(
            filePath,
            entry[0] === "regular" ? regularFile(await readBlob(entry[1])) : lfsFile(entry[1], entry[2]),
          );
      }
      const commit: Commit = { ...meta, date: new Date(date), files, changed: new Set(delta.map(([p]) => p)) };
      repo.restoreCommit(commit);
    }
    for (const [name, id] of s.branches) repo.branches.set(name, id);
    for (const [name, tag] of s.tags) repo.tags.set(name, tag);
    for (const [num, id] of s.prRefs) repo.prRefs.set(num, id);
    for (const [num, pr] of s.pullRequests)
      repo.pullRequests.set(num, { num, ...pr, createdAt: new Date(pr.createdAt) });
    repo.lastModified = new Date(s.lastModified);
    store.add(repo);
    restored.push(repo);
  }
  for (const [key, index] of saved.redirects) if (restored[index]) store.restoreRedirect(key, restored[index]);
  restored.forEach((repo, index) => {
    if (repo.type === "space") spaces?.restore(repo, saved.repos[index].space);
  });
}
