import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { errorLine, runAction } from "../../scripts/run-action";
import { ALICE, createRepoDirectly, download, listCommits, listTree, visibleText } from "../support/hub-state";

// dist/index.js in its own process, as the runner starts it: the bundle itself, process exit codes, masking, and
// runs that overlap (which the in-process runner cannot do). The globalSetup rebuilds dist/ when src/ is newer.
let hub: RunningEmulator;
let workspace: string;
const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  workspace = await mkdtemp(path.join(os.tmpdir(), "bundle-"));
});
afterAll(async () => {
  await hub.close();
  await rm(workspace, { recursive: true, force: true });
});

const action = (inputs: Record<string, string>) =>
  runAction({ token: ALICE, endpoint: hub.url, ...inputs }, { cwd: workspace });

describe("dist/index.js", () => {
  it("creates a repo, then uploads a folder with an LFS file whose bytes round-trip", async () => {
    const created = await action({ operation: "create-repo", repo_id: "alice/bundled" });
    expect(created.exitCode).toBe(0);
    expect(created.outputs).toEqual({ url: `${hub.url}/alice/bundled`, repo_id: "alice/bundled", created: "true" });

    const weights = randomBytes(256 * 1024);
    await mkdir(path.join(workspace, "out"), { recursive: true });
    await writeFile(path.join(workspace, "out/model.safetensors"), weights);
    await writeFile(path.join(workspace, "out/config.json"), '{"layers": 2}');
    const run = await action({ operation: "upload-file", repo_id: "alice/bundled", path: "out" });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.uploaded).sort()).toEqual(["config.json", "model.safetensors"]);
    const [head] = await listCommits(hub.url, "models/alice/bundled");
    expect(run.outputs.commit_sha).toBe(head.id);
    const tree = await listTree(hub.url, "models/alice/bundled");
    expect(tree.find((entry) => entry.path === "model.safetensors")?.lfs?.oid).toBe(sha256(weights));
    expect(sha256(await download(hub.url, "alice/bundled", "model.safetensors"))).toBe(sha256(weights));
    expect(run.summary).toContain("model.safetensors");
  });

  it("fails a bad input with exit code 1 and exactly one ::error:: line", async () => {
    const run = await action({ operation: "visibility", repo_id: "alice/a--b", private: "true" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toHaveLength(1);
    expect(errorLine(run)).toMatch(/^Input "repo_id": .*'--' and '\.\.' are forbidden/);
    expect(run.outputs).toEqual({});
  });

  it("masks the token and never shows it, on success or failure", async () => {
    await writeFile(path.join(workspace, "note.txt"), "x");
    const runs = [
      await action({ operation: "upload-file", repo_id: "alice/bundled", path: "note.txt" }),
      await action({ operation: "upload-file", repo_id: "alice/absent", path: "note.txt" }),
    ];
    expect(runs.map((run) => run.exitCode)).toEqual([0, 1]);
    for (const run of runs) {
      expect(run.stdout).toContain(`::add-mask::${ALICE}`);
      expect(visibleText(run)).not.toContain(ALICE);
    }
  });

  it("four action processes uploading different files to one branch all land", async () => {
    await createRepoDirectly(hub.url, "shared");
    const names = ["a", "b", "c", "d"];
    for (const name of names) {
      await mkdir(path.join(workspace, `job-${name}`), { recursive: true });
      await writeFile(path.join(workspace, `job-${name}`, `${name}.txt`), `from job ${name}`);
      await writeFile(path.join(workspace, `job-${name}`, `${name}.bin`), randomBytes(64));
    }
    const runs = await Promise.all(
      names.map((name) =>
        runAction(
          {
            operation: "upload-file",
            repo_id: "alice/shared",
            token: ALICE,
            endpoint: hub.url,
            path: `job-${name}`,
            path_in_repo: name,
          },
          { cwd: workspace },
        ),
      ),
    );
    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0, 0]);
    for (const name of names) {
      expect((await download(hub.url, "alice/shared", `${name}/${name}.txt`)).toString()).toBe(`from job ${name}`);
    }
    expect(await listCommits(hub.url, "models/alice/shared")).toHaveLength(1 + names.length);
  });
});
