import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { ALICE } from "../support/hub-state";
import { errorLine, runInProcess } from "../support/run-in-process";

let hub: RunningEmulator;
let hfHome: string;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());
beforeEach(async () => {
  hfHome = await mkdtemp(path.join(os.tmpdir(), "hf-home-"));
});
afterEach(() => rm(hfHome, { recursive: true, force: true }));

const tokenFile = () => path.join(hfHome, "token");
const step = (operation: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runInProcess({ operation, endpoint: hub.url, ...inputs }, { env: { HF_HOME: hfHome, ...env } });

describe("login and logout", () => {
  it("checks the token, exports it to later steps, and saves it where the Python client reads it", async () => {
    const run = await step("login", { token: ALICE });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ name: "alice", expires_at: "" });
    expect(run.exported).toEqual({ HF_TOKEN: ALICE });
    expect(await readFile(tokenFile(), "utf8")).toBe(ALICE);
    expect((await stat(tokenFile())).mode & 0o777).toBe(0o600);
    expect(run.state).toEqual({ isPost: "true", removeAtJobEnd: tokenFile() });
    expect(run.stdout.replace(/^::add-mask::.*$/gm, "") + run.summary).not.toContain(ALICE);
  });

  it("honours HF_TOKEN_PATH", async () => {
    const custom = path.join(hfHome, "elsewhere", "my-token");
    const run = await step("login", { token: ALICE }, { HF_TOKEN_PATH: custom });
    expect(run.exitCode).toBe(0);
    expect(await readFile(custom, "utf8")).toBe(ALICE);
  });

  it("refuses a token the Hub does not know, and saves nothing", async () => {
    const run = await step("login", { token: "hf_not_a_real_token" });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/login failed: the Hub refused GET .*whoami-v2 answered 401/);
    expect(run.exported).toEqual({});
    await expect(stat(tokenFile())).rejects.toThrow();
  });

  it("removes the token file in the post step at the end of the job", async () => {
    const login = await step("login", { token: ALICE });
    const post = await step("login", { token: ALICE }, { STATE_isPost: "true", STATE_removeAtJobEnd: tokenFile() });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Removed ${tokenFile()}`);
    await expect(stat(tokenFile())).rejects.toThrow();
    expect(login.state.removeAtJobEnd).toBe(tokenFile());
  });

  it("leaves everything alone in the post step of any other operation", async () => {
    const run = await step("whoami", { token: ALICE }, { STATE_isPost: "true" });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.outputs).toEqual({});
  });

  it("logs out without a token: HF_TOKEN emptied and the token file removed", async () => {
    await step("login", { token: ALICE });
    const run = await step("logout", { token: "" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ removed: "true" });
    expect(run.exported).toEqual({ HF_TOKEN: "" });
    await expect(stat(tokenFile())).rejects.toThrow();
    expect((await step("logout", { token: "" })).outputs).toEqual({ removed: "false" });
  });
});
