import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { errorLine, runInProcess } from "../support/run-in-process";
import { GITHUB_ISSUER, HUB_AUDIENCE, createTestIssuer, githubClaims, signJwt } from "../emulator/oidc-helpers";
import { createRepoDirectly, download } from "../support/hub-state";

const RUNTIME_TOKEN = "runtime-request-token";
let hub: RunningEmulator;
let tokenService: http.Server;
let tokenUrl: string;
let workspace: string;
const issued: string[] = [];

beforeAll(async () => {
  const issuer = createTestIssuer();
  hub = await startEmulator({
    port: 0,
    oidc: {
      issuer: GITHUB_ISSUER,
      publicKeyPem: issuer.publicKeyPem,
      trust: [{ repo: "alice/keyless", repository: "octo/train" }],
    },
  });
  // Stands in for the runner's ID token service, which @actions/core's getIDToken calls.
  tokenService = http.createServer((req, res) => {
    const audience = new URL(req.url ?? "/", "http://x").searchParams.get("audience");
    if (req.headers.authorization !== `Bearer ${RUNTIME_TOKEN}` || audience !== HUB_AUDIENCE) {
      res.writeHead(403).end();
      return;
    }
    const value = signJwt(githubClaims("octo/train"), issuer.privateKey);
    issued.push(value);
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ value }));
  });
  await new Promise<void>((resolve) => tokenService.listen(0, "127.0.0.1", resolve));
  tokenUrl = `http://127.0.0.1:${(tokenService.address() as AddressInfo).port}/token?api-version=2.0`;
  workspace = await mkdtemp(path.join(os.tmpdir(), "keyless-"));
  await writeFile(path.join(workspace, "model.txt"), "published without a stored secret");
  await createRepoDirectly(hub.url, "keyless");
  await createRepoDirectly(hub.url, "not-trusted");
});
afterAll(async () => {
  await hub.close();
  await new Promise((resolve) => tokenService.close(resolve));
  await rm(workspace, { recursive: true, force: true });
});

const keyless = (repo: string) =>
  runInProcess(
    { operation: "upload-file", repo_id: repo, token: "", endpoint: hub.url, path: "model.txt" },
    { cwd: workspace, env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN } },
  );

describe("keyless auth (Trusted Publishers)", () => {
  it("trades the job's OIDC token for a repo-scoped token, masks both, and uploads", async () => {
    const run = await keyless("alice/keyless");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("Authenticated keylessly: a short-lived token for alice/keyless");
    expect((await download(hub.url, "alice/keyless", "model.txt")).toString()).toBe(
      "published without a stored secret",
    );
    const masked = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("::add-mask::"))
      .map((line) => line.slice("::add-mask::".length));
    expect([...new Set(masked)]).toEqual([issued.at(-1), expect.stringMatching(/^hf_jwt_/)]);
    const visible = run.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    for (const secret of masked) {
      expect(visible + run.stderr + JSON.stringify(run.outputs) + run.summary).not.toContain(secret);
    }
  });

  it("logs in keylessly: exports the short-lived token to later steps and says when it expires", async () => {
    const hfHome = await mkdtemp(path.join(os.tmpdir(), "hf-home-"));
    const run = await runInProcess(
      { operation: "login", repo_id: "alice/keyless", token: "", endpoint: hub.url },
      {
        cwd: workspace,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN, HF_HOME: hfHome },
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.name).toBe("alice");
    const expiresIn = Date.parse(run.outputs.expires_at) - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(3600 * 1000);
    expect(run.exported.HF_TOKEN).toMatch(/^hf_jwt_/);
    expect(await readFile(path.join(hfHome, "token"), "utf8")).toBe(run.exported.HF_TOKEN);
    expect(run.stdout).toContain(`::add-mask::${run.exported.HF_TOKEN}`);
    const visible = run.stdout.replace(/^::add-mask::.*$/gm, "");
    expect(visible + JSON.stringify(run.outputs) + run.summary).not.toContain(run.exported.HF_TOKEN);
    await rm(hfHome, { recursive: true, force: true });
  });

  it("create-repo with a keyless token succeeds on an existing repo, which the Hub answers 401", async () => {
    const run = await runInProcess(
      { operation: "create-repo", repo_id: "alice/keyless", token: "", endpoint: hub.url },
      {
        cwd: workspace,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN },
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ url: `${hub.url}/alice/keyless`, repo_id: "alice/keyless", created: "false" });
  });

  it("says how to grant the OIDC token when the runner refuses to mint one", async () => {
    const run = await runInProcess(
      { operation: "upload-file", repo_id: "alice/keyless", token: "", endpoint: hub.url, path: "model.txt" },
      { cwd: workspace, env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: "wrong" } },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /^Input "token": no token given, and the job's OIDC token could not be had \(.*403.*\)\. Grant the job `permissions: id-token: write`/,
    );
  });

  it("fails with a Trusted Publisher hint for a repo that does not trust the workflow", async () => {
    const run = await keyless("alice/not-trusted");
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/400.*invalid_grant.*add this workflow as a Trusted Publisher/);
  });
});
