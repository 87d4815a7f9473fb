import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { version } from "../../package.json";
import { errorLine, runAction } from "../../scripts/run-action";
import { ALICE, commitFilesDirectly, createRepoDirectly, hubSnapshot, listTree } from "../support/hub-state";

// Where the real Hub is strict (HUB-PROTOCOL.md, "Where the official clients are careful"), through dist/index.js.
// The emulator names the real Hub's origin in the URLs it returns, as huggingface.co does behind a mirror.
const CHUNK = 1024 * 1024;
let hub: RunningEmulator;
let workspace: string;
let repoCounter = 0;

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: CHUNK, publicUrl: "https://huggingface.co" });
});
afterAll(() => hub.close());
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), "fidelity-"));
  await fetch(`${hub.url}/__admin/requests`, { method: "DELETE" });
});
afterEach(async () => {
  await fetch(`${hub.url}/__admin/faults`, { method: "DELETE" });
  await rm(workspace, { recursive: true, force: true });
});

interface Logged {
  method: string;
  path: string;
  status: number | null;
  contentLength: number | null;
  chunked: boolean;
  userAgent: string | null;
  json?: Record<string, unknown>;
}

const requests = async (): Promise<Logged[]> =>
  (await fetch(`${hub.url}/__admin/requests`)).json() as Promise<Logged[]>;

