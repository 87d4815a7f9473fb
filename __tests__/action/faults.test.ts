import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { eventually } from "../emulator/helpers";
import { runInProcess } from "../support/run-in-process";
import {
  ALICE,
  clearFaults,
  clearRequestLog,
  createRepoDirectly,
  download,
  injectFault,
  listCommits,
  requestLog,
  visibleText,
} from "../support/hub-state";

const MiB = 1024 * 1024;
let hub: RunningEmulator;
let workspace: string;
let files = new Map<string, Buffer>();
const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: MiB });
  workspace = await mkdtemp(path.join(os.tmpdir(), "faults-"));
});

// Fresh bytes for every run: the Hub stores LFS objects by content, and a stored object is never sent again.
async function freshFiles(folder: string): Promise<void> {
  files = new Map([
    ["config.json", Buffer.from(`{"seed": "${randomBytes(8).toString("hex")}"}`)],
    ["tiny.bin", randomBytes(100)],
    ["model.safetensors", randomBytes(Math.floor(2.5 * MiB))],
  ]);
  await mkdir(path.join(workspace, folder), { recursive: true });
  for (const [name, bytes] of files) await writeFile(path.join(workspace, folder, name), bytes);
}
afterEach(() => clearFaults(hub.url));

afterAll(async () => {
  await hub.close();
  await rm(workspace, { recursive: true, force: true });
});

const inject = (rule: Record<string, unknown>): Promise<void> => injectFault(hub.url, rule);

const FAULTS: Record<string, Record<string, unknown>> = {
  "429 with RateLimit": { action: "status", status: 429, headers: { RateLimit: '"api";r=0;t=1' } },
  "500": { action: "status", status: 500 },
  "503 with Retry-After": { action: "status", status: 503, headers: { "Retry-After": "1" } },
  "reset mid-body": { action: "reset" },
  timeout: { action: "delay", delayMs: 2500 },
};

// Every route an upload of a regular file, a small LFS file and a multipart LFS file goes through.
const ROUTES: Record<string, { method: string; path: string }> = {
  preupload: { method: "POST", path: "/preupload/" },
  "LFS batch": { method: "POST", path: "/info/lfs/objects/batch$" },
  "basic PUT": { method: "PUT", path: "^/__lfs/upload/" },
  "multipart completion": { method: "POST", path: "^/__lfs/complete/" },
  "LFS verify": { method: "POST", path: "/info/lfs/objects/verify$" },
  commit: { method: "POST", path: "/commit/" },
};

let repoCounter = 0;

/** A new repo, and a folder of the same name holding fresh files to upload to it. */
async function freshRepo(prefix = "faults"): Promise<string> {
  const repo = `${prefix}-${++repoCounter}`;
  await createRepoDirectly(hub.url, repo);
  await freshFiles(repo);
  return repo;
}

/** Runs upload-file with that folder into that repo; `inputs` adds to or overrides the defaults. */
const uploadFolder = (repo: string, inputs: Record<string, string> = {}) =>
  runInProcess(
    { operation: "upload-file", repo_id: `alice/${repo}`, token: ALICE, endpoint: hub.url, path: repo, ...inputs },
    { cwd: workspace },
  );

async function uploadThrough(rule: Record<string, unknown>) {
  const repo = await freshRepo();
  const before = await listCommits(hub.url, `models/alice/${repo}`);
  await inject(rule);
  const run = await uploadFolder(repo, { timeout: "1" });
  return { repo, run, commitsBefore: before.length };
}

async function expectLandedOnce(repo: string, commitsBefore: number): Promise<void> {
  expect(await listCommits(hub.url, `models/alice/${repo}`)).toHaveLength(commitsBefore + 1);
  for (const [name, bytes] of files) {
    expect(sha256(await download(hub.url, `alice/${repo}`, name))).toBe(sha256(bytes));
  }
}

