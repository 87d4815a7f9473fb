import { whoAmI } from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, BOB, call, commitRaw, createRepo, fileLine, header, uniqueName } from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());

describe("whoami", () => {
  it("describes alice, her org and her write token, as the JS client reads it", async () => {
    const me = await whoAmI({ accessToken: ALICE, hubUrl: hub.url });
    expect(me).toMatchObject({
      type: "user",
      name: "alice",
      fullname: expect.any(String),
      emailVerified: true,
      canPay: false,
      isPro: false,
      periodEnd: null,
      billingMode: "postpaid",
      auth: { type: "access_token", accessToken: { role: "write", displayName: expect.any(String) } },
    });
    expect(me.type === "user" && me.orgs.map((org) => org.name)).toEqual(["acme"]);
    expect(me.auth.accessToken?.createdAt).toBeInstanceOf(Date);
  });

  it("reports bob's token as read-only", async () => {
    const res = await call(hub.url, "/api/whoami-v2", { token: BOB });
    const body = await res.json();
    expect(body.name).toBe("bob");
    expect(body.orgs).toEqual([]);
    expect(body.auth.accessToken.role).toBe("read");
  });

  it("answers 401 with the Hub's X-Error-Message to an unknown or malformed token", async () => {
    for (const authorization of ["Bearer hf_nope", "Basic abc", "Bearer"]) {
      const res = await call(hub.url, "/api/whoami-v2", { headers: { Authorization: authorization } });
      expect(res.status).toBe(401);
      expect(res.headers.get("x-error-message")).toBe("Invalid credentials in Authorization header");
    }
  });

  it("refuses an invalid token even on public reads", async () => {
    const res = await call(hub.url, "/api/models/alice/whatever", { token: "hf_invalid" });
    expect(res.status).toBe(401);
    expect(res.headers.get("x-error-message")).toBe("Invalid credentials in Authorization header");
  });

  it("answers 401 without a token", async () => {
    expect((await call(hub.url, "/api/whoami-v2")).status).toBe(401);
  });
});

describe("common headers", () => {
  it("sends X-Request-Id in the Hub's format, appending the client's trace id", async () => {
    const plain = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(plain.headers.get("x-request-id")).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    const traced = await call(hub.url, "/api/whoami-v2", {
      token: ALICE,
      headers: { "X-Amzn-Trace-Id": "Self=1-abc" },
    });
    expect(traced.headers.get("x-request-id")).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Self=1-abc$/);
  });

  it("sends RateLimit and RateLimit-Policy headers, errors included", async () => {
    for (const res of [await call(hub.url, "/api/whoami-v2", { token: ALICE }), await call(hub.url, "/nope")]) {
      expect(res.headers.get("ratelimit")).toMatch(/^"api";r=\d+;t=\d+$/);
      expect(res.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=10000;w=300');
    }
  });

  it("counts the requests it served", async () => {
    const before = hub.requestCount();
    await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(hub.requestCount()).toBe(before + 1);
  });

  it("answers 404 JSON to unknown routes", async () => {
    const res = await call(hub.url, "/api/definitely/not/a/route/at/all");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toEqual(expect.any(String));
  });
});

describe("permissions", () => {
  const secret = `alice/${uniqueName("secret")}`;
  const shared = `alice/${uniqueName("shared")}`;
  beforeAll(async () => {
    await createRepo(hub.url, secret, { private: true });
    await createRepo(hub.url, shared);
  });

  it("hides a private repo: 401 anonymous, 404 RepoNotFound for other users, 200 for the owner", async () => {
    const anonymous = await call(hub.url, `/api/models/${secret}`);
    expect(anonymous.status).toBe(401);
    const other = await call(hub.url, `/api/models/${secret}`, { token: BOB });
    expect(other.status).toBe(404);
    expect(other.headers.get("x-error-code")).toBe("RepoNotFound");
    expect((await call(hub.url, `/api/models/${secret}`, { token: ALICE })).status).toBe(200);
  });

  it("hides private files and trees the same way", async () => {
    expect((await call(hub.url, `/${secret}/resolve/main/.gitattributes`)).status).toBe(401);
    const tree = await call(hub.url, `/api/models/${secret}/tree/main`, { token: BOB });
    expect(tree.status).toBe(404);
    expect(tree.headers.get("x-error-code")).toBe("RepoNotFound");
  });

  it("refuses writes without a token with 401", async () => {
    const create = await call(hub.url, "/api/repos/create", { method: "POST", json: { name: "x" } });
    expect(create.status).toBe(401);
    const commit = await commitRaw(hub.url, `models/${shared}`, "main", [header("x"), fileLine("a.txt", "a")], {
      token: "",
    });
    expect(commit.status).toBe(401);
  });

  it("refuses every write from a read token with a clear 403", async () => {
    const create = await call(hub.url, "/api/repos/create", { method: "POST", token: BOB, json: { name: "mine" } });
    expect(create.status).toBe(403);
    expect((await create.json()).error).toContain('under the namespace "bob"');
    const commit = await commitRaw(hub.url, `models/${shared}`, "main", [header("x"), fileLine("a.txt", "a")], {
      token: BOB,
    });
    expect(commit.status).toBe(403);
    expect(commit.headers.get("x-error-message")).toContain('"read" role');
    const preupload = await call(hub.url, `/api/models/${shared}/preupload/main`, {
      method: "POST",
      token: BOB,
      json: { files: [] },
    });
    expect(preupload.status).toBe(403);
  });

  it("lets a write token create only in its own namespace and its orgs", async () => {
    const inOrg = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name: uniqueName("org-model"), organization: "acme" },
    });
    expect(inOrg.status).toBe(200);
    const elsewhere = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name: "stolen", organization: "bob" },
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get("x-error-message")).toBe(
      `You don't have the rights to create a model under the namespace "bob"`,
    );
  });
});