async function fault(rule: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${hub.url}/__admin/faults`, { method: "POST", body: JSON.stringify(rule) });
  if (!response.ok) throw new Error(`fault answered ${response.status}`);
}

async function files(entries: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
}

async function newRepo(): Promise<string> {
  const name = `fidelity-${++repoCounter}`;
  await createRepoDirectly(hub.url, name);
  return `alice/${name}`;
}

const action = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({ token: ALICE, endpoint: hub.url, ...inputs }, { cwd: workspace, env });

describe("as strict as the real Hub", () => {
  it("1. sends visibility alone, on create and on settings", async () => {
    expect((await action({ operation: "create-repo", repo_id: "alice/visible", private: "true" })).exitCode).toBe(0);
    expect((await action({ operation: "visibility", repo_id: "alice/visible", private: "false" })).exitCode).toBe(0);
    const sent = (await requests()).filter((entry) => entry.method !== "GET").map((entry) => entry.json);
    expect(sent).toEqual([
      { name: "visible", organization: "alice", type: "model", visibility: "private" },
      { visibility: "public" },
    ]);
  });

  it("2a. takes any 409 on create as the repo existing, with the URL the answer names", async () => {
    const repo = await newRepo();
    const url = `https://huggingface.co/${repo}`;
    await fault({
      method: "POST",
      path: "^/api/repos/create$",
      action: "status",
      status: 409,
      body: JSON.stringify({ error: "Conflict: repo exists", url }),
    });
    const run = await action({ operation: "create-repo", repo_id: repo });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ url: `${hub.url}/${repo}`, repo_id: repo, created: "false" });
  });

  it("2b. succeeds on a 401 to create when the token can read the repo, and says so", async () => {
    const repo = await newRepo();
    await fault({
      method: "POST",
      path: "^/api/repos/create$",
      action: "status",
      status: 401,
      body: '{"error":"This token cannot create repositories"}',
    });
    const run = await action({ operation: "create-repo", repo_id: repo });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.created).toBe("false");
  });

  it("2c. reports the 401 itself when the repo is not there", async () => {
    await fault({
      method: "POST",
      path: "^/api/repos/create$",
      action: "status",
      status: 401,
      body: '{"error":"This token cannot create repositories"}',
    });
    const run = await action({ operation: "create-repo", repo_id: "alice/never-made" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /create-repo on alice\/never-made failed: .*answered 401.*cannot create repositories/,
    );
  });

  it("2d. waits out 'another conflicting operation is in progress'", async () => {
    await fault({
      method: "POST",
      path: "^/api/repos/create$",
      action: "status",
      status: 409,
      times: 1,
      body: '{"error":"Cannot create repo: another conflicting operation is in progress"}',
    });
    const run = await action({ operation: "create-repo", repo_id: "alice/after-conflict" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.created).toBe("true");
    expect(run.stdout).toMatch(/Retrying POST .*\/api\/repos\/create .*409 .*conflicting operation/);
  });

  it("3. sends an empty file as a regular file, even where .gitattributes says LFS", async () => {
    const repo = await newRepo();
    await files({ "out/empty.bin": "", "out/weights.bin": randomBytes(10) });
    const run = await action({ operation: "upload-file", repo_id: repo, path: "out" });
    expect(run.exitCode).toBe(0);
    const tree = await listTree(hub.url, `models/${repo}`);
    expect(tree.find((entry) => entry.path === "empty.bin")).toMatchObject({ size: 0 });
    expect(tree.find((entry) => entry.path === "empty.bin")?.lfs).toBeUndefined();
    expect(tree.find((entry) => entry.path === "weights.bin")?.lfs).toMatchObject({ size: 10 });
  });

  it("4a. sends the upload's .gitignore and leaves out, and reports, the files it excludes", async () => {
    const repo = await newRepo();
    await files({
      "run/.gitignore": "*.log\ncache/\n",
      "run/model.txt": "weights",
      "run/train.log": "noise",
      "run/cache/x.txt": "x",
    });
    const run = await action({ operation: "upload-file", repo_id: repo, path: "run", include_hidden: "true" });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.ignored)).toEqual(["cache/x.txt", "train.log"]);
    expect(JSON.parse(run.outputs.uploaded)).toEqual([".gitignore", "model.txt"]);
    const preupload = (await requests()).find((entry) => entry.path.includes("/preupload/"));
    expect(preupload?.json?.gitIgnore).toBe("*.log\ncache/\n");
    expect((await listTree(hub.url, `models/${repo}`)).map((entry) => entry.path)).not.toContain("train.log");
    expect(run.summary).toContain("ignored");
  });

  it("4b. applies if_no_files_found when the repo's .gitignore leaves nothing, and says why", async () => {
    const repo = await newRepo();
    await commitFilesDirectly(hub.url, `models/${repo}`, { ".gitignore": "*.log\n" });
    await files({ "debug.log": "noise" });
    const before = await hubSnapshot(hub.url);
    const run = await action({ operation: "upload-file", repo_id: repo, path: "debug.log" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/^Input "path": \.gitignore excludes every file debug\.log selected/);
    expect(await hubSnapshot(hub.url)).toEqual(before);
    const warned = await action({
      operation: "upload-file",
      repo_id: repo,
      path: "debug.log",
      if_no_files_found: "warn",
    });
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs.ignored).toBe('["debug.log"]');
  });

  it("5. calls the verify, completion and commit URLs the Hub names on huggingface.co through the endpoint", async () => {
    const repo = await newRepo();
    await files({ "big.safetensors": randomBytes(Math.floor(2.5 * CHUNK)), "small.bin": randomBytes(100) });
    const run = await action({ operation: "upload-file", repo_id: repo, path: "big.safetensors\nsmall.bin" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.commit_url).toBe(`${hub.url}/${repo}/commit/${run.outputs.commit_sha}`);
    const paths = (await requests()).map((entry) => `${entry.method} ${entry.path}`);
    expect(paths.some((line) => /^POST .*verify/.test(line))).toBe(true);
    expect(paths.some((line) => /^POST .*complete|^POST .*multipart/i.test(line))).toBe(true);
  });

  it("6. lists and mirrors folders whose names hold #, %, ?, spaces and non-ASCII letters", async () => {
    const repo = await newRepo();
    await files({ "odd/a#b/c d%?é.txt": "hello", "odd/a#b/more.txt": "more" });
    expect((await action({ operation: "upload-file", repo_id: repo, path: "odd" })).exitCode).toBe(0);
    const listed = await action({ operation: "list-files", repo_id: repo, path_in_repo: "a#b" });
    expect(listed.exitCode).toBe(0);
    expect(JSON.parse(listed.outputs.files).map((file: { path: string }) => file.path)).toEqual([
      "a#b/c d%?é.txt",
      "a#b/more.txt",
    ]);
    await rm(path.join(workspace, "odd/a#b/more.txt"));
    const mirrored = await action({
      operation: "upload-file",
      repo_id: repo,
      path: "odd/a#b",
      path_in_repo: "a#b",
      delete_patterns: "*",
    });
    expect(mirrored.exitCode).toBe(0);
    expect(JSON.parse(mirrored.outputs.deleted)).toEqual(["a#b/more.txt"]);
  });

  it("7. sends the commit body with an exact Content-Length, never chunked", async () => {
    const repo = await newRepo();
    await files({ "a.txt": "a".repeat(1000), "b.json": '{"é": 1}', "w.bin": randomBytes(64) });
    const run = await action({ operation: "upload-file", repo_id: repo, path: "a.txt\nb.json\nw.bin" });
    expect(run.exitCode).toBe(0);
    const commit = (await requests()).find((entry) => entry.path.includes("/commit/"));
    expect(commit).toMatchObject({ status: 200, chunked: false, contentLength: expect.any(Number) });
  });

  it("8. asks preupload about 256 files a call, as the Python client does", async () => {
    const repo = await newRepo();
    await files(Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`many/f${index}.txt`, `${index}`])));
    expect((await action({ operation: "upload-file", repo_id: repo, path: "many" })).exitCode).toBe(0);
    const preuploads = (await requests()).filter((entry) => entry.path.includes("/preupload/"));
    // The calls overlap, so they may reach the Hub in either order.
    expect(preuploads.map((entry) => (entry.json?.files as unknown[]).length).sort((a, b) => b - a)).toEqual([256, 44]);
  });

  it("9. names itself hf-hub-action/<version>; node/<version>", async () => {
    expect((await action({ operation: "whoami" })).exitCode).toBe(0);
    const [whoami] = await requests();
    expect(whoami.userAgent).toBe(`hf-hub-action/${version}; node/${process.versions.node}`);
  });

  it("10a. refuses a README with broken YAML before any byte moves, quoting the YAML error", async () => {
    const repo = await newRepo();
    await files({
      "card/README.md": "---\nlicense: mit\nlicense: apache-2.0\n---\n# Model\n",
      "card/w.safetensors": randomBytes(2 * CHUNK),
    });
    const before = await hubSnapshot(hub.url);
    const run = await action({ operation: "upload-file", repo_id: repo, path: "card" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /^Input "path": .*README\.md.*YAML front matter: .*unique.*line 3.*nothing was uploaded/s,
    );
    const sent = (await requests()).map((entry) => entry.path);
    expect(sent.filter((entry) => /preupload|lfs|upload|commit/.test(entry))).toEqual([]);
    expect(await hubSnapshot(hub.url)).toEqual(before);
  });

  it("10b. refuses a multipart answer whose part URLs cannot cover the file, before sending a byte", async () => {
    const repo = await newRepo();
    const bytes = randomBytes(3 * CHUNK);
    await files({ "three-parts.safetensors": bytes });
    const oid = createHash("sha256").update(bytes).digest("hex");
    const answer = {
      transfer: "multipart",
      objects: [
        {
          oid,
          size: bytes.length,
          actions: {
            upload: { href: `${hub.url}/nowhere`, header: { chunk_size: String(CHUNK), "00001": `${hub.url}/part1` } },
          },
        },
      ],
    };
    await fault({
      method: "POST",
      path: "info/lfs/objects/batch$",
      action: "status",
      status: 200,
      headers: { "Content-Type": "application/vnd.git-lfs+json" },
      body: JSON.stringify(answer),
    });
    const before = await hubSnapshot(hub.url);
    const run = await action({ operation: "upload-file", repo_id: repo, path: "three-parts.safetensors" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /multipart answer for three-parts\.safetensors has 1 part URL\(s\), but 3145728 bytes in parts of 1048576 need 3/,
    );
    expect((await requests()).filter((entry) => entry.method === "PUT")).toEqual([]);
    expect(await hubSnapshot(hub.url)).toEqual(before);
  });
});
