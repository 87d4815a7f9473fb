import { type RunningEmulator, startEmulator } from "../../emulator";
import { ALICE } from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

// The in-process runner must behave like a fresh runner process: these pin what it swaps and restores.
let hub: RunningEmulator;
beforeAll(async () => (hub = await startEmulator({ port: 0 })));
afterAll(() => hub.close());

describe("runInProcess", () => {
  it("gives the action only the runner's environment, then restores env, cwd, stdout and exitCode", async () => {
    const outer = { HF_TOKEN: ALICE, HF_ENDPOINT: hub.url, ACTIONS_ID_TOKEN_REQUEST_URL: "http://127.0.0.1:9/token" };
    Object.assign(process.env, outer);
    const before = { cwd: process.cwd(), write: process.stdout.write, exitCode: process.exitCode };
    try {
      const run = await runInProcess({ operation: "visibility", repo_id: "alice/x", private: "true", token: "" });
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toMatch(/^Input "token": no token given/);
      expect(process.env).toMatchObject(outer);
      expect({ cwd: process.cwd(), write: process.stdout.write, exitCode: process.exitCode }).toEqual(before);
    } finally {
      for (const name of Object.keys(outer)) delete process.env[name];
    }
  });

  it("reads each run's own job summary, though @actions/core caches the first summary file", async () => {
    const first = await runInProcess({
      operation: "create-repo",
      repo_id: "alice/one",
      token: ALICE,
      endpoint: hub.url,
    });
    const second = await runInProcess({
      operation: "create-repo",
      repo_id: "alice/two",
      token: ALICE,
      endpoint: hub.url,
    });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(first.summary).toContain("alice/one");
    expect(second.summary).toContain("alice/two");
    expect(second.summary).not.toContain("alice/one");
  });

  it("refuses overlapping runs, which would share process.env and stdout", async () => {
    const first = runInProcess({ operation: "create-repo", repo_id: "alice/three", token: ALICE, endpoint: hub.url });
    await expect(runInProcess({ operation: "whoami", token: ALICE, endpoint: hub.url })).rejects.toThrow(
      /one action at a time/,
    );
    expect((await first).exitCode).toBe(0);
  });
});
