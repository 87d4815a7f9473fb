import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import {
  ALICE,
  clearRequestLog,
  commitFilesDirectly,
  createRepoDirectly,
  download,
  getJson,
  listCommits,
  listTree,
  repoSnapshot,
  requestLog,
} from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

let hub: RunningEmulator;
let workspace: string;
const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: 1024 * 1024 });
  workspace = await mkdtemp(path.join(os.tmpdir(), "upload-folder-"));
});
afterAll(async () => {
  await hub.close();
  await rm(workspace, { recursive: true, force: true });
});

/** Writes files under the workspace and returns their bytes by relative path. */
async function writeTree(files: Record<string, Buffer | string>): Promise<Map<string, Buffer>> {
  const written = new Map<string, Buffer>();
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(workspace, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    written.set(name, Buffer.from(content));
  }
  return written;
}

const upload = (repo: string, inputs: Record<string, string>) =>
  runInProcess(
    { operation: "upload-file", repo_id: `alice/${repo}`, token: ALICE, endpoint: hub.url, ...inputs },
    {
      cwd: workspace,
      env: {
        GITHUB_SHA: "f".repeat(40),
        GITHUB_REPOSITORY: "octo/train",
        GITHUB_RUN_ID: "42",
        GITHUB_SERVER_URL: "https://github.com",
      },
    },
  );

const treePaths = async (repo: string, revision = "main") =>
  (await listTree(hub.url, `models/alice/${repo}`, revision))
    .filter((e) => e.type === "file")
    .map((e) => e.path)
    .sort();

