import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type LoggedRequest, type RunningEmulator, startEmulator } from "../../emulator";
import { eventually } from "../emulator/helpers";
import {
  ALICE,
  clearFaults,
  clearRequestLog,
  commitFilesDirectly,
  createRepoDirectly,
  download,
  injectFault,
  listTree,
  requestLog,
} from "../support/hub-state";
import { runInProcess } from "../support/run-in-process";

// An upload split into several commits asks about the next commit's files while the current one is sent.

let hub: RunningEmulator;
let workspace: string;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  workspace = await mkdtemp(path.join(os.tmpdir(), "upload-commits-"));
});
afterEach(() => clearFaults(hub.url));
afterAll(async () => {
  await hub.close();
  await rm(workspace, { recursive: true, force: true });
});

async function writeFolder(folder: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.join(workspace, folder), { recursive: true });
    await writeFile(path.join(workspace, folder, name), content);
  }
}

const upload = (repo: string, inputs: Record<string, string>) =>
  runInProcess(
    { operation: "upload-file", repo_id: `alice/${repo}`, token: ALICE, endpoint: hub.url, ...inputs },
    { cwd: workspace },
  );

const isCommit = (entry: LoggedRequest) => entry.path.includes("/commit/");
const asksAbout = (entry: LoggedRequest, name: string) =>
  entry.path.includes("/preupload/") &&
  (entry.json as { files: Array<{ path: string }> }).files.some((file) => file.path === name);

// The first commit is answered 429 once and sent again a second later: the window in which the next
// commit's files are asked about, when they are asked about early.
const FIRST_COMMIT_RATE_LIMITED = {
  method: "POST",
  path: "/commit/",
  action: "status",
  status: 429,
  headers: { "Retry-After": "1" },
};

describe("an upload in several commits", () => {
  it("asks about the next commit's files while the current one is sent, and lands each without a refusal", async () => {
    await createRepoDirectly(hub.url, "pipelined");
    await writeFolder("pipelined", { "1.txt": "1", "2.txt": "2", "3.txt": "3", "4.txt": "4", "5.txt": "5" });
    await injectFault(hub.url, FIRST_COMMIT_RATE_LIMITED);
    await clearRequestLog(hub.url);
    const run = await upload("pipelined", { path: "pipelined", max_files_per_commit: "2" });
    expect(run.exitCode).toBe(0);
    const log = await requestLog(hub.url);
    // Each commit names the head the one before it left: none is refused with 412 and sent again.
    expect(log.filter(isCommit).map((entry) => entry.status)).toEqual([429, 200, 200, 200]);
    const retried = log.findIndex((entry, index) => isCommit(entry) && index > log.findIndex(isCommit));
    const askedEarly = log.findIndex((entry) => asksAbout(entry, "3.txt"));
    expect(askedEarly).toBeGreaterThanOrEqual(0);
    expect(askedEarly).toBeLessThan(retried);
    // Each file is asked about once.
    const asked = log.filter((entry) => entry.path.includes("/preupload/"));
    const names = asked.flatMap((entry) => (entry.json as { files: Array<{ path: string }> }).files);
    expect(names.map((file) => file.path).sort()).toEqual(["1.txt", "2.txt", "3.txt", "4.txt", "5.txt"]);
  });

  it("asks again when someone else moved the branch after the next commit's files were asked about", async () => {
    await createRepoDirectly(hub.url, "moved");
    await commitFilesDirectly(hub.url, "models/alice/moved", { "x.txt": "same" });
    await writeFolder("moved", { "a.txt": "a", "b.txt": "b", "x.txt": "same", "y.txt": "y" });
    await injectFault(hub.url, FIRST_COMMIT_RATE_LIMITED);
    await clearRequestLog(hub.url);
    const running = upload("moved", { path: "moved", max_files_per_commit: "2" });
    // x.txt is asked about while it is on the branch, unchanged; then someone deletes it.
    const askedEarly = await eventually(async () =>
      (await requestLog(hub.url)).some((entry) => asksAbout(entry, "x.txt") && entry.status === 200),
    );
    expect(askedEarly).toBe(true);
    const deleted = await fetch(`${hub.url}/api/models/alice/moved/commit/main`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/x-ndjson" },
      body: [
        JSON.stringify({ key: "header", value: { summary: "Remove x" } }),
        JSON.stringify({ key: "deletedFile", value: { path: "x.txt" } }),
      ].join("\n"),
    });
    expect(deleted.status).toBe(200);
    const run = await running;
    expect(run.exitCode).toBe(0);
    // The early answer ("unchanged") no longer holds: x.txt is asked about again and uploaded.
    expect((await requestLog(hub.url)).filter((entry) => asksAbout(entry, "x.txt"))).toHaveLength(2);
    expect((await download(hub.url, "alice/moved", "x.txt")).toString()).toBe("same");
    expect(JSON.parse(run.outputs.uploaded).sort()).toEqual(["a.txt", "b.txt", "x.txt", "y.txt"]);
  });

  it("asks about the next commit's files only after a commit that brings a .gitattributes has landed", async () => {
    await createRepoDirectly(hub.url, "attributes");
    await writeFolder("attributes", {
      ".gitattributes": "*.txt filter=lfs diff=lfs merge=lfs -text\n",
      "a.txt": "a",
      "b.txt": "b",
      "c.txt": "c",
    });
    await clearRequestLog(hub.url);
    const run = await upload("attributes", { path: "attributes", include_hidden: "true", max_files_per_commit: "2" });
    expect(run.exitCode).toBe(0);
    // a.txt went with the .gitattributes, asked about before it landed; b.txt and c.txt follow its rule.
    const stored = new Map((await listTree(hub.url, "models/alice/attributes")).map((entry) => [entry.path, entry]));
    expect(stored.get("a.txt")?.lfs).toBeUndefined();
    expect(stored.get("b.txt")?.lfs).toBeDefined();
    expect(stored.get("c.txt")?.lfs).toBeDefined();
  });
});
