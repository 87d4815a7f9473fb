/** Branches, tags, refs, commit history and tree listing with its pagination. */
import { listCommits } from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, BOB, call, commitOk, createRepo, fileLine, header, headOf, uniqueName } from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());

async function newRepo(): Promise<string> {
  const id = `alice/${uniqueName("r")}`;
  await createRepo(hub.url, id);
  return id;
}

describe("branches", () => {
  const branch = (id: string, name: string, json: unknown = {}, method = "POST", token = ALICE) =>
    call(hub.url, `/api/models/${id}/branch/${encodeURIComponent(name)}`, { method, token, json });

  it("creates from main or a starting point, refuses duplicates and bad names", async () => {
    const id = await newRepo();
    const first = await headOf(hub.url, `models/${id}`);
    await commitOk(hub.url, `models/${id}`, "main", [header("second"), fileLine("a.txt", "a")]);
    expect((await branch(id, "feature/x")).status).toBe(200);
    expect(await headOf(hub.url, `models/${id}`, "feature/x")).toBe(await headOf(hub.url, `models/${id}`));
    for (const raw of ["feature/x", "refs/heads/feature/x", "feature%2Fx"]) {
      const tree = await call(hub.url, `/api/models/${id}/tree/${raw}`);
      expect([raw, tree.status]).toEqual([raw, 200]);
      expect((await tree.json()).map((e: { path: string }) => e.path)).toContain("a.txt");
    }
    expect((await branch(id, "old", { startingPoint: first })).status).toBe(200);
    expect(await headOf(hub.url, `models/${id}`, "refs/heads/old")).toBe(first);
    const duplicate = await branch(id, "old");
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error).toBe("Reference refs/heads/old already exists");
    for (const bad of ["refs/pr/1", "a..b", "with space", "x.lock", "-dash", "HEAD"]) {
      const res = await branch(id, bad);
      expect([bad, res.status]).toEqual([bad, 400]);
      expect((await res.json()).error).toBe("Invalid reference for a branch");
    }
    expect((await branch(id, "gone", { startingPoint: "nope" })).status).toBe(404);
  });

  it("deletes branches but not main, and refuses read tokens", async () => {
    const id = await newRepo();
    await branch(id, "tmp");
    expect((await branch(id, "tmp", {}, "DELETE", BOB)).status).toBe(403);
    expect((await branch(id, "tmp", {}, "DELETE")).status).toBe(200);
    expect((await branch(id, "tmp", {}, "DELETE")).status).toBe(404);
    expect((await branch(id, "main", {}, "DELETE")).status).toBe(403);
  });
});

describe("tags and refs", () => {
  it("tags a revision, resolves it by name and refs/tags/, lists refs, deletes it", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    const tag = await call(hub.url, `/api/models/${id}/tag/main`, {
      method: "POST",
      token: ALICE,
      json: { tag: "v1.0", message: "first" },
    });
    expect(tag.status).toBe(200);
    expect(await headOf(hub.url, `models/${id}`, "v1.0")).toBe(head);
    expect(await headOf(hub.url, `models/${id}`, "refs/tags/v1.0")).toBe(head);
    const again = await call(hub.url, `/api/models/${id}/tag/main`, {
      method: "POST",
      token: ALICE,
      json: { tag: "v1.0" },
    });
    expect(again.status).toBe(409);
    const refs = await (await call(hub.url, `/api/models/${id}/refs?include_prs=1`)).json();
    expect(refs).toEqual({
      branches: [{ name: "main", ref: "refs/heads/main", targetCommit: head }],
      converts: [],
      tags: [{ name: "v1.0", ref: "refs/tags/v1.0", targetCommit: head }],
      pullRequests: [],
    });
    expect((await call(hub.url, `/api/models/${id}/tag/v1.0`, { method: "DELETE", token: ALICE })).status).toBe(200);
    expect((await call(hub.url, `/api/models/${id}/revision/v1.0`)).status).toBe(404);
  });
});

