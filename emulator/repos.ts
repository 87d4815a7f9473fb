/** The repo store: repos with their commits, branches, tags and pull-request refs, and rename redirects. */
import { gitBlobSha1, isCommitId, lfsPointer, newCommitId, newObjectId } from "./gitobjects";
import type { RepoType } from "./paths";

export interface RegularFile {
  kind: "regular";
  content: Buffer;
  /** Git blob SHA-1 of the content. */
  oid: string;
}

export interface LfsFile {
  kind: "lfs";
  sha256: string;
  size: number;
  /** Git blob SHA-1 of the pointer file. */
  oid: string;
  pointerSize: number;
}

export type FileEntry = RegularFile | LfsFile;

export function regularFile(content: Buffer): RegularFile {
  return { kind: "regular", content, oid: gitBlobSha1(content) };
}

export function lfsFile(sha256: string, size: number): LfsFile {
  const pointer = lfsPointer(sha256, size);
  return { kind: "lfs", sha256, size, oid: gitBlobSha1(pointer), pointerSize: pointer.length };
}

export function fileSize(entry: FileEntry): number {
  return entry.kind === "lfs" ? entry.size : entry.content.length;
}

export interface Commit {
  id: string;
  parent?: string;
  /** Flat map path -> file: the whole tree at this commit (entries are shared between commits). */
  files: ReadonlyMap<string, FileEntry>;
  /** Paths added, modified or deleted by this commit, to answer `lastCommit` cheaply. */
  changed: ReadonlySet<string>;
  title: string;
  description: string;
  author: string;
  date: Date;
}

export interface Tag {
  commit: string;
  message?: string;
}

export interface PullRequest {
  num: number;
  title: string;
  author: string;
  targetBranch: string;
  createdAt: Date;
}

export type RefKind = "branch" | "tag" | "pr" | "commit";

export interface ResolvedRevision {
  commit: Commit;
  kind: RefKind;
  /** Branch or tag name, PR number as string, or the commit id. */
  name: string;
  /** Full ref (`refs/heads/main`, `refs/pr/1`), or the commit id. */
  ref: string;
}

export const DEFAULT_BRANCH = "main";

export class Repo {
  // Mutable only so a saved state can be restored.
  _id = newObjectId();
  createdAt = new Date();
  lastModified = new Date();
  private: boolean;
  gated: false | "auto" | "manual" = false;
  discussionsDisabled = false;
  readonly commits = new Map<string, Commit>();
  readonly branches = new Map<string, string>();
  readonly tags = new Map<string, Tag>();
  readonly pullRequests = new Map<number, PullRequest>();
  readonly prRefs = new Map<number, string>();
  /** Discussions and PRs share one numbering, starting at 1. */
  nextDiscussionNum = 1;

  constructor(
    readonly type: RepoType,
    public namespace: string,
    public name: string,
    isPrivate: boolean,
    readonly sdk?: string,
  ) {
    this.private = isPrivate;
  }

  get id(): string {
    return `${this.namespace}/${this.name}`;
  }

  head(branch = DEFAULT_BRANCH): Commit | undefined {
    const id = this.branches.get(branch);
    return id ? this.commits.get(id) : undefined;
  }

  /** Branch, tag, `refs/heads|tags/x`, `refs/pr/n`, `HEAD` or a full commit id; branches win over tags. */
  resolve(revision: string): ResolvedRevision | undefined {
    const rev = revision === "HEAD" ? DEFAULT_BRANCH : revision;
    const byBranch = (name: string): ResolvedRevision | undefined => {
      const id = this.branches.get(name);
      return id ? { commit: this.mustCommit(id), kind: "branch", name, ref: `refs/heads/${name}` } : undefined;
    };
    const byTag = (name: string): ResolvedRevision | undefined => {
      const tag = this.tags.get(name);
      return tag ? { commit: this.mustCommit(tag.commit), kind: "tag", name, ref: `refs/tags/${name}` } : undefined;
    };
    if (rev.startsWith("refs/heads/")) return byBranch(rev.slice("refs/heads/".length));
    if (rev.startsWith("refs/tags/")) return byTag(rev.slice("refs/tags/".length));
    const pr = /^refs\/pr\/(\d+)$/.exec(rev);
    if (pr) {
      const id = this.prRefs.get(Number(pr[1]));
      return id ? { commit: this.mustCommit(id), kind: "pr", name: pr[1], ref: rev } : undefined;
    }
    const found = byBranch(rev) ?? byTag(rev);
    if (found) return found;
    const commit = isCommitId(rev) ? this.commits.get(rev) : undefined;
    return commit ? { commit, kind: "commit", name: rev, ref: rev } : undefined;
  }

  mustCommit(id: string): Commit {
    const commit = this.commits.get(id);
    if (!commit) throw new Error(`Dangling ref to ${id} in ${this.id}`);
    return commit;
  }

  /** Adds an already-built commit (restoring saved state). */
  restoreCommit(commit: Commit): void {
    this.commits.set(commit.id, commit);
  }

  /** Records a commit on top of `parent` (not moving any ref). */
  createCommit(
    parent: Commit | undefined,
    files: ReadonlyMap<string, FileEntry>,
    changed: ReadonlySet<string>,
    meta: {
      title: string;
      description: string;
      author: string;
    },
  ): Commit {
    const date = new Date();
    const message = meta.description ? `${meta.title}\n\n${meta.description}` : meta.title;
    const id = newCommitId(parent?.id, message, date, [...changed].join("\n"));
    const commit: Commit = { id, parent: parent?.id, files, changed, ...meta, date };
    this.commits.set(id, commit);
    this.lastModified = date;
    return commit;
  }

  /** First-parent history, newest first. */
  *history(from: Commit): Generator<Commit> {
    let current: Commit | undefined = from;
    while (current) {
      yield current;
      current = current.parent ? this.commits.get(current.parent) : undefined;
    }
  }
}

function key(type: RepoType, id: string): string {
  return `${type}:${id.toLowerCase()}`;
}

export class RepoStore {
  private readonly repos = new Map<string, Repo>();
  /** Old id -> the repo it was renamed to; a new repo at the old id takes precedence. */
  private readonly redirects = new Map<string, Repo>();

  get(type: RepoType, id: string): Repo | undefined {
    return this.repos.get(key(type, id));
  }

  redirectFor(type: RepoType, id: string): Repo | undefined {
    return this.redirects.get(key(type, id));
  }

  all(type?: RepoType): Repo[] {
    return [...this.repos.values()].filter((repo) => type === undefined || repo.type === type);
  }

  /** (internal key of an old id, current repo) pairs, for saving state. */
  redirectEntries(): [string, Repo][] {
    return [...this.redirects];
  }

  restoreRedirect(internalKey: string, repo: Repo): void {
    this.redirects.set(internalKey, repo);
  }

  add(repo: Repo): void {
    this.repos.set(key(repo.type, repo.id), repo);
    this.redirects.delete(key(repo.type, repo.id));
  }

  delete(repo: Repo): void {
    this.repos.delete(key(repo.type, repo.id));
    for (const [oldId, target] of this.redirects) if (target === repo) this.redirects.delete(oldId);
  }

  move(repo: Repo, namespace: string, name: string): void {
    const oldKey = key(repo.type, repo.id);
    this.repos.delete(oldKey);
    repo.namespace = namespace;
    repo.name = name;
    this.repos.set(key(repo.type, repo.id), repo);
    this.redirects.delete(key(repo.type, repo.id));
    this.redirects.set(oldKey, repo);
  }
}
