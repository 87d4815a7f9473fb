import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { ALICE, BOB, createRepoDirectly, download, listCommits, listTree, repoSnapshot } from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

const CHUNK = 1024 * 1024;
// Comparing digests: jest's deep equality on megabytes of Buffer takes tens of seconds.
const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");
let hub: RunningEmulator;
let workspace: string;

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: CHUNK });
  workspace = await mkdtemp(path.join(os.tmpdir(), "upload-workspace-"));
  await createRepoDirectly(hub.url, "uploads");
  await createRepoDirectly(hub.url, "data", { type: "dataset" });
});
afterAll(() => hub.close());

async function localFile(name: string, content: Buffer | string): Promise<Buffer> {
  const bytes = Buffer.from(content);
  await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
  await writeFile(path.join(workspace, name), bytes);
  return bytes;
}

const upload = (inputs: Record<string, string>) =>
  runInProcess(
    { operation: "upload-file", repo_id: "alice/uploads", token: ALICE, endpoint: hub.url, ...inputs },
    { cwd: workspace, env: { GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" } },
  );

describe("upload-file", () => {
  it("uploads a small text file as a regular file whose bytes round-trip", async () => {
    const bytes = await localFile("notes/README.md", "# Model card\n\nHello Hub.\n");
    const run = await upload({ path: "notes/README.md" });
    expect(run.exitCode).toBe(0);
    const [head] = await listCommits(hub.url, "models/alice/uploads");
    expect(run.outputs).toEqual({
      url: `${hub.url}/alice/uploads/blob/main/README.md`,
      commit_url: `${hub.url}/alice/uploads/commit/${head.id}`,
      commit_sha: head.id,
      pr_url: "",
      uploaded: '["README.md"]',
      unchanged: "[]",
      deleted: "[]",
      skipped: "false",
      ignored: "[]",
    });
    expect(head.title).toBe("Upload README.md from commit 0123456789abcdef0123456789abcdef01234567");
    expect(sha256(await download(hub.url, "alice/uploads", "README.md"))).toBe(sha256(bytes));
    const entry = (await listTree(hub.url, "models/alice/uploads")).find((file) => file.path === "README.md");
    expect(entry?.lfs).toBeUndefined();
    expect(run.summary).toContain(head.id);
  });

  it("uploads a small .bin through LFS, as the repo's .gitattributes asks", async () => {
    const bytes = await localFile("tiny.bin", randomBytes(7));
    const run = await upload({ path: "tiny.bin", path_in_repo: "weights/tiny.bin" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.url).toBe(`${hub.url}/alice/uploads/blob/main/weights/tiny.bin`);
    const entry = (await listTree(hub.url, "models/alice/uploads")).find((file) => file.path === "weights/tiny.bin");
    expect(entry?.lfs).toMatchObject({ size: 7 });
    expect(sha256(await download(hub.url, "alice/uploads", "weights/tiny.bin"))).toBe(sha256(bytes));
  });

  it("uploads a file above the chunk size by multipart transfer, byte for byte", async () => {
    const bytes = await localFile("big.safetensors", randomBytes(Math.floor(3.5 * CHUNK)));
    const run = await upload({ path: "big.safetensors", commit_message: "Add weights", commit_description: "epoch 3" });
    expect(run.exitCode).toBe(0);
    const [head] = await listCommits(hub.url, "models/alice/uploads");
    expect(head.title).toBe("Add weights");
    const entry = (await listTree(hub.url, "models/alice/uploads")).find((file) => file.path === "big.safetensors");
    expect(entry?.lfs?.size).toBe(bytes.length);
    expect(sha256(await download(hub.url, "alice/uploads", "big.safetensors"))).toBe(sha256(bytes));
  });

  it("uploads to a dataset repo", async () => {
    const bytes = await localFile("train.csv", "a,b\n1,2\n");
    const run = await upload({ repo_id: "alice/data", repo_type: "dataset", path: "train.csv" });
    expect(run.outputs.url).toBe(`${hub.url}/datasets/alice/data/blob/main/train.csv`);
    expect(sha256(await download(hub.url, "datasets/alice/data", "train.csv"))).toBe(sha256(bytes));
  });

  it("fails clearly when path does not exist, and changes nothing", async () => {
    const before = await repoSnapshot(hub.url, "models/alice/uploads");
    const run = await upload({ path: "missing.bin" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/^Input "path": missing\.bin matched no file/);
    expect(await repoSnapshot(hub.url, "models/alice/uploads")).toEqual(before);
  });

  it("fails clearly when path is an empty folder", async () => {
    await mkdir(path.join(workspace, "folder"), { recursive: true });
    const run = await upload({ path: "folder" });
    expect(errorLine(run)).toMatch(/^Input "path": folder matched no file .*set if_no_files_found to warn or ignore/);
  });

  it("fails on a read-only token with the Hub's 403, and changes nothing", async () => {
    await localFile("denied.txt", "no");
    const before = await repoSnapshot(hub.url, "models/alice/uploads");
    const run = await upload({ path: "denied.txt", token: BOB });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/upload-file on alice\/uploads failed: .*403/);
    expect(await repoSnapshot(hub.url, "models/alice/uploads")).toEqual(before);
  });

  it("fails on a missing repo with a hint to create it", async () => {
    await localFile("orphan.txt", "x");
    const run = await upload({ repo_id: "alice/not-created", path: "orphan.txt" });
    expect(errorLine(run)).toMatch(/404.*RepoNotFound.*create-repo first/);
  });

  it("never prints the token or puts it in outputs or the summary", async () => {
    await localFile("secret-check.txt", "x");
    const run = await upload({ path: "secret-check.txt" });
    // The runner consumes ::add-mask:: lines; nothing else may carry the token.
    const stdout = run.stdout.replace(`::add-mask::${ALICE}\n`, "");
    expect(run.stdout).toContain(`::add-mask::${ALICE}`);
    for (const text of [stdout, run.stderr, JSON.stringify(run.outputs), run.summary]) {
      expect(text).not.toContain(ALICE);
    }
  });
});
