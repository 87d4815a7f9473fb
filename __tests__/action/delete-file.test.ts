import { type RunningEmulator, startEmulator } from "../../emulator";
import {
  ALICE,
  commitFilesDirectly,
  createRepoDirectly,
  listCommits,
  listTree,
  repoSnapshot,
} from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

let hub: RunningEmulator;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepoDirectly(hub.url, "deletions");
  await commitFilesDirectly(hub.url, "models/alice/deletions", { "keep.txt": "keep me" }, "add keep.txt");
  await commitFilesDirectly(hub.url, "models/alice/deletions", { "old/weights.txt": "stale" });
});
afterAll(() => hub.close());

const remove = (inputs: Record<string, string>) =>
  runInProcess({ operation: "delete-file", repo_id: "alice/deletions", token: ALICE, endpoint: hub.url, ...inputs });

describe("delete-file", () => {
  it("deletes the file in one commit and outputs that commit", async () => {
    const run = await remove({ path_in_repo: "old/weights.txt", commit_message: "Drop stale weights" });
    expect(run.exitCode).toBe(0);
    const [head] = await listCommits(hub.url, "models/alice/deletions");
    expect(head.title).toBe("Drop stale weights");
    expect(run.outputs).toEqual({ commit_sha: head.id, commit_url: `${hub.url}/alice/deletions/commit/${head.id}` });
    const paths = (await listTree(hub.url, "models/alice/deletions")).map((entry) => entry.path);
    expect(paths).toContain("keep.txt");
    expect(paths).not.toContain("old/weights.txt");
  });

  it("fails on a missing file by default and changes nothing", async () => {
    const before = await repoSnapshot(hub.url, "models/alice/deletions");
    const run = await remove({ path_in_repo: "never-there.txt" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toContain('Input "path_in_repo": never-there.txt does not exist in alice/deletions');
    expect(errorLine(run)).toContain("missing_ok: true");
    expect(await repoSnapshot(hub.url, "models/alice/deletions")).toEqual(before);
  });

  it("with missing_ok accepts a missing file and makes no commit", async () => {
    const before = await listCommits(hub.url, "models/alice/deletions");
    const run = await remove({ path_in_repo: "never-there.txt", missing_ok: "true" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ commit_sha: "", commit_url: "" });
    expect(await listCommits(hub.url, "models/alice/deletions")).toEqual(before);
  });

  it("names a missing revision", async () => {
    const run = await remove({ path_in_repo: "keep.txt", revision: "no-such-branch" });
    expect(errorLine(run)).toMatch(/404.*RevisionNotFound.*Revision "no-such-branch" does not exist/);
  });
});
