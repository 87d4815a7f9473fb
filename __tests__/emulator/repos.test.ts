import http from "node:http";
import { createRepo as hubCreateRepo, deleteRepo, listCommits, repoExists } from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { defaultGitattributes } from "../../emulator/gitattributes";
import { ALICE, BOB, call, commitOk, createRepo, fileLine, header, uniqueName } from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());

describe("create", () => {
  it("answers {url, name, id} with URLs per repo type, as the JS client expects", async () => {
    const model = `alice/${uniqueName("m")}`;
    expect(await hubCreateRepo({ repo: model, accessToken: ALICE, hubUrl: hub.url })).toEqual({
      repoUrl: `${hub.url}/${model}`,
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
    });
    const dataset = `alice/${uniqueName("d")}`;
    const res = await createRepo(hub.url, dataset, { type: "dataset" });
    expect(await res.json()).toEqual({ url: `${hub.url}/datasets/${dataset}`, name: dataset, id: expect.any(String) });
    const space = `alice/${uniqueName("s")}`;
    const created = await hubCreateRepo({ repo: { type: "space", name: space }, accessToken: ALICE, hubUrl: hub.url });
    expect(created.repoUrl).toBe(`${hub.url}/spaces/${space}`);
  });

  it("starts every repo with one 'initial commit' holding the default .gitattributes", async () => {
    const model = `alice/${uniqueName("init")}`;
    await createRepo(hub.url, model);
    const commits = [];
    for await (const commit of listCommits({ repo: model, hubUrl: hub.url, accessToken: ALICE })) commits.push(commit);
    expect(commits.map((c) => c.title)).toEqual(["initial commit"]);
    const text = await (await call(hub.url, `/${model}/resolve/main/.gitattributes`)).text();
    expect(text).toBe(defaultGitattributes("model"));
    expect(text.split("\n")[0]).toBe("*.7z filter=lfs diff=lfs merge=lfs -text");
    expect(text).toContain("saved_model/**/* filter=lfs diff=lfs merge=lfs -text\n");
    expect(text).not.toContain("*.png");
  });

  it("gives datasets the media patterns too", async () => {
    const dataset = `alice/${uniqueName("media")}`;
    await createRepo(hub.url, dataset, { type: "dataset" });
    const text = await (await call(hub.url, `/datasets/${dataset}/resolve/main/.gitattributes`)).text();
    for (const pattern of ["*.mds", "*.lz4", "*.png", "*.mp3", "*.mp4"])
      expect(text).toContain(`${pattern} filter=lfs`);
    expect(text).not.toContain("*.jsonl");
  });

  it("lets `files` at creation replace the default .gitattributes, and a license add a README", async () => {
    const model = `alice/${uniqueName("files")}`;
    const content = Buffer.from("*.html filter=lfs diff=lfs merge=lfs -text").toString("base64");
    await createRepo(hub.url, model, {
      license: "mit",
      files: [{ path: ".gitattributes", content, encoding: "base64" }],
    });
    expect(await (await call(hub.url, `/${model}/resolve/main/.gitattributes`)).text()).toBe(
      "*.html filter=lfs diff=lfs merge=lfs -text",
    );
    expect(await (await call(hub.url, `/${model}/resolve/main/README.md`)).text()).toContain("license: mit");
  });

  it("accepts `visibility` as well as `private`", async () => {
    const model = `alice/${uniqueName("vis")}`;
    await createRepo(hub.url, model, { visibility: "private" });
    expect((await call(hub.url, `/api/models/${model}`)).status).toBe(401);
  });

  it("refuses a non-boolean `private` and a `visibility` that is not an allowed string with 400", async () => {
    const create = (extra: Record<string, unknown>) =>
      call(hub.url, "/api/repos/create", { method: "POST", token: ALICE, json: { name: uniqueName("typ"), ...extra } });
    for (const extra of [
      { private: "true" },
      { private: 1 },
      { private: "false" },
      { visibility: "secret" },
      { visibility: true },
      { visibility: ["private"] },
      { visibility: "protected" },
      { type: "dataset", visibility: "protected" },
      { visibility: "public", private: "yes" },
    ]) {
      const res = await create(extra);
      expect([extra, res.status]).toEqual([extra, 400]);
      expect((await res.json()).error).toMatch(/^Invalid "(private|visibility)"/);
    }
    const space = await create({ type: "space", sdk: "static", visibility: "protected" });
    expect(space.status).toBe(200);
  });

  it("accepts `private` and `visibility` together, `visibility` deciding, and null as not given", async () => {
    const both = `alice/${uniqueName("both")}`;
    await createRepo(hub.url, both, { private: false, visibility: "private" });
    expect((await call(hub.url, `/api/models/${both}`)).status).toBe(401);
    const agree = `alice/${uniqueName("agree")}`;
    await createRepo(hub.url, agree, { private: true, visibility: "private" });
    expect((await call(hub.url, `/api/models/${agree}`)).status).toBe(401);
    const nulls = `alice/${uniqueName("null")}`;
    await createRepo(hub.url, nulls, { private: null, visibility: null });
    expect((await call(hub.url, `/api/models/${nulls}`)).status).toBe(200);
  });

  it("answers 409 without X-Error-Code to a duplicate, whatever the casing", async () => {
    const model = `alice/${uniqueName("dup")}`;
    await createRepo(hub.url, model);
    const res = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name: model.split("/")[1].toUpperCase(), organization: "ALICE" },
    });
    expect(res.status).toBe(409);
    expect(res.headers.get("x-error-code")).toBeNull();
    expect(await res.json()).toEqual({ error: "You already created this model repo", url: `${hub.url}/${model}` });
  });

  it("validates names with the Hub's text", async () => {
    for (const name of ["-lead", "trail.", "a--b", "a..b", "x.git", "sp ace", "a".repeat(97)]) {
      const res = await call(hub.url, "/api/repos/create", { method: "POST", token: ALICE, json: { name } });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toContain("'--' and '..' are forbidden");
    }
  });

  it("requires an sdk for spaces", async () => {
    const res = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name: uniqueName("nosdk"), type: "space" },
    });
    expect(res.status).toBe(400);
  });
});

