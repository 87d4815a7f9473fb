import { type RunningEmulator, startEmulator } from "../../emulator";
import type { HubConnection } from "../../src/hub/connection";
import { remoteFiles } from "../../src/hub/files";
import { ALICE, clearRequestLog, commitFilesDirectly, createRepoDirectly, requestLog } from "../support/hub-state";

let hub: RunningEmulator;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepoDirectly(hub.url, "many-paths");
  await commitFilesDirectly(hub.url, "models/alice/many-paths", { "a.txt": "a", "z/2499.txt": "z" });
});
afterAll(() => hub.close());

describe("remoteFiles", () => {
  it("asks about more paths than the Hub takes in one call, a call per 1000", async () => {
    const connection: HubConnection = { endpoint: hub.url, token: ALICE, userAgent: "test" };
    const paths = ["a.txt", ...Array.from({ length: 2498 }, (_, i) => `missing/${i}.txt`), "z/2499.txt"];
    await clearRequestLog(hub.url);
    const found = await remoteFiles(
      connection,
      { type: "model", namespace: "alice", name: "many-paths" },
      "main",
      paths,
    );
    expect(found.map((file) => file.path)).toEqual(["a.txt", "z/2499.txt"]);
    const log = await requestLog(hub.url);
    expect(log.filter((entry) => entry.path.includes("/paths-info/"))).toHaveLength(3);
  });
});
