/** Trusted Publishers: `POST /oauth/token` trades a CI OIDC token for a token that writes to one repo only. */
import { whoAmI } from "@huggingface/hub";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { Accounts } from "../../emulator/auth";
import { HubError } from "../../emulator/errors";
import { parseArgs } from "../../emulator/cli";
import { ALICE, call, commitRaw, createRepo, fileLine, header } from "./helpers";
import {
  GITHUB_ISSUER,
  HUB_AUDIENCE,
  createTestIssuer,
  exchangeRequest,
  githubClaims,
  signJwt,
  type TestIssuer,
} from "./oidc-helpers";

const TRUSTED = "alice/trained";
const OTHER = "alice/other";
const SECRET = "alice/secret";
const ORG_DATASET = "acme/corpus";
const PUBLISHER = "octo/train";

let issuer: TestIssuer;
let hub: RunningEmulator;
beforeAll(async () => {
  issuer = createTestIssuer();
  hub = await startEmulator({
    oidc: {
      issuer: GITHUB_ISSUER,
      publicKeyPem: issuer.publicKeyPem,
      trust: [
        { repo: TRUSTED, repository: PUBLISHER },
        { repo: `datasets/${ORG_DATASET}`, repository: PUBLISHER },
      ],
    },
  });
  await createRepo(hub.url, TRUSTED);
  await createRepo(hub.url, OTHER);
  await createRepo(hub.url, SECRET, { private: true });
  await createRepo(hub.url, ORG_DATASET, { type: "dataset" });
});
afterAll(() => hub.close());

function exchange(body: Record<string, string>, form = false): Promise<Response> {
  if (!form) return call(hub.url, "/oauth/token", { method: "POST", json: body });
  return call(hub.url, "/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body).toString(),
  });
}