describe("commit history", () => {
  it("lists newest first with paging by Link and X-Total-Count", async () => {
    const id = await newRepo();
    for (let i = 1; i <= 4; i++) {
      await commitOk(hub.url, `models/${id}`, "main", [
        { key: "header", value: { summary: `commit ${i}`, description: `body ${i}` } },
        fileLine(`${i}.txt`, `${i}`),
      ]);
    }
    const page = await call(hub.url, `/api/models/${id}/commits/main?limit=2`);
    expect(page.headers.get("x-total-count")).toBe("5");
    expect(page.headers.get("link")).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/models\/.+p=1.*>; rel="next"$/);
    const items = await page.json();
    expect(items[0]).toEqual({
      id: await headOf(hub.url, `models/${id}`),
      title: "commit 4",
      message: "body 4",
      authors: [{ user: "alice", avatar: expect.any(String) }],
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
    });
    const titles = [];
    for await (const c of listCommits({ repo: id, hubUrl: hub.url, batchSize: 2 })) titles.push(c.title);
    expect(titles).toEqual(["commit 4", "commit 3", "commit 2", "commit 1", "initial commit"]);
    const missing = await call(hub.url, `/api/models/${id}/commits/nope`);
    expect(missing.headers.get("x-error-code")).toBe("RevisionNotFound");
  });
});

describe("tree", () => {
  let id = "";
  beforeAll(async () => {
    id = await newRepo();
    const lines = Array.from({ length: 1005 }, (_, i) => fileLine(`many/f${String(i).padStart(4, "0")}.txt`, `${i}`));
    await commitOk(hub.url, `models/${id}`, "main", [header("many"), ...lines, fileLine("many/sub/deep.txt", "d")]);
  });

  it("pages 1000 entries with a Link to the next page", async () => {
    const first = await call(hub.url, `/api/models/${id}/tree/main/many`);
    expect((await first.json()).length).toBe(1000);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")?.[1] ?? "";
    const second = await fetch(next);
    expect((await second.json()).length).toBe(6);
    expect(second.headers.get("link")).toBeNull();
  });

  it("pages 100 entries with expand, each carrying lastCommit", async () => {
    const res = await call(hub.url, `/api/models/${id}/tree/main/many?expand=true`);
    const page = await res.json();
    expect(page.length).toBe(100);
    expect(page[0].lastCommit.title).toBe("many");
    expect(res.headers.get("link")).toContain('rel="next"');
  });

  it("lists directories in recursive mode too, and accepts an encoded path", async () => {
    const res = await call(hub.url, `/api/models/${id}/tree/main/many%2Fsub?recursive=true`);
    expect(await res.json()).toEqual([{ type: "file", oid: expect.any(String), size: 1, path: "many/sub/deep.txt" }]);
    const recursive = await (await call(hub.url, `/api/models/${id}/tree/main?recursive=1&limit=3`)).json();
    expect(recursive.map((e: { type: string; path: string }) => `${e.type}:${e.path}`)).toEqual([
      "file:.gitattributes",
      "directory:many",
      "file:many/f0000.txt",
    ]);
  });

  it("answers 404 EntryNotFound for a missing path", async () => {
    const res = await call(hub.url, `/api/models/${id}/tree/main/absent`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-error-code")).toBe("EntryNotFound");
  });

  it("answers paths-info sent form-encoded, as the Python client does", async () => {
    const res = await call(hub.url, `/api/models/${id}/paths-info/main`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "paths=many%2Fsub&paths=many%2Ff0001.txt&paths=nope&expand=False",
    });
    const entries = await res.json();
    expect(entries.map((e: { type: string; path: string }) => `${e.type}:${e.path}`)).toEqual([
      "directory:many/sub",
      "file:many/f0001.txt",
    ]);
    expect(entries[1].lastCommit).toBeUndefined();
  });
});