describe("fault matrix: every upload route x every fault", () => {
  const cases = Object.entries(ROUTES).flatMap(([route, match]) =>
    Object.entries(FAULTS).map(([fault, action]) => [route, fault, { ...match, ...action }] as const),
  );

  it.each(cases)("%s answering %s: the upload lands, exactly one commit", async (_route, _fault, rule) => {
    const { repo, run, commitsBefore } = await uploadThrough(rule);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Retrying (POST|PUT) .* \(attempt 1 failed: /);
    await expectLandedOnce(repo, commitsBefore);
    expect(visibleText(run)).not.toContain(ALICE);
  });

  it("a multipart part that fails is retried alone", async () => {
    const { repo, run, commitsBefore } = await uploadThrough({
      method: "PUT",
      path: "^/__lfs/upload/",
      action: "status",
      status: 500,
      nth: 2,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/Retrying PUT/g)).toHaveLength(1);
    await expectLandedOnce(repo, commitsBefore);
  });

  it("a commit whose answer is lost is not made twice", async () => {
    const { repo, run, commitsBefore } = await uploadThrough({
      method: "POST",
      path: "/commit/",
      action: "drop-response",
    });
    expect(run.exitCode).toBe(0);
    await expectLandedOnce(repo, commitsBefore);
    const [head] = await listCommits(hub.url, `models/alice/${repo}`);
    expect(run.outputs.commit_sha).toBe(head.id);
  });

  it("a pull request whose commit answer is lost is opened once", async () => {
    const repo = await freshRepo();
    await inject({ method: "POST", path: "/commit/", action: "drop-response" });
    const run = await uploadFolder(repo, { create_pr: "true" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.pr_url).toBe(`${hub.url}/alice/${repo}/discussions/1`);
    const refs = await fetch(`${hub.url}/api/models/alice/${repo}/refs?include_prs=1`, {
      headers: { Authorization: `Bearer ${ALICE}` },
    });
    expect(((await refs.json()) as { pullRequests: unknown[] }).pullRequests).toHaveLength(1);
  });

  it("after a lost pull-request commit, another pull request with the same title is not taken for ours", async () => {
    const repo = await freshRepo();
    // The first commit fails unapplied; the new plan's preupload waits, and meanwhile someone else's pull request
    // with the same title opens.
    await inject({ method: "POST", path: "/commit/", action: "status", status: 500 });
    await inject({ method: "POST", path: "/preupload/", nth: 2, action: "delay", delayMs: 1500 });
    await clearRequestLog(hub.url);
    const running = uploadFolder(repo, { create_pr: "true", commit_message: "Nightly upload" });
    const replanning = await eventually(
      async () => (await requestLog(hub.url)).filter((entry) => entry.path.includes("/preupload/")).length >= 2,
    );
    expect(replanning).toBe(true);
    const other = [
      { key: "header", value: { summary: "Nightly upload" } },
      {
        key: "file",
        value: { path: "config.json", content: Buffer.from("{}").toString("base64"), encoding: "base64" },
      },
    ];
    const opened = await fetch(`${hub.url}/api/models/alice/${repo}/commit/main?create_pr=1`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/x-ndjson" },
      body: other.map((line) => JSON.stringify(line)).join("\n"),
    });
    expect(opened.status).toBe(200);
    const run = await running;
    expect(run.exitCode).toBe(0);
    expect(run.outputs.pr_url).toBe(`${hub.url}/alice/${repo}/discussions/2`);
    for (const [name, bytes] of files) {
      expect(sha256(await download(hub.url, `alice/${repo}`, name, "refs/pr/2"))).toBe(sha256(bytes));
    }
  });

  it("gives up after max_retry_wait with the Hub's answer and the request id", async () => {
    const repo = await freshRepo();
    await inject({ method: "POST", path: "/preupload/", action: "status", status: 503, times: 100 });
    const run = await uploadFolder(repo, { max_retry_wait: "2" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::upload-file on alice\/faults-\d+ failed: .*503.*request id Root=1-.*quote the request id/,
    );
  });
});

describe("other operations under faults", () => {
  it.each([
    ["create-repo", { method: "POST", path: "^/api/repos/create$" }],
    ["visibility", { method: "PUT", path: "/settings$" }],
  ])("%s survives a 500 and a reset", async (operation, match) => {
    const repo = `other-${++repoCounter}`;
    if (operation === "visibility") await createRepoDirectly(hub.url, repo);
    await inject({ ...match, action: "status", status: 500 });
    await inject({ ...match, action: "reset", nth: 2 });
    const run = await runInProcess(
      { operation, repo_id: `alice/${repo}`, token: ALICE, endpoint: hub.url, private: "true" },
      { cwd: workspace },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/Retrying/g)).toHaveLength(2);
    const info = await fetch(`${hub.url}/api/models/alice/${repo}`, { headers: { Authorization: `Bearer ${ALICE}` } });
    expect(((await info.json()) as { private: boolean }).private).toBe(true);
  });
});

describe("delete-file under faults", () => {
  const routes: Record<string, { method: string; path: string }> = {
    "repo info": { method: "GET", path: "/revision/" },
    "paths-info": { method: "POST", path: "/paths-info/" },
    commit: { method: "POST", path: "/commit/" },
  };
  const cases = Object.entries(routes).flatMap(([route, match]) =>
    Object.entries({ ...FAULTS, "a lost answer": { action: "drop-response" } })
      .filter(([fault]) => fault !== "a lost answer" || route === "commit")
      .map(([fault, action]) => [route, fault, { ...match, ...action }] as const),
  );

  /** A repo holding the fresh files, config.json among them. */
  async function uploadedRepo(): Promise<string> {
    const repo = await freshRepo("delete");
    await uploadFolder(repo);
    return repo;
  }

  // A 1 s timeout, so that a delayed answer counts as lost.
  const deleteConfig = (repo: string) =>
    runInProcess(
      {
        operation: "delete-file",
        repo_id: `alice/${repo}`,
        token: ALICE,
        endpoint: hub.url,
        path_in_repo: "config.json",
        timeout: "1",
      },
      { cwd: workspace },
    );

  it.each(cases)("%s answering %s: the file is deleted in exactly one commit", async (_route, _fault, rule) => {
    const repo = await uploadedRepo();
    const before = await listCommits(hub.url, `models/alice/${repo}`);
    await inject(rule);
    const run = await deleteConfig(repo);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Retrying (GET|POST) /);
    const after = await listCommits(hub.url, `models/alice/${repo}`);
    expect(after).toHaveLength(before.length + 1);
    expect(run.outputs.commit_sha).toBe(after[0].id);
    const tree = await fetch(`${hub.url}/api/models/alice/${repo}/tree/main`, {
      headers: { Authorization: `Bearer ${ALICE}` },
    });
    expect(((await tree.json()) as Array<{ path: string }>).map((entry) => entry.path)).not.toContain("config.json");
  });

  it("reports the commit that deleted the file when a lost attempt lands in the middle of the next check", async () => {
    const repo = await uploadedRepo();
    // The commit is applied 3 s late, after the action gave up on it; the recheck reads the head before then and
    // asks whether the file is there after then.
    await inject({ method: "POST", path: "/commit/", action: "delay", delayMs: 3000 });
    await inject({ method: "POST", path: "/paths-info/", nth: 2, action: "delay", delayMs: 2500 });
    const run = await deleteConfig(repo);
    expect(run.exitCode).toBe(0);
    const [deletion] = await listCommits(hub.url, `models/alice/${repo}`);
    expect(run.outputs.commit_sha).toBe(deletion.id);
  });
});