describe("ids and URLs", () => {
  const model = `alice/${uniqueName("Case")}`;
  beforeAll(() => createRepo(hub.url, model));

  it("treats repo ids case-insensitively and answers the canonical casing", async () => {
    const res = await call(hub.url, `/api/models/${model.toUpperCase()}`);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(model);
    expect((await call(hub.url, `/${model.toLowerCase()}/resolve/main/.gitattributes`)).status).toBe(200);
  });

  it("builds returned URLs from the Host header, not the bind address", async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        `${hub.url}/api/models/${model}/commit/main`,
        {
          method: "POST",
          headers: {
            Host: "hub.example.test:8443",
            Authorization: `Bearer ${ALICE}`,
            "Content-Type": "application/x-ndjson",
          },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve(text));
        },
      );
      req.on("error", reject);
      req.end([header("host"), fileLine("host.txt", "h")].map((l) => JSON.stringify(l)).join("\n"));
    });
    expect(JSON.parse(body).commitUrl).toMatch(
      new RegExp(`^http://hub\\.example\\.test:8443/${model}/commit/[0-9a-f]{40}$`),
    );
  });

  it("respects X-Forwarded-Proto and X-Forwarded-Host", async () => {
    const res = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name: uniqueName("fwd") },
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "hf.example.org" },
    });
    expect((await res.json()).url).toMatch(/^https:\/\/hf\.example\.org\/alice\//);
  });
});

