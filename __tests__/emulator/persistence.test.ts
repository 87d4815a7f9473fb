/** With an explicit data dir, repos, history, refs and LFS objects survive a restart. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmulator } from "../../emulator";
import { ALICE, bytes, call, commitOk, commitRaw, createRepo, fileLine, header, headOf, sha256 } from "./helpers";

let dataDir = "";
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "emulator-persist-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it("restores repos, commits, branches, tags, PRs, redirects and LFS files from the data dir", async () => {
  const lfs = bytes(3000, 4);
  const first = await startEmulator({ port: 0, dataDir });
  let head = "";
  try {
    await createRepo(first.url, "alice/kept", { private: true });
    const batch = await call(first.url, "/alice/kept.git/info/lfs/objects/batch", {
      method: "POST",
      token: ALICE,
      json: { operation: "upload", objects: [{ oid: sha256(lfs), size: lfs.length }] },
    });
    await fetch((await batch.json()).objects[0].actions.upload.href, { method: "PUT", body: lfs });
    await commitOk(first.url, "models/alice/kept", "main", [
      header("files"),
      fileLine("a.txt", "a"),
      { key: "lfsFile", value: { path: "w.bin", algo: "sha256", oid: sha256(lfs), size: lfs.length } },
    ]);
    await commitOk(first.url, "models/alice/kept", "main", [
      header("rm"),
      { key: "deletedFile", value: { path: "a.txt" } },
    ]);
    await call(first.url, "/api/models/alice/kept/branch/dev", { method: "POST", token: ALICE, json: {} });
    await call(first.url, "/api/models/alice/kept/tag/main", { method: "POST", token: ALICE, json: { tag: "v1" } });
    const pr = await commitRaw(first.url, "models/alice/kept", "main", [header("pr"), fileLine("p.txt", "p")], {
      query: "?create_pr=1",
    });
    expect(pr.status).toBe(200);
    await createRepo(first.url, "alice/before-move");
    await call(first.url, "/api/repos/move", {
      method: "POST",
      token: ALICE,
      json: { fromRepo: "alice/before-move", toRepo: "alice/after-move", type: "model" },
    });
    head = await headOf(first.url, "models/alice/kept");
  } finally {
    await first.close();
  }

  const second = await startEmulator({ port: 0, dataDir });
  try {
    expect(await headOf(second.url, "models/alice/kept")).toBe(head);
    expect((await call(second.url, "/api/models/alice/kept")).status).toBe(401);
    const tree = await (await call(second.url, "/api/models/alice/kept/tree/main", { token: ALICE })).json();
    expect(tree.map((e: { path: string }) => e.path)).toEqual([".gitattributes", "w.bin"]);
    const file = await call(second.url, "/alice/kept/resolve/main/w.bin", { token: ALICE });
    expect(Buffer.from(await file.arrayBuffer()).equals(lfs)).toBe(true);
    expect(await headOf(second.url, "models/alice/kept", "v1")).toBe(head);
    expect(await headOf(second.url, "models/alice/kept", "dev")).toBe(head);
    const commits = await (await call(second.url, "/api/models/alice/kept/commits/main", { token: ALICE })).json();
    expect(commits.map((c: { title: string }) => c.title)).toEqual(["rm", "files", "initial commit"]);
    const prFile = await call(second.url, "/alice/kept/resolve/refs%2Fpr%2F1/p.txt", { token: ALICE });
    expect(await prFile.text()).toBe("p");
    const next = await commitRaw(second.url, "models/alice/kept", "main", [header("pr2")], { query: "?create_pr=1" });
    expect((await next.json()).pullRequestUrl).toBe(`${second.url}/alice/kept/discussions/2`);
    const old = await call(second.url, "/api/models/alice/before-move");
    expect(old.headers.get("location")).toBe("/api/models/alice/after-move");
  } finally {
    await second.close();
  }
});
