import { type RunningEmulator, startEmulator } from "../../emulator";
import { ALICE, BOB, createRepoDirectly, getJson } from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepoDirectly(hub.url, "toggled");
});
afterAll(() => hub.close());

const visibility = (inputs: Record<string, string>) =>
  runInProcess({ operation: "visibility", repo_id: "alice/toggled", token: ALICE, endpoint: hub.url, ...inputs });

describe("visibility", () => {
  it("makes a repo private, then public again", async () => {
    const hidden = await visibility({ private: "true" });
    expect(hidden.exitCode).toBe(0);
    expect(hidden.outputs).toEqual({ url: `${hub.url}/alice/toggled`, private: "true" });
    expect((await getJson(`${hub.url}/api/models/alice/toggled`, "")).status).toBe(401);
    expect((await getJson<{ private: boolean }>(`${hub.url}/api/models/alice/toggled`)).body.private).toBe(true);

    const shown = await visibility({ private: "false" });
    expect(shown.outputs.private).toBe("false");
    expect((await getJson(`${hub.url}/api/models/alice/toggled`, "")).status).toBe(200);
  });

  it("requires the private input", async () => {
    const run = await visibility({});
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe('Input "private": is required. Use true or false.');
  });

  it("fails with the Hub's answer and a hint for a missing repo", async () => {
    const run = await visibility({ repo_id: "alice/nowhere", private: "true" });
    expect(errorLine(run)).toMatch(/visibility on alice\/nowhere failed: .*404.*RepoNotFound.*create-repo first/);
  });

  it("fails for a read-only token and leaves the repo as it was", async () => {
    const run = await visibility({ private: "true", token: BOB });
    expect(run.exitCode).toBe(1);
    expect((await getJson<{ private: boolean }>(`${hub.url}/api/models/alice/toggled`)).body.private).toBe(false);
  });
});
