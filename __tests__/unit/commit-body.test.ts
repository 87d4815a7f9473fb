import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { type CommitOperation, createCommit } from "../../src/hub/commit";
import type { HubConnection } from "../../src/hub/connection";
import { ALICE, clearRequestLog, createRepoDirectly, download, repoSnapshot, requestLog } from "../support/hub-state";

let hub: RunningEmulator;
let folder: string;
let connection: HubConnection;
const repo = { type: "model" as const, namespace: "alice", name: "body" };

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  folder = await mkdtemp(path.join(os.tmpdir(), "commit-body-"));
  connection = { endpoint: hub.url, token: ALICE, userAgent: "test" };
  await createRepoDirectly(hub.url, "body");
});
afterAll(async () => {
  await hub.close();
  await rm(folder, { recursive: true, force: true });
});

async function regularFile(name: string, content: Buffer | string, size?: number): Promise<CommitOperation> {
  const localPath = path.join(folder, name);
  await writeFile(localPath, content);
  return { kind: "regularFile", pathInRepo: name, localPath, size: size ?? Buffer.byteLength(content) };
}

const commit = (operations: CommitOperation[]) =>
  createCommit(connection, repo, { revision: "main", header: { summary: "test" }, operations });

describe("the commit body", () => {
  it("carries files of every size, one after another through one read buffer, byte for byte", async () => {
    const sizes = [0, 1, 2, 3, 70_000, 5, 300_000, 64 * 1024];
    const contents = sizes.map((size, i) => Buffer.alloc(size, i + 1));
    const operations = await Promise.all(contents.map((content, i) => regularFile(`f${i}.bin`, content)));
    await commit(operations);
    for (const [i, content] of contents.entries()) {
      expect(await download(hub.url, "alice/body", `f${i}.bin`)).toEqual(content);
    }
  });

  it("tells how many of the body's bytes went out, up to its Content-Length", async () => {
    const operations = await Promise.all(
      [100_000, 200_000, 300_000].map((size, i) => regularFile(`p${i}.bin`, Buffer.alloc(size, i))),
    );
    const reports: Array<[number, number]> = [];
    await clearRequestLog(hub.url);
    await createCommit(
      connection,
      repo,
      { revision: "main", header: { summary: "progress" }, operations },
      (sent, total) => reports.push([sent, total]),
    );
    const log = await requestLog(hub.url);
    const length = log[0].contentLength;
    expect(reports[0]).toEqual([0, length]);
    expect(reports.at(-1)).toEqual([length, length]);
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.every(([sent], i) => i === 0 || sent > reports[i - 1][0])).toBe(true);
  });

  it("refuses a file that grew or shrank since it was planned, and commits nothing", async () => {
    const before = await repoSnapshot(hub.url, "models/alice/body");
    const grown = await regularFile("grown.txt", "twelve bytes", 10);
    await expect(commit([grown])).rejects.toThrow(/grown\.txt changed while it was uploaded \(10 bytes, now 12\)/);
    const shrunk = await regularFile("shrunk.txt", "short", 8);
    await expect(commit([shrunk])).rejects.toThrow(/shrunk\.txt changed while it was uploaded \(8 bytes, now 5\)/);
    expect(await repoSnapshot(hub.url, "models/alice/body")).toEqual(before);
  });
});
