/** The NDJSON commit endpoint and preupload, over raw HTTP. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import {
  ALICE,
  bytes,
  call,
  commitOk,
  commitRaw,
  createRepo,
  fileLine,
  gitBlobSha1,
  header,
  headOf,
  sha256,
  uniqueName,
} from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());

async function newRepo(): Promise<string> {
  const id = `alice/${uniqueName("c")}`;
  await createRepo(hub.url, id);
  return id;
}

async function fileText(id: string, path: string, revision = "main"): Promise<string | number> {
  const res = await call(hub.url, `/${id}/resolve/${encodeURIComponent(revision)}/${path}`, { token: ALICE });
  return res.status === 200 ? res.text() : res.status;
}

describe("commit", () => {
  it("answers {success, commitOid, commitUrl, hookOutput} with URLs on the emulator", async () => {
    const id = await newRepo();
    const res = await commitRaw(hub.url, `models/${id}`, "main", [header("add"), fileLine("a.txt", "a")]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      success: true,
      commitOid: expect.stringMatching(/^[0-9a-f]{40}$/),
      commitUrl: `${hub.url}/${id}/commit/${body.commitOid}`,
      hookOutput: "",
    });
    expect(await headOf(hub.url, `models/${id}`)).toBe(body.commitOid);
  });

  it("answers 412 with the Hub's text to a stale parentCommit, and accepts a matching short one", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    await commitOk(hub.url, `models/${id}`, "main", [header("one", head), fileLine("1.txt", "1")]);
    const stale = await commitRaw(hub.url, `models/${id}`, "main", [header("two", head), fileLine("2.txt", "2")]);
    expect(stale.status).toBe(412);
    expect((await stale.json()).error).toBe(
      "The branch was updated since you opened this page. Please refresh and try again.",
    );
    const fresh = (await headOf(hub.url, `models/${id}`)).slice(0, 7);
    await commitOk(hub.url, `models/${id}`, "main", [header("three", fresh), fileLine("3.txt", "3")]);
  });

  it("refuses a regular file over 10 MiB with the Hub's push-rejected text", async () => {
    const id = await newRepo();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, "a");
    const res = await commitRaw(hub.url, `models/${id}`, "main", [header("big"), fileLine("big.txt", big)]);
    expect(res.status).toBe(400);
    const error: string = (await res.json()).error;
    expect(error).toContain("Your push was rejected because it contains files larger than 10 MiB.");
    expect(error).toContain("Offending files:\n  - big.txt (ref: refs/heads/main)");
  });

  it("refuses bad paths with 422 and drops a leading / or ./", async () => {
    const id = await newRepo();
    for (const path of ["../x", "a/../b", "..\\x", ".git/config", "a/.git/b", ".", "a//b", "x".repeat(1001)]) {
      const res = await commitRaw(hub.url, `models/${id}`, "main", [header("bad"), fileLine(path, "x")]);
      expect([path, res.status]).toEqual([path, 422]);
    }
    await commitOk(hub.url, `models/${id}`, "main", [
      header("ok"),
      fileLine("/lead.txt", "l"),
      fileLine("./dot.txt", "d"),
    ]);
    expect(await fileText(id, "lead.txt")).toBe("l");
    expect(await fileText(id, "dot.txt")).toBe("d");
  });

  it("answers 404 RevisionNotFound for a branch that does not exist", async () => {
    const id = await newRepo();
    const res = await commitRaw(hub.url, `models/${id}`, "nope", [header("x"), fileLine("a.txt", "a")]);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-error-code")).toBe("RevisionNotFound");
  });

  it("answers 404 EntryNotFound for a missing deletedFile and changes nothing", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    const res = await commitRaw(hub.url, `models/${id}`, "main", [
      header("mixed"),
      fileLine("kept-out.txt", "x"),
      { key: "deletedFile", value: { path: "ghost.txt" } },
    ]);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-error-code")).toBe("EntryNotFound");
    expect((await res.json()).error).toContain("A file with this name doesn't exist");
    expect(await headOf(hub.url, `models/${id}`)).toBe(head);
    expect(await fileText(id, "kept-out.txt")).toBe(404);
  });

  it("accepts the legacy JSON commit body", async () => {
    const id = await newRepo();
    const res = await call(hub.url, `/api/models/${id}/commit/main`, {
      method: "POST",
      token: ALICE,
      json: { summary: "legacy", files: [{ path: "l.txt", content: "bGVnYWN5", encoding: "base64" }] },
    });
    expect(res.status).toBe(200);
    expect(await fileText(id, "l.txt")).toBe("legacy");
  });

  it("deletes folders", async () => {
    const id = await newRepo();
    await commitOk(hub.url, `models/${id}`, "main", [
      header("add"),
      fileLine("d/a.txt", "a"),
      fileLine("d/e/b.txt", "b"),
    ]);
    await commitOk(hub.url, `models/${id}`, "main", [header("rm"), { key: "deletedFolder", value: { path: "d/" } }]);
    const tree = await (await call(hub.url, `/api/models/${id}/tree/main`)).json();
    expect(tree.map((e: { path: string }) => e.path)).toEqual([".gitattributes"]);
  });

  it("refuses an lfsFile whose object was never uploaded, atomically", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    const res = await commitRaw(hub.url, `models/${id}`, "main", [
      header("lfs"),
      fileLine("ok.txt", "ok"),
      { key: "lfsFile", value: { path: "w.bin", algo: "sha256", oid: sha256("never"), size: 5 } },
    ]);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain("w.bin");
    expect(await headOf(hub.url, `models/${id}`)).toBe(head);
  });

  it("opens pull requests with create_pr=1, numbered from 1, leaving the branch alone", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    const first = await commitRaw(hub.url, `models/${id}`, "main", [header("pr"), fileLine("p.txt", "p")], {
      query: "?create_pr=1",
    });
    const body = await first.json();
    expect(body.pullRequestUrl).toBe(`${hub.url}/${id}/discussions/1`);
    expect(body.commitUrl).toBe(`${hub.url}/${id}/commit/${body.commitOid}`);
    expect(await headOf(hub.url, `models/${id}`)).toBe(head);
    expect(await headOf(hub.url, `models/${id}`, "refs/pr/1")).toBe(body.commitOid);
    expect(await fileText(id, "p.txt", "refs/pr/1")).toBe("p");
    const second = await commitRaw(hub.url, `models/${id}`, "main", [header("pr2"), fileLine("q.txt", "q")], {
      query: "?create_pr=1",
    });
    expect((await second.json()).pullRequestUrl).toBe(`${hub.url}/${id}/discussions/2`);
    expect((await call(hub.url, `/api/models/${id}/revision/refs%2Fpr%2F2`)).status).toBe(200);
  });

  it("refuses a read token even for a pull request", async () => {
    const id = await newRepo();
    const res = await commitRaw(hub.url, `models/${id}`, "main", [header("x"), fileLine("a.txt", "a")], {
      token: "hf_bob_read",
      query: "?create_pr=1",
    });
    expect(res.status).toBe(403);
  });

  it("appends a .gitattributes line for an LFS file no pattern tracks", async () => {
    const id = await newRepo();
    const content = bytes(100);
    const oid = sha256(content);
    const batch = await call(hub.url, `/${id}.git/info/lfs/objects/batch`, {
      method: "POST",
      token: ALICE,
      json: { operation: "upload", transfers: ["basic"], objects: [{ oid, size: 100 }], hash_algo: "sha256" },
    });
    const href = (await batch.json()).objects[0].actions.upload.href;
    expect((await fetch(href, { method: "PUT", body: content })).status).toBe(200);
    await commitOk(hub.url, `models/${id}`, "main", [
      header("lfs"),
      { key: "lfsFile", value: { path: "data/my file.dat", algo: "sha256", oid, size: 100 } },
    ]);
    const attributes = await fileText(id, ".gitattributes");
    expect(attributes).toContain("\ndata/my[[:space:]]file.dat filter=lfs diff=lfs merge=lfs -text\n");
  });
});

describe("model card", () => {
  it("refuses a root README.md whose front matter is broken YAML with 400 and the YAML problem, changing nothing", async () => {
    const id = await newRepo();
    const head = await headOf(hub.url, `models/${id}`);
    const res = await commitRaw(hub.url, `models/${id}`, "main", [
      header("card"),
      fileLine("a.txt", "a"),
      fileLine("README.md", "---\nlicense: mit\nlicense: apache-2.0\n---\n# Card\n"),
    ]);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('Invalid metadata in README.md.\n- "Map keys must be unique" line 3');
    expect(await headOf(hub.url, `models/${id}`)).toBe(head);
    expect(await fileText(id, "a.txt")).toBe(404);
    const notMap = await commitRaw(hub.url, `models/${id}`, "main", [
      header("c"),
      fileLine("README.md", "---\n[a\n---\n"),
    ]);
    expect(notMap.status).toBe(400);
  });

  it("accepts a valid card, a README without front matter, and broken YAML in a README that is not at the root", async () => {
    const id = await newRepo();
    await commitOk(hub.url, `models/${id}`, "main", [header("ok"), fileLine("README.md", "---\nlicense: mit\n---\n")]);
    await commitOk(hub.url, `models/${id}`, "main", [header("plain"), fileLine("README.md", "# Just text\n")]);
    await commitOk(hub.url, `models/${id}`, "main", [header("sub"), fileLine("docs/README.md", "---\na: [\n---\n")]);
  });
});

describe("preupload", () => {
  let id = "";
  let textOid = "";
  const lfsContent = bytes(64);
  beforeAll(async () => {
    id = await newRepo();
    const upload = await call(hub.url, `/${id}.git/info/lfs/objects/batch`, {
      method: "POST",
      token: ALICE,
      json: { operation: "upload", objects: [{ oid: sha256(lfsContent), size: 64 }] },
    });
    await fetch((await upload.json()).objects[0].actions.upload.href, { method: "PUT", body: lfsContent });
    await commitOk(hub.url, `models/${id}`, "main", [
      header("seed"),
      fileLine("notes.txt", "notes"),
      { key: "lfsFile", value: { path: "model.safetensors", algo: "sha256", oid: sha256(lfsContent), size: 64 } },
    ]);
    textOid = gitBlobSha1("notes");
  });

  const sample = (data: Buffer | string) => Buffer.from(data).subarray(0, 512).toString("base64");
  const ask = (files: unknown[], extra: Record<string, unknown> = {}, revision = "main") =>
    call(hub.url, `/api/models/${id}/preupload/${encodeURIComponent(revision)}`, {
      method: "POST",
      token: ALICE,
      json: { files, ...extra },
    });

  it("decides lfs vs regular by pattern, size and binary sample, and reports existing oids", async () => {
    const res = await ask([
      { path: "README.md", size: 5, sample: sample("hello") },
      { path: "tiny.bin", size: 7, sample: sample("1234567") },
      { path: "empty.bin", size: 0, sample: "" },
      { path: "big.txt", size: 10 * 1024 * 1024 + 1, sample: sample("aaaa") },
      { path: "blob.dat", size: 4, sample: sample(Buffer.from([1, 0, 2, 3])) },
      { path: "notes.txt", size: 5, sample: sample("notes") },
      { path: "model.safetensors", size: 64, sample: sample(lfsContent) },
    ]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.commitOid).toBe(await headOf(hub.url, `models/${id}`));
    expect(body.files).toEqual([
      { path: "README.md", uploadMode: "regular", shouldIgnore: false },
      { path: "tiny.bin", uploadMode: "lfs", shouldIgnore: false },
      { path: "empty.bin", uploadMode: "lfs", shouldIgnore: false },
      { path: "big.txt", uploadMode: "lfs", shouldIgnore: false },
      { path: "blob.dat", uploadMode: "lfs", shouldIgnore: false },
      { path: "notes.txt", uploadMode: "regular", shouldIgnore: false, oid: textOid },
      { path: "model.safetensors", uploadMode: "lfs", shouldIgnore: false, oid: sha256(lfsContent) },
    ]);
  });

  it("sends an empty file to LFS by .gitattributes only: empty files are never LFS by size or content", async () => {
    const body = await (
      await ask([
        { path: "empty.safetensors", size: 0, sample: "" },
        { path: "sub/empty.bin", size: 0, sample: "" },
        { path: "empty.txt", size: 0, sample: "" },
        { path: "empty.dat", size: 0, sample: sample(Buffer.from([0])) },
      ])
    ).json();
    expect(body.files.map((f: { uploadMode: string }) => f.uploadMode)).toEqual(["lfs", "lfs", "regular", "regular"]);
  });

  it("answers shouldIgnore by the gitIgnore sent, else by the repo's own root .gitignore", async () => {
    const files = ["logs/run.log", "keep.log", "cache/x.bin", "src/cache/y.txt", "notes.txt", ".gitignore"].map(
      (path) => ({ path, size: 1, sample: sample("x") }),
    );
    const ignoredBy = async (extra: Record<string, unknown>) => {
      const res = await ask(files, extra);
      expect(res.status).toBe(200);
      const answer = (await res.json()).files as { path: string; shouldIgnore: boolean }[];
      return answer.filter((f) => f.shouldIgnore).map((f) => f.path);
    };
    expect(await ignoredBy({})).toEqual([]);
    const rules = "*.log\n!keep.log\ncache/\n.gitignore\n.gitattributes\n";
    expect(await ignoredBy({ gitIgnore: rules })).toEqual(["logs/run.log", "cache/x.bin", "src/cache/y.txt"]);
    expect(await ignoredBy({ gitIgnore: "" })).toEqual([]);

    const other = await newRepo();
    await commitOk(hub.url, `models/${other}`, "main", [
      header("ignore"),
      fileLine(".gitignore", "/notes.txt\n*.log\n"),
    ]);
    const own = await call(hub.url, `/api/models/${other}/preupload/main`, {
      method: "POST",
      token: ALICE,
      json: { files },
    });
    const ownIgnored = ((await own.json()).files as { path: string; shouldIgnore: boolean }[]).filter(
      (f) => f.shouldIgnore,
    );
    expect(ownIgnored.map((f) => f.path)).toEqual(["logs/run.log", "keep.log", "notes.txt"]);
    // A gitIgnore in the body replaces the repo's own.
    const replaced = await call(hub.url, `/api/models/${other}/preupload/main`, {
      method: "POST",
      token: ALICE,
      json: { files, gitIgnore: "cache/\n" },
    });
    const replacedIgnored = ((await replaced.json()).files as { path: string; shouldIgnore: boolean }[]).filter(
      (f) => f.shouldIgnore,
    );
    expect(replacedIgnored.map((f) => f.path)).toEqual(["cache/x.bin", "src/cache/y.txt"]);
    expect((await ask(files, { gitIgnore: 42 })).status).toBe(422);
  });

  it("honours gitAttributes sent in the body", async () => {
    const body = await (
      await ask([{ path: "page.html", size: 4, sample: sample("<p/>") }], {
        gitAttributes: "*.html filter=lfs diff=lfs merge=lfs -text\n",
      })
    ).json();
    expect(body.files[0].uploadMode).toBe("lfs");
  });

  it("refuses more than 1000 files, bad paths and unknown revisions", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ path: `f${i}.txt`, size: 1, sample: sample("x") }));
    expect((await ask(many)).status).toBe(422);
    expect((await ask([{ path: "../x", size: 1, sample: sample("x") }])).status).toBe(422);
    const missing = await ask([], {}, "nope");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-error-code")).toBe("RevisionNotFound");
  });
});
