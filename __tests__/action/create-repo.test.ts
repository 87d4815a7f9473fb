import { type RunningEmulator, startEmulator } from "../../emulator";
import { ALICE, BOB, getJson } from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

let hub: RunningEmulator;
beforeAll(async () => (hub = await startEmulator({ port: 0 })));
afterAll(() => hub.close());

const create = (inputs: Record<string, string>) =>
  runInProcess({ operation: "create-repo", token: ALICE, endpoint: hub.url, ...inputs });

describe("create-repo", () => {
  it("creates a model repo and outputs its URL, id and created=true", async () => {
    const run = await create({ repo_id: "alice/new-model" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ url: `${hub.url}/alice/new-model`, repo_id: "alice/new-model", created: "true" });
    const info = await getJson<{ id: string; private: boolean }>(`${hub.url}/api/models/alice/new-model`);
    expect(info).toMatchObject({ status: 200, body: { id: "alice/new-model", private: false } });
    expect(run.summary).toContain(`${hub.url}/alice/new-model`);
  });

  it("creates a private dataset under an org the token's user belongs to", async () => {
    const run = await create({ repo_id: "acme/private-data", repo_type: "dataset", private: "true" });
    expect(run.outputs.url).toBe(`${hub.url}/datasets/acme/private-data`);
    expect((await getJson(`${hub.url}/api/datasets/acme/private-data`, "")).status).toBe(401);
    expect((await getJson(`${hub.url}/api/datasets/acme/private-data`, BOB)).status).toBe(404);
  });

  it("creates a Space with its SDK", async () => {
    const run = await create({ repo_id: "alice/demo-space", repo_type: "space", space_sdk: "gradio" });
    expect(run.outputs.url).toBe(`${hub.url}/spaces/alice/demo-space`);
    expect((await getJson(`${hub.url}/api/spaces/alice/demo-space`)).status).toBe(200);
  });

  it("with exist_ok (the default) reports an existing repo and leaves its settings unchanged", async () => {
    await create({ repo_id: "alice/kept-private", private: "true" });
    const run = await create({ repo_id: "alice/kept-private", private: "false" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ created: "false", url: `${hub.url}/alice/kept-private` });
    const info = await getJson<{ private: boolean }>(`${hub.url}/api/models/alice/kept-private`);
    expect(info.body.private).toBe(true);
  });

  it("with exist_ok false fails on an existing repo, naming the conflict", async () => {
    await create({ repo_id: "alice/taken" });
    const run = await create({ repo_id: "alice/taken", exist_ok: "false" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/create-repo on alice\/taken failed: .*409.*already created/);
  });

  it("fails clearly when the token cannot write to the namespace", async () => {
    const run = await create({ repo_id: "bob/readonly", token: BOB });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/create-repo on bob\/readonly failed: .*403.*write token/);
    expect((await getJson(`${hub.url}/api/models/bob/readonly`)).status).toBe(404);
  });

  it("refuses a Space without space_sdk before calling the Hub", async () => {
    const run = await create({ repo_id: "alice/no-sdk", repo_type: "space" });
    expect(errorLine(run)).toContain('Input "space_sdk": is required for a Space');
    expect((await getJson(`${hub.url}/api/spaces/alice/no-sdk`)).status).toBe(404);
  });
});
