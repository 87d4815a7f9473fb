import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { errorLine, runInProcess } from "../support/run-in-process";
import { ALICE, BOB, createRepoDirectly, hubSnapshot, visibleText } from "../support/hub-state";

let hub: RunningEmulator;
let root: string;
let workspace: string;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  root = await mkdtemp(path.join(os.tmpdir(), "bad-input-"));
  workspace = path.join(root, "workspace");
  await mkdir(path.join(workspace, "out"), { recursive: true });
  await writeFile(path.join(workspace, "out/model.bin"), "weights");
  await writeFile(path.join(workspace, "README.md"), "# card");
  await writeFile(path.join(root, "outside.txt"), "not yours");
  await symlink(path.join(root, "outside.txt"), path.join(workspace, "escape.txt"));
  await symlink(path.join(workspace, "nowhere.txt"), path.join(workspace, "dangling.txt"));
  await createRepoDirectly(hub.url, "target");
});
afterAll(async () => {
  await hub.close();
  await rm(root, { recursive: true, force: true });
});

const upload = { operation: "upload-file", repo_id: "alice/target", path: "README.md" };
const id = (repo_id: string) => ({ operation: "visibility", private: "true", repo_id });

// Each case: the inputs that differ from a valid run, and what the one error line must say.
const CASES: Array<[string, Record<string, string>, RegExp]> = [
  [
    "organization that is not a namespace",
    { ...id("target"), organization: "bad org" },
    /^Input "organization": "bad org" is not a valid namespace/,
  ],
  ["repo id with two slashes", id("a/b/c"), /^Input "repo_id": .*exactly one '\/'/],
  ["repo id with an empty namespace", id("/target"), /^Input "repo_id": .*invalid namespace: it is empty/],
  ["repo id with an empty name", id("alice/"), /^Input "repo_id": .*invalid name: it is empty/],
  ["repo id with a space", id("alice/my model"), /^Input "repo_id": .*only letters, digits/],
  ["repo id with --", id("alice/a--b"), /^Input "repo_id": .*'--' and '\.\.' are forbidden/],
  ["repo id with ..", id("alice/a..b"), /^Input "repo_id": .*'--' and '\.\.' are forbidden/],
  ["repo id starting with -", id("alice/-model"), /^Input "repo_id": .*may not start or end/],
  ["repo id ending with .", id("alice/model."), /^Input "repo_id": .*may not start or end/],
  ["repo id ending with .git", id("alice/model.git"), /^Input "repo_id": .*may not end with '\.git'/],
  ["repo id of 97 characters", id(`alice/${"m".repeat(97)}`), /^Input "repo_id": .*at most 96/],
  ["unknown operation", { operation: "deploy" }, /^Input "operation": must be one of .*"deploy" is not one of them/],
  [
    "bad repo_type",
    { ...id("alice/target"), repo_type: "models" },
    /^Input "repo_type": must be one of model, dataset, space/,
  ],
  ["non-boolean private", { ...id("alice/target"), private: "yes" }, /^Input "private": "yes" is not a boolean/],
  ["non-boolean exist_ok", { operation: "create-repo", repo_id: "alice/x", exist_ok: "1" }, /^Input "exist_ok"/],
  [
    "non-boolean missing_ok",
    { operation: "delete-file", repo_id: "alice/target", path_in_repo: "a", missing_ok: "no" },
    /^Input "missing_ok"/,
  ],
  ["non-boolean create_pr", { ...upload, create_pr: "sure" }, /^Input "create_pr"/],
  ["missing path", { ...upload, path: "" }, /^Input "path": is required/],
  ["path that does not exist", { ...upload, path: "missing/*.bin" }, /^Input "path": missing\/\*\.bin matched no file/],
  [
    "unreadable path (dangling symlink)",
    { ...upload, path: "dangling.txt" },
    /^Input "path": .*(broken symlink|matched no file)/,
  ],
  ["path outside the workspace by ..", { ...upload, path: "../outside.txt" }, /^Input "path": .*outside the workspace/],
  [
    "path outside the workspace by symlink",
    { ...upload, path: "escape.txt" },
    /^Input "path": .*outside the workspace/,
  ],
  ["path_in_repo with ..", { ...upload, path_in_repo: "../up.md" }, /^Input "path_in_repo": .*'\.\.'/],
  ["path_in_repo inside .git", { ...upload, path_in_repo: ".git/hooks/x" }, /^Input "path_in_repo": .*'\.git'/],
  ["no token at all", { ...id("alice/target"), token: "" }, /^Input "token": no token given.*id-token: write/],
  [
    "malformed token",
    { ...id("alice/target"), token: "ghp_notahubtoken" },
    /^Input "token": is not a Hugging Face access token/,
  ],
  [
    "token the Hub does not know",
    { ...id("alice/target"), token: "hf_unknown" },
    /failed: the Hub refused .*401.*token is invalid or expired/,
  ],
  ["read-only token on a write", { ...upload, token: BOB }, /upload-file on alice\/target failed: .*403/],
  [
    "Space without space_sdk",
    { operation: "create-repo", repo_id: "alice/s", repo_type: "space" },
    /^Input "space_sdk": is required for a Space/,
  ],
  ["missing revision", { ...upload, revision: "nope" }, /404.*RevisionNotFound.*Revision "nope" does not exist/],
  ["upload to a missing repo", { ...upload, repo_id: "alice/absent" }, /404.*RepoNotFound.*create-repo first/],
  [
    "endpoint that is not a URL",
    { ...id("alice/target"), endpoint: "hub.local" },
    /^Input "endpoint": "hub.local" is not a URL/,
  ],
  [
    "endpoint with credentials",
    { ...id("alice/target"), endpoint: "https://u:p@hub.test" },
    /^Input "endpoint": must be a plain base URL/,
  ],
  ["concurrency out of range", { ...upload, concurrency: "65" }, /^Input "concurrency": 65 is out of range/],
  [
    "malformed parent_commit",
    { ...upload, parent_commit: "HEAD~1" },
    /^Input "parent_commit": "HEAD~1" is not a full commit id/,
  ],
  [
    "unknown if_no_files_found",
    { ...upload, if_no_files_found: "skip" },
    /^Input "if_no_files_found": must be one of error, warn, ignore/,
  ],
  [
    "delete-file without path_in_repo",
    { operation: "delete-file", repo_id: "alice/target" },
    /^Input "path_in_repo": is required/,
  ],
  ["visibility without private", { operation: "visibility", repo_id: "alice/target" }, /^Input "private": is required/],
  [
    "pull request against a pull request",
    { ...upload, create_pr: "true", revision: "refs/pr/1" },
    /^Input "create_pr": cannot open a pull request against refs\/pr\/1/,
  ],
  ["timeout of zero", { ...upload, timeout: "0" }, /^Input "timeout": 0 is out of range/],
];

describe("bad input", () => {
  it.each(CASES)("%s: one clear error, exit 1, Hub unchanged, no token shown", async (_name, inputs, expected) => {
    const before = await hubSnapshot(hub.url);
    const run = await runInProcess({ token: ALICE, endpoint: hub.url, ...inputs }, { cwd: workspace });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toHaveLength(1);
    expect(errorLine(run)).toMatch(expected);
    expect(run.outputs).toEqual({});
    expect(await hubSnapshot(hub.url)).toEqual(before);
    const shown = visibleText(run);
    for (const token of [ALICE, BOB, inputs.token].filter((token) => token?.startsWith("hf_"))) {
      expect(shown).not.toContain(token);
    }
  });
});