describe("info", () => {
  const model = `alice/${uniqueName("info")}`;
  beforeAll(async () => {
    await createRepo(hub.url, model);
    await commitOk(hub.url, `models/${model}`, "main", [header("add"), fileLine("w.bin", "x".repeat(10))]);
  });

  it("answers the Hub's repo info shape", async () => {
    const info = await (await call(hub.url, `/api/models/${model}`)).json();
    expect(info).toMatchObject({
      _id: expect.stringMatching(/^[0-9a-f]{24}$/),
      id: model,
      author: "alice",
      private: false,
      gated: false,
      disabled: false,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      downloads: 0,
      likes: 0,
      tags: ["region:us"],
      siblings: [{ rfilename: ".gitattributes" }, { rfilename: "w.bin" }],
    });
    expect(new Date(info.lastModified).getTime()).toBeGreaterThan(0);
    expect(new Date(info.createdAt).getTime()).toBeGreaterThan(0);
  });

  it("adds size, blobId and lfs to siblings with blobs=true", async () => {
    const info = await (await call(hub.url, `/api/models/${model}?blobs=true`)).json();
    expect(info.siblings[1]).toEqual({ rfilename: "w.bin", size: 10, blobId: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it("selects fields with expand", async () => {
    const info = await (await call(hub.url, `/api/models/${model}?expand=xetEnabled`)).json();
    expect(info).toEqual({ _id: expect.any(String), id: model, xetEnabled: false });
    const two = await (await call(hub.url, `/api/models/${model}?expand[]=likes&expand[]=private`)).json();
    expect(Object.keys(two).sort()).toEqual(["_id", "id", "likes", "private"]);
  });

  it("answers a percent-encoded revision, HEAD, and 404 RevisionNotFound", async () => {
    const sha = (await (await call(hub.url, `/api/models/${model}`)).json()).sha;
    expect((await (await call(hub.url, `/api/models/${model}/revision/HEAD`)).json()).sha).toBe(sha);
    expect((await (await call(hub.url, `/api/models/${model}/revision/refs%2Fheads%2Fmain`)).json()).sha).toBe(sha);
    expect((await (await call(hub.url, `/api/models/${model}/revision/${sha}`)).json()).sha).toBe(sha);
    const missing = await call(hub.url, `/api/models/${model}/revision/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-error-code")).toBe("RevisionNotFound");
  });

  it("adds securityRepoStatus with securityStatus=true, also at a revision", async () => {
    const plain = await (await call(hub.url, `/api/models/${model}`)).json();
    expect(plain.securityRepoStatus).toBeUndefined();
    for (const path of [
      `/api/models/${model}?securityStatus=true`,
      `/api/models/${model}/revision/main?securityStatus=1`,
    ]) {
      const info = await (await call(hub.url, path)).json();
      expect([path, info.securityRepoStatus]).toEqual([path, { scansDone: true, filesWithIssues: [] }]);
    }
  });

  it("gives spaces their sdk", async () => {
    const space = `alice/${uniqueName("sdk")}`;
    await createRepo(hub.url, space, { type: "space", sdk: "docker" });
    expect((await (await call(hub.url, `/api/spaces/${space}`)).json()).sdk).toBe("docker");
  });

  it("lists repos by author", async () => {
    const list = await (await call(hub.url, "/api/models?author=alice&limit=1000")).json();
    expect(list.map((r: { id: string }) => r.id)).toContain(model);
  });
});

describe("settings, delete, move", () => {
  it("flips visibility with `private` and with `visibility`", async () => {
    const model = `alice/${uniqueName("flip")}`;
    await createRepo(hub.url, model);
    const put = (json: unknown, token = ALICE) =>
      call(hub.url, `/api/models/${model}/settings`, { method: "PUT", token, json });
    expect((await put({ private: true })).status).toBe(200);
    expect((await call(hub.url, `/api/models/${model}`)).status).toBe(401);
    expect((await put({ visibility: "public", gated: false, discussionsDisabled: true })).status).toBe(200);
    expect((await call(hub.url, `/api/models/${model}`)).status).toBe(200);
    expect((await put({ private: true }, BOB)).status).toBe(403);
  });

  it("refuses settings with a non-boolean `private` or a bad `visibility`, changing nothing", async () => {
    const model = `alice/${uniqueName("badset")}`;
    await createRepo(hub.url, model);
    const put = (json: unknown) =>
      call(hub.url, `/api/models/${model}/settings`, { method: "PUT", token: ALICE, json });
    for (const json of [{ private: "true" }, { private: 0 }, { visibility: "hidden" }, { visibility: 1 }]) {
      expect([json, (await put(json)).status]).toEqual([json, 400]);
    }
    expect((await call(hub.url, `/api/models/${model}`)).status).toBe(200);
    const both = await put({ visibility: "private", private: true });
    expect([both.status, (await both.json()).private]).toEqual([200, true]);
  });

  it("deletes with 200 text/plain OK, then answers 404 RepoNotFound", async () => {
    const model = `alice/${uniqueName("del")}`;
    await createRepo(hub.url, model);
    const body = { name: model.split("/")[1], organization: "alice", type: "model" };
    const res = await call(hub.url, "/api/repos/delete", { method: "DELETE", token: ALICE, json: body });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("OK");
    const again = await call(hub.url, "/api/repos/delete", { method: "DELETE", token: ALICE, json: body });
    expect(again.status).toBe(404);
    expect(again.headers.get("x-error-code")).toBe("RepoNotFound");
  });

  it("deletes through the JS client", async () => {
    const model = `alice/${uniqueName("jsdel")}`;
    await createRepo(hub.url, model);
    await deleteRepo({ repo: model, accessToken: ALICE, hubUrl: hub.url });
    expect(await repoExists({ repo: model, hubUrl: hub.url })).toBe(false);
  });

  it("moves a repo and redirects the old id with a relative 307", async () => {
    const from = `alice/${uniqueName("old")}`;
    const to = `acme/${uniqueName("new")}`;
    await createRepo(hub.url, from);
    const res = await call(hub.url, "/api/repos/move", {
      method: "POST",
      token: ALICE,
      json: { fromRepo: from, toRepo: to, type: "model" },
    });
    expect(res.status).toBe(200);
    const info = await call(hub.url, `/api/models/${from}`);
    expect(info.status).toBe(307);
    expect(info.headers.get("location")).toBe(`/api/models/${to}`);
    expect(info.headers.get("content-type")).toMatch(/^text\/plain/);
    const file = await call(hub.url, `/${from}/resolve/main/.gitattributes`);
    expect(file.status).toBe(307);
    expect(file.headers.get("location")).toBe(`/${to}/resolve/main/.gitattributes`);
    expect((await (await fetch(`${hub.url}/api/models/${from}`)).json()).id).toBe(to);
  });

  it("refuses to move onto an existing repo", async () => {
    const [a, b] = [`alice/${uniqueName("a")}`, `alice/${uniqueName("b")}`];
    await createRepo(hub.url, a);
    await createRepo(hub.url, b);
    const res = await call(hub.url, "/api/repos/move", {
      method: "POST",
      token: ALICE,
      json: { fromRepo: a, toRepo: b, type: "model" },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toBe(`A model repository called ${b} already exists`);
  });
});

describe("validate-yaml", () => {
  const validate = (content: string) =>
    call(hub.url, "/api/validate-yaml", { method: "POST", token: ALICE, json: { content, repoType: "model" } });

  it("accepts card metadata, warns when there is none, and rejects unclosed front matter", async () => {
    const ok = await validate("---\nlicense: mit\n---\n# Card\n");
    expect([ok.status, await ok.json()]).toEqual([200, { errors: [], warnings: [] }]);
    const bare = await (await validate("# Card\n")).json();
    expect(bare.warnings[0].message).toContain("empty or missing yaml metadata");
    const broken = await validate("---\nlicense: mit\n# no end\n");
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors).toHaveLength(1);
  });

  // What the Python client posts before uploading a README: it raises ValueError(response.text) on a 400.
  const validateAsText = (content: string, form = false) =>
    call(hub.url, "/api/validate-yaml", {
      method: "POST",
      token: ALICE,
      headers: { Accept: "text/plain", ...(form && { "Content-Type": "application/x-www-form-urlencoded" }) },
      ...(form
        ? { body: new URLSearchParams({ content, repoType: "dataset" }).toString() }
        : { json: { content, repoType: "model" } }),
    });

  it("answers a broken front matter with a 400 whose text names the YAML problem and its README line", async () => {
    const res = await validateAsText("---\nlicense: mit\ntags: [a, b\n---\n# Card\n");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(
      /^Invalid metadata in README\.md\.\n- "Flow sequence in block collection [^"]*" line 3$/,
    );
    const duplicate = await validateAsText("---\nlicense: mit\nlicense: apache-2.0\n---\n", true);
    expect([duplicate.status, await duplicate.text()]).toEqual([
      400,
      'Invalid metadata in README.md.\n- "Map keys must be unique" line 3',
    ]);
    const list = await validateAsText("---\n- a\n- b\n---\n");
    expect([list.status, await list.text()]).toEqual([
      400,
      'Invalid metadata in README.md.\n- "The metadata must be a YAML mapping of keys to values" line 2',
    ]);
    const json = await validate("---\nlicense: mit\nlicense: apache-2.0\n---\n");
    expect([json.status, await json.json()]).toEqual([
      400,
      { errors: [{ message: "Map keys must be unique (line 3)" }], warnings: [] },
    ]);
  });

  it("answers 200 as text to a valid card, with the warnings as lines, and 400 to a body without content", async () => {
    const ok = await validateAsText("---\nlicense: mit\ntags:\n- a\n---\n# Card\n");
    expect([ok.status, await ok.text()]).toEqual([200, ""]);
    const bare = await validateAsText("# Card\n");
    expect(bare.status).toBe(200);
    expect(await bare.text()).toContain("empty or missing yaml metadata in repo card");
    const missing = await call(hub.url, "/api/validate-yaml", { method: "POST", json: { repoType: "model" } });
    expect(missing.status).toBe(400);
  });
});