describe("upload-file with folders", () => {
  it("uploads a checkpoint folder in one commit whose bytes all round-trip", async () => {
    await createRepoDirectly(hub.url, "ckpt");
    const files = await writeTree({
      "run1/config.json": '{"layers": 2}',
      "run1/model-00001-of-00002.safetensors": randomBytes(1536 * 1024),
      "run1/model-00002-of-00002.safetensors": randomBytes(300 * 1024),
      "run1/tokenizer/vocab.txt": "a\nb\nc\n",
      "run1/README.md": "# ckpt\n",
    });
    const commitsBefore = await listCommits(hub.url, "models/alice/ckpt");
    const run = await upload("ckpt", { path: "run1", path_in_repo: "checkpoints/v1" });
    expect(run.exitCode).toBe(0);
    const commits = await listCommits(hub.url, "models/alice/ckpt");
    expect(commits).toHaveLength(commitsBefore.length + 1);
    expect(commits[0].title).toBe(`Upload 5 files to checkpoints/v1/ from commit ${"f".repeat(40)}`);
    for (const [name, bytes] of files) {
      const inRepo = `checkpoints/v1/${name.slice("run1/".length)}`;
      expect(sha256(await download(hub.url, "alice/ckpt", inRepo))).toBe(sha256(bytes));
    }
    expect(run.outputs.url).toBe(`${hub.url}/alice/ckpt/tree/main/checkpoints/v1`);
    expect(JSON.parse(run.outputs.uploaded)).toHaveLength(5);
    expect(run.outputs.skipped).toBe("false");
    expect(run.summary).toContain("checkpoints/v1/model-00001-of-00002.safetensors");
    expect(run.summary).toContain("LFS");
  });

  it("re-run with nothing changed makes no commit and says so", async () => {
    const before = await listCommits(hub.url, "models/alice/ckpt");
    const run = await upload("ckpt", { path: "run1", path_in_repo: "checkpoints/v1" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ skipped: "true", uploaded: "[]", commit_sha: "", commit_url: "" });
    expect(JSON.parse(run.outputs.unchanged)).toHaveLength(5);
    expect(await listCommits(hub.url, "models/alice/ckpt")).toEqual(before);
  });

  it("re-run with one file changed uploads only that file", async () => {
    await writeTree({ "run1/config.json": '{"layers": 3}' });
    const run = await upload("ckpt", { path: "run1", path_in_repo: "checkpoints/v1" });
    expect(JSON.parse(run.outputs.uploaded)).toEqual(["checkpoints/v1/config.json"]);
    expect(JSON.parse(run.outputs.unchanged)).toHaveLength(4);
    const [head] = await listCommits(hub.url, "models/alice/ckpt");
    expect(head.id).toBe(run.outputs.commit_sha);
  });

  it("mirror mode deletes exactly the stale matching files, never .gitattributes", async () => {
    await createRepoDirectly(hub.url, "mirror");
    await writeTree({ "m/a.safetensors": "A", "m/b.safetensors": "B", "m/notes.md": "keep" });
    await upload("mirror", { path: "m" });
    await rm(path.join(workspace, "m/b.safetensors"));
    const run = await upload("mirror", { path: "m", delete_patterns: "*.safetensors\n*.md\n.gitattributes" });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.deleted)).toEqual(["b.safetensors"]);
    expect(await treePaths("mirror")).toEqual([".gitattributes", "a.safetensors", "notes.md"]);
  });

  it("applies include and exclude, and leaves hidden files out unless asked", async () => {
    await createRepoDirectly(hub.url, "filtered");
    await writeTree({ "f/keep.json": "{}", "f/skip.tmp": "x", "f/.secret": "s", "f/sub/deep.json": "{}" });
    await upload("filtered", { path: "f", include: "**/*.json\n*.tmp\n.secret", exclude: "*.tmp" });
    expect(await treePaths("filtered")).toEqual([".gitattributes", "keep.json", "sub/deep.json"]);
    await upload("filtered", { path: "f", include_hidden: "true", include: ".secret" });
    expect(await treePaths("filtered")).toContain(".secret");
  });

  it("takes globs and a newline list of paths", async () => {
    await createRepoDirectly(hub.url, "globbed");
    await writeTree({ "g/x1.bin": "1", "g/x2.bin": "2", "g/y.txt": "y", "solo.txt": "solo" });
    const run = await upload("globbed", { path: "g/*.bin\nsolo.txt", path_in_repo: "dest" });
    expect(run.exitCode).toBe(0);
    expect(await treePaths("globbed")).toEqual([".gitattributes", "dest/solo.txt", "dest/x1.bin", "dest/x2.bin"]);
  });

  it("if_no_files_found: warn and ignore succeed without a commit", async () => {
    await createRepoDirectly(hub.url, "empty");
    const before = await repoSnapshot(hub.url, "models/alice/empty");
    const warned = await upload("empty", { path: "nothing/*.bin", if_no_files_found: "warn" });
    expect(warned.exitCode).toBe(0);
    expect(warned.stdout).toContain("::warning::Nothing uploaded: nothing/*.bin matched no file");
    expect(warned.outputs.skipped).toBe("true");
    const ignored = await upload("empty", { path: "nothing/*.bin", if_no_files_found: "ignore" });
    expect(ignored.exitCode).toBe(0);
    expect(ignored.stdout).not.toContain("::warning::");
    expect(await repoSnapshot(hub.url, "models/alice/empty")).toEqual(before);
  });

  it("refuses git-lfs pointer files unless allow_lfs_pointers is set", async () => {
    await createRepoDirectly(hub.url, "pointers");
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${"a".repeat(64)}\nsize 123\n`;
    await writeTree({ "p/model.safetensors": pointer, "p/config.json": "{}" });
    const before = await repoSnapshot(hub.url, "models/alice/pointers");
    await clearRequestLog(hub.url);
    const run = await upload("pointers", { path: "p" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/git-lfs pointers.*lfs: true.*allow_lfs_pointers/);
    expect(await repoSnapshot(hub.url, "models/alice/pointers")).toEqual(before);
    // Refused before anything was asked: the few files listed never filled a preupload batch.
    const log = await requestLog(hub.url);
    expect(log.filter((entry) => entry.path.includes("/preupload/"))).toEqual([]);
    const allowed = await upload("pointers", { path: "p", allow_lfs_pointers: "true" });
    expect(allowed.exitCode).toBe(0);
  });

  it("refuses a symlink that leads out of the workspace, and changes nothing", async () => {
    await createRepoDirectly(hub.url, "links");
    const outside = await mkdtemp(path.join(os.tmpdir(), "outside-"));
    await writeFile(path.join(outside, "secret.txt"), "secret");
    await writeTree({ "l/ok.txt": "ok" });
    await symlink(path.join(outside, "secret.txt"), path.join(workspace, "l/escape.txt"));
    const run = await upload("links", { path: "l" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/^Input "path": escape\.txt resolves to .* outside the workspace/);
    expect(await treePaths("links")).toEqual([".gitattributes"]);
    await rm(outside, { recursive: true, force: true });
  });

  it("create_branch creates a missing branch from main and commits there", async () => {
    await createRepoDirectly(hub.url, "branched");
    await writeTree({ "b/new.txt": "on a branch" });
    const run = await upload("branched", { path: "b", revision: "experiment", create_branch: "true" });
    expect(run.exitCode).toBe(0);
    expect(await treePaths("branched", "experiment")).toEqual([".gitattributes", "new.txt"]);
    expect(await treePaths("branched")).toEqual([".gitattributes"]);
    const again = await upload("branched", { path: "b", revision: "missing", create_branch: "false" });
    expect(errorLine(again)).toMatch(/RevisionNotFound/);
  });

  it("create_pr opens a pull request and leaves the branch as it was", async () => {
    await createRepoDirectly(hub.url, "reviewed");
    await writeTree({ "r/proposal.txt": "please review" });
    const run = await upload("reviewed", { path: "r", create_pr: "true" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.pr_url).toBe(`${hub.url}/alice/reviewed/discussions/1`);
    expect(run.outputs.url).toBe(`${hub.url}/alice/reviewed/tree/refs%2Fpr%2F1`);
    expect(await treePaths("reviewed", encodeURIComponent("refs/pr/1"))).toContain("proposal.txt");
    expect(await treePaths("reviewed")).toEqual([".gitattributes"]);
  });

  it("parent_commit refuses to commit over a branch that moved, leaving it as it was", async () => {
    await createRepoDirectly(hub.url, "guarded");
    const [initial] = await listCommits(hub.url, "models/alice/guarded");
    await writeTree({ "c/one.txt": "1" });
    const first = await upload("guarded", { path: "c", parent_commit: initial.id });
    expect(first.exitCode).toBe(0);
    await writeTree({ "c/one.txt": "2" });
    const before = await repoSnapshot(hub.url, "models/alice/guarded");
    const stale = await upload("guarded", { path: "c", parent_commit: initial.id });
    expect(stale.exitCode).toBe(1);
    expect(errorLine(stale)).toMatch(/412/);
    expect(await repoSnapshot(hub.url, "models/alice/guarded")).toEqual(before);
  });

  it("splits into several commits above max_files_per_commit, each logged", async () => {
    await createRepoDirectly(hub.url, "split");
    await writeTree({ "s/1.txt": "1", "s/2.txt": "2", "s/3.txt": "3", "s/4.txt": "4", "s/5.txt": "5" });
    const before = await listCommits(hub.url, "models/alice/split");
    const run = await upload("split", { path: "s", max_files_per_commit: "2" });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("Commit 3 of 3: 1 file(s)");
    expect(await listCommits(hub.url, "models/alice/split")).toHaveLength(before.length + 3);
    expect(await treePaths("split")).toEqual([".gitattributes", "1.txt", "2.txt", "3.txt", "4.txt", "5.txt"]);
  });

  it("splits by max_bytes_per_commit too", async () => {
    await createRepoDirectly(hub.url, "split-bytes");
    await writeTree({ "sb/a.txt": "a".repeat(600), "sb/b.txt": "b".repeat(600), "sb/c.txt": "c".repeat(10) });
    const before = await listCommits(hub.url, "models/alice/split-bytes");
    const run = await upload("split-bytes", { path: "sb", max_bytes_per_commit: "1000" });
    expect(run.stdout).toContain("Commit 2 of 2");
    expect(await listCommits(hub.url, "models/alice/split-bytes")).toHaveLength(before.length + 2);
  });

  it("takes the upload-folder alias and concurrency 1, sending multipart parts one at a time", async () => {
    await createRepoDirectly(hub.url, "serial");
    const files = await writeTree({ "big/a.safetensors": randomBytes(2.5 * 1024 * 1024), "big/b.bin": randomBytes(5) });
    const run = await upload("serial", { operation: "upload-folder", path: "big", concurrency: "1" });
    expect(run.exitCode).toBe(0);
    for (const [name, bytes] of files) {
      expect(sha256(await download(hub.url, "alice/serial", path.basename(name)))).toBe(sha256(bytes));
    }
  });

  it("asks the Hub about each file once, in calls of 256 sent while listing, across split commits", async () => {
    await createRepoDirectly(hub.url, "many");
    const names = Array.from({ length: 600 }, (_, i) => `many/f${String(i).padStart(3, "0")}.txt`);
    await writeTree(Object.fromEntries(names.map((name) => [name, `content of ${name}\n`])));
    await clearRequestLog(hub.url);
    const run = await upload("many", { path: "many", max_files_per_commit: "300" });
    expect(run.exitCode).toBe(0);
    const asked = (await requestLog(hub.url))
      .filter((entry) => entry.path.endsWith("/preupload/main"))
      .map((entry) => (entry.json as { files: Array<{ path: string }> }).files.map((file) => file.path));
    // The first commit's 300 files: 256 asked while listing, 44 after; then the second commit's, the same way.
    expect(asked.map((batch) => batch.length)).toEqual([256, 44, 256, 44]);
    expect(asked.flat().sort()).toEqual(names.map((name) => name.slice("many/".length)));
    expect(run.stdout).toContain("Commit 2 of 2: 300 file(s)");
    expect(await treePaths("many")).toHaveLength(601);
  });

  it("applies a root .gitignore found after the first files were asked about", async () => {
    await createRepoDirectly(hub.url, "late-ignore");
    const names = Array.from({ length: 300 }, (_, i) => `f${String(i).padStart(3, "0")}.txt`);
    await writeTree({
      ...Object.fromEntries(names.map((name) => [`li/data/${name}`, name])),
      "li/data/a.log": "noise",
      "li/extra/.gitignore": "*.log\n",
    });
    // The data folder is listed first: 256 of its files are asked about before the .gitignore turns up.
    const run = await upload("late-ignore", { path: "li/data\nli/extra", include_hidden: "true" });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.ignored)).toEqual(["a.log"]);
    const paths = await treePaths("late-ignore");
    expect(paths).toContain(".gitignore");
    expect(paths).not.toContain("a.log");
    expect(paths).toHaveLength(302);
  });

  it("checks a root README listed after the first preupload calls before any LFS byte or commit", async () => {
    await createRepoDirectly(hub.url, "late-card");
    const names = Array.from({ length: 300 }, (_, i) => `lc/${String(i).padStart(4, "0")}.txt`);
    await writeTree({
      ...Object.fromEntries(names.map((name) => [name, name])),
      "lc/README.md": "---\nlicense: mit\nlicense: apache-2.0\n---\n",
      "lc/w.safetensors": randomBytes(2 * 1024 * 1024),
    });
    const before = await repoSnapshot(hub.url, "models/alice/late-card");
    await clearRequestLog(hub.url);
    const run = await upload("late-card", { path: "lc" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/README\.md.*YAML front matter.*nothing was uploaded/s);
    const log = await requestLog(hub.url);
    const paths = log.map((entry) => entry.path);
    // The first 256 files, listed before README.md, were asked about while listing; nothing more went out.
    expect(paths.filter((entry) => entry.includes("/preupload/"))).toHaveLength(1);
    expect(paths.filter((entry) => /info\/lfs|\/commit\//.test(entry))).toEqual([]);
    expect(await repoSnapshot(hub.url, "models/alice/late-card")).toEqual(before);
  });

  it("deletes nothing in mirror mode when the repo's .gitignore leaves out every file of every commit", async () => {
    await createRepoDirectly(hub.url, "all-ignored");
    await commitFilesDirectly(hub.url, "models/alice/all-ignored", { ".gitignore": "*.log\n", "old.txt": "stale" });
    await writeTree({ "ai/a.log": "a", "ai/b.log": "b", "ai/c.log": "c" });
    const before = await repoSnapshot(hub.url, "models/alice/all-ignored");
    const run = await upload("all-ignored", { path: "ai", max_files_per_commit: "1", delete_patterns: "*.txt" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/\.gitignore excludes every file/);
    expect(await repoSnapshot(hub.url, "models/alice/all-ignored")).toEqual(before);
  });

  it("links the workflow run in the default commit description", async () => {
    const { body } = await getJson<Array<{ message: string }>>(`${hub.url}/api/models/alice/split/commits/main`);
    expect(body[0].message).toContain("https://github.com/octo/train/actions/runs/42");
  });
});