async function mint(resource = TRUSTED, claims = githubClaims(PUBLISHER)): Promise<string> {
  const res = await exchange(exchangeRequest(signJwt(claims, issuer.privateKey), resource));
  if (res.status !== 200) throw new Error(`exchange failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

function commitWith(token: string, repoPath: string, file = "model.txt"): Promise<Response> {
  return commitRaw(hub.url, repoPath, "main", [header("from CI"), fileLine(file, "weights")], { token });
}

describe("a valid exchange", () => {
  it("answers an hf_jwt_ bearer token valid for an hour, not to be cached", async () => {
    const res = await exchange(exchangeRequest(signJwt(githubClaims(PUBLISHER), issuer.privateKey), TRUSTED));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      access_token: expect.stringMatching(/^hf_jwt_[A-Za-z0-9_-]{20,}$/),
      token_type: "bearer",
      expires_in: 3600,
      issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
    });
  });

  it("accepts a form-encoded request and an audience list that contains the Hub", async () => {
    const claims = githubClaims(PUBLISHER, { aud: ["https://example.com", HUB_AUDIENCE] });
    const res = await exchange(exchangeRequest(signJwt(claims, issuer.privateKey), TRUSTED), true);
    expect(res.status).toBe(200);
  });

  it("accepts the resource as a Hub URL", async () => {
    const token = await mint(`https://huggingface.co/datasets/${ORG_DATASET}`);
    expect(token).toMatch(/^hf_jwt_/);
  });

  it("gives a token that commits to the trusted repo", async () => {
    const token = await mint();
    expect((await commitWith(token, `models/${TRUSTED}`)).status).toBe(200);
    const commits = await (await call(hub.url, `/api/models/${TRUSTED}/commits/main`)).json();
    expect(commits[0].authors[0].user).toBe("alice");
  });

  it("refuses it any write elsewhere, even to the same user's repos, with 403", async () => {
    const token = await mint();
    expect((await commitWith(token, `models/${OTHER}`)).status).toBe(403);
    const preupload = await call(hub.url, `/api/models/${OTHER}/preupload/main`, {
      method: "POST",
      token,
      json: { files: [] },
    });
    expect(preupload.status).toBe(403);
    const batch = await call(hub.url, `/${OTHER}.git/info/lfs/objects/batch`, {
      method: "POST",
      token,
      json: { operation: "upload", transfers: ["basic"], objects: [] },
    });
    expect(batch.status).toBe(403);
    const remove = await call(hub.url, "/api/repos/delete", { method: "DELETE", token, json: { name: "other" } });
    expect(remove.status).toBe(403);
    const move = await call(hub.url, "/api/repos/move", {
      method: "POST",
      token,
      json: { fromRepo: TRUSTED, toRepo: "alice/renamed" },
    });
    expect(move.status).toBe(403);
    expect((await call(hub.url, `/api/models/${OTHER}`, { token: ALICE })).status).toBe(200);
  });

  it("may not create repos: 401 whether or not the repo exists, while an ordinary token gets the 409", async () => {
    const token = await mint();
    const create = (json: Record<string, unknown>, bearer = token) =>
      call(hub.url, "/api/repos/create", { method: "POST", token: bearer, json });
    const [name] = TRUSTED.split("/").slice(1);
    for (const json of [
      { name: "fresh" },
      { name, organization: "alice" },
      { name: TRUSTED },
      { name: "x", type: "dataset" },
    ]) {
      const res = await create(json);
      expect([json, res.status]).toEqual([json, 401]);
      expect(res.headers.get("x-error-code")).toBeNull();
      expect((await res.json()).error).toMatch(/cannot create repositories/);
    }
    expect((await call(hub.url, "/api/models/alice/fresh", { token: ALICE })).status).toBe(404);
    // What the Python client's create_repo(exist_ok=True) does next: the repo is readable, so it exists.
    expect((await call(hub.url, `/api/models/${TRUSTED}`, { token })).status).toBe(200);
    const conflict = await create({ name: TRUSTED }, ALICE);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({
      error: "You already created this model repo",
      url: `${hub.url}/${TRUSTED}`,
    });
  });

  it("reads what the owner could read", async () => {
    const token = await mint();
    expect((await call(hub.url, `/api/models/${SECRET}`, { token })).status).toBe(200);
  });

  it("is described by whoami in a shape the JS client parses", async () => {
    const token = await mint();
    const me = await whoAmI({ accessToken: token, hubUrl: hub.url });
    expect(me).toMatchObject({ type: "user", name: "alice" });
    expect(me.auth).toMatchObject({
      type: "oauth",
      expiresAt: expect.any(String),
      accessToken: { role: "fineGrained", displayName: `oidc:${PUBLISHER}` },
    });
    const raw = await (await call(hub.url, "/api/whoami-v2", { token })).json();
    expect(raw.auth.accessToken.fineGrained.scoped).toEqual([
      {
        entity: { _id: expect.any(String), type: "model", name: TRUSTED },
        permissions: expect.arrayContaining(["repo.write"]),
      },
    ]);
  });

  it("stops authenticating once it expires", () => {
    const accounts = Accounts.seeded();
    const now = Date.now();
    const token = accounts.mintScopedToken({ type: "model", id: TRUSTED }, 3600, "ci", now) as string;
    expect(accounts.authenticate(`Bearer ${token}`, now + 3599_000)?.user.name).toBe("alice");
    expect(() => accounts.authenticate(`Bearer ${token}`, now + 3600_000)).toThrow(HubError);
  });

  it("acts for the org on an org repo", async () => {
    const token = await mint(`datasets/${ORG_DATASET}`);
    expect((await commitWith(token, `datasets/${ORG_DATASET}`, "data.csv")).status).toBe(200);
    const me = await whoAmI({ accessToken: token, hubUrl: hub.url });
    expect(me).toMatchObject({ type: "org", name: "acme" });
  });
});

