import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { errorLine, runInProcess } from "../support/run-in-process";
import { ALICE, createRepoDirectly, listCommits } from "../support/hub-state";

let hub: RunningEmulator;
let workspace: string;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  workspace = await mkdtemp(path.join(os.tmpdir(), "limits-"));
});
afterAll(async () => {
  await hub.close();
  await rm(workspace, { recursive: true, force: true });
});

async function admin(route: string, body: unknown): Promise<void> {
  const response = await fetch(`${hub.url}/__admin/${route}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${route} answered ${response.status}`);
}

const upload = (repo: string, file: string, inputs: Record<string, string> = {}) =>
  runInProcess(
    { operation: "upload-file", repo_id: `alice/${repo}`, token: ALICE, endpoint: hub.url, path: file, ...inputs },
    { cwd: workspace },
  );

describe("Hub limits", () => {
  it("waits out the API rate limit as its RateLimit header says, then lands", async () => {
    await createRepoDirectly(hub.url, "rate-limited");
    await writeFile(path.join(workspace, "a.txt"), "rate limited");
    await admin("rate-limit", { quota: 1, windowSeconds: 2 });
    const run = await upload("rate-limited", "a.txt").finally(() => admin("rate-limit", null));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Retrying POST .* \(attempt 1 failed: 429 .*rate limit/);
    expect(await listCommits(hub.url, "models/alice/rate-limited")).toHaveLength(2);
  });

  it("fails at once on a commit quota that frees up later than max_retry_wait, naming it", async () => {
    await createRepoDirectly(hub.url, "quota");
    await admin("commit-quota", { perHour: 1 });
    try {
      await writeFile(path.join(workspace, "q1.txt"), "first");
      expect((await upload("quota", "q1.txt")).exitCode).toBe(0);
      await writeFile(path.join(workspace, "q2.txt"), "second");
      const before = await listCommits(hub.url, "models/alice/quota");
      const run = await upload("quota", "q2.txt");
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toMatch(/429.*1 per hour.*frees up in \d+ s/);
      expect(await listCommits(hub.url, "models/alice/quota")).toEqual(before);
    } finally {
      await admin("commit-quota", null);
    }
  });
});