describe("refused exchanges", () => {
  const stranger = createTestIssuer();
  const signed = (claims: Record<string, unknown>) => signJwt(claims, issuer.privateKey);
  // Every row names its resource: jest would take a missing third argument for a `done` callback.
  const cases: [string, () => string, string][] = [
    ["a signature from another key", () => signJwt(githubClaims(PUBLISHER), stranger.privateKey), TRUSTED],
    ["another audience", () => signed(githubClaims(PUBLISHER, { aud: "https://example.com" })), TRUSTED],
    ["another issuer", () => signed(githubClaims(PUBLISHER, { iss: "https://evil.example" })), TRUSTED],
    ["an expired token", () => signed(githubClaims(PUBLISHER, { exp: nowSeconds() - 10 })), TRUSTED],
    ["no expiry", () => signed(githubClaims(PUBLISHER, { exp: undefined })), TRUSTED],
    ["nbf in the future", () => signed(githubClaims(PUBLISHER, { nbf: nowSeconds() + 600 })), TRUSTED],
    ["iat in the future", () => signed(githubClaims(PUBLISHER, { iat: nowSeconds() + 600 })), TRUSTED],
    ["alg none", () => unsigned(githubClaims(PUBLISHER)), TRUSTED],
    ["alg HS256", () => signJwt(githubClaims(PUBLISHER), issuer.privateKey, { alg: "HS256", typ: "JWT" }), TRUSTED],
    ["an untrusted GitHub repository", () => signed(githubClaims("octo/fork")), TRUSTED],
    ["no repository claim", () => signed(githubClaims(PUBLISHER, { repository: undefined })), TRUSTED],
    ["a repo without a Trusted Publisher", () => signed(githubClaims(PUBLISHER)), OTHER],
    ["the right name of the wrong type", () => signed(githubClaims(PUBLISHER)), `spaces/${TRUSTED}`],
  ];

  it.each(cases)("answers 400 invalid_grant to %s, without echoing the token", async (_name, token, resource) => {
    const subjectToken = token();
    const res = await exchange(exchangeRequest(subjectToken, resource));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain(subjectToken.split(".")[2] || subjectToken);
    expect(JSON.parse(text)).toEqual({ error: "invalid_grant", error_description: expect.any(String) });
  });

  const valid = () => exchangeRequest(signJwt(githubClaims(PUBLISHER), issuer.privateKey), TRUSTED);
  const malformed: [string, () => Record<string, string>][] = [
    ["no grant_type", () => without(valid(), "grant_type")],
    ["another grant_type", () => ({ ...valid(), grant_type: "client_credentials" })],
    ["another subject_token_type", () => ({ ...valid(), subject_token_type: "urn:ietf:params:oauth:token-type:jwt" })],
    ["no subject_token", () => without(valid(), "subject_token")],
    ["a subject_token that is not a JWT", () => ({ ...valid(), subject_token: "not-a-jwt" })],
    ["no resource", () => without(valid(), "resource")],
    ["a malformed resource", () => ({ ...valid(), resource: "models/a/b/c" })],
  ];

  it.each(malformed)("answers 400 invalid_request to %s", async (_name, body) => {
    const res = await exchange(body());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_request", error_description: expect.any(String) });
  });

  it("answers 400 invalid_request to a body that is not JSON", async () => {
    const res = await call(hub.url, "/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_request");
  });
});

describe("configuration", () => {
  it("reads --oidc-issuer, --oidc-public-key and repeated --oidc-trust flags", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "oidc-cli-"));
    try {
      const keyFile = path.join(dir, "issuer.pem");
      await writeFile(keyFile, issuer.publicKeyPem);
      const options = parseArgs([
        "--oidc-issuer",
        GITHUB_ISSUER,
        "--oidc-public-key",
        keyFile,
        "--oidc-trust",
        `${TRUSTED}=${PUBLISHER}`,
        "--oidc-trust",
        `datasets/${ORG_DATASET}=octo/data`,
      ]);
      expect(options.oidc).toEqual({
        issuer: GITHUB_ISSUER,
        publicKeyPem: issuer.publicKeyPem,
        trust: [
          { repo: TRUSTED, repository: PUBLISHER },
          { repo: `datasets/${ORG_DATASET}`, repository: "octo/data" },
        ],
      });
      expect(() => parseArgs(["--oidc-trust", `${TRUSTED}=${PUBLISHER}`])).toThrow(/--oidc-issuer/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses at startup a trust for a namespace nobody owns", async () => {
    const oidc = {
      issuer: GITHUB_ISSUER,
      publicKeyPem: issuer.publicKeyPem,
      trust: [{ repo: "nobody/x", repository: PUBLISHER }],
    };
    await expect(startEmulator({ oidc })).rejects.toThrow(/nobody/);
  });
});

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function unsigned(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`;
}

function without(body: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...body };
  delete copy[key];
  return copy;
}
