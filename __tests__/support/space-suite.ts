import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type RunningEmulator, startEmulator } from "../../emulator";
import { type ActionRun, type RunOptions, errorLine } from "../../scripts/run-action";
import { ALICE, getJson, hubSnapshot } from "./hub-state";

type Runner = (inputs: Record<string, string>, options?: RunOptions) => Promise<ActionRun>;

/**
 * Deploying Spaces, against Space runtimes that build in a fraction of a second: run through dist/index.js (the
 * bundle suite) and in-process (for coverage of src/).
 */
export function describeSpaces(runAction: Runner): void {
  let hub: RunningEmulator;
  let workspace: string;
  let counter = 0;
  const SECRET = "sk-live-do-not-print-0123456789";

  beforeAll(async () => {
    hub = await startEmulator({ port: 0, spaceBuildMs: 300, spaceLogKeepAliveMs: 100 });
    workspace = await mkdtemp(path.join(os.tmpdir(), "spaces-"));
  });
  afterAll(async () => {
    await hub.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const action = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ token: ALICE, endpoint: hub.url, repo_type: "space", ...inputs }, { cwd: workspace, env });

  async function app(folder: string, files: Record<string, string>): Promise<void> {
    await rm(path.join(workspace, folder), { recursive: true, force: true });
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(workspace, folder, name)), { recursive: true });
      await writeFile(path.join(workspace, folder, name), content);
    }
  }

  const GRADIO_APP = { "README.md": "---\nsdk: gradio\napp_file: app.py\n---\n# demo\n", "app.py": "import gradio\n" };

  async function newSpace(): Promise<string> {
    const id = `alice/space-${++counter}`;
    const run = await action({ operation: "create-repo", repo_id: id, space_sdk: "gradio" });
    if (run.exitCode !== 0) throw new Error(errorLine(run));
    return id;
  }

  /** Everything a user can see of a run, ::add-mask:: lines aside (those are what masks the secret). */
  function shown(run: ActionRun): string {
    const stdout = run.stdout.replace(/^::add-mask::.*$/gm, "");
    return stdout + run.stderr + JSON.stringify(run.outputs) + run.summary;
  }

  describe("Spaces", () => {
    it("creates a Space with secrets and variables, deploys it, waits for it and publishes its URL", async () => {
      const run = await action({
        operation: "create-repo",
        repo_id: "alice/My_Demo.app",
        space_sdk: "gradio",
        space_secrets: `API_KEY=${SECRET}`,
        space_variables: "MODEL=gpt2\nMODE=a=b",
      });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`::add-mask::${SECRET}`);
      expect(shown(run)).not.toContain(SECRET);
      const variables = await getJson<Record<string, { value: string }>>(
        `${hub.url}/api/spaces/alice/My_Demo.app/variables`,
      );
      expect(Object.fromEntries(Object.entries(variables.body).map(([key, entry]) => [key, entry.value]))).toEqual({
        MODEL: "gpt2",
        MODE: "a=b",
      });
      await app("demo", GRADIO_APP);
      const deploy = await action({
        operation: "upload-folder",
        repo_id: "alice/My_Demo.app",
        path: "demo",
        wait: "true",
      });
      expect(deploy.exitCode).toBe(0);
      expect(deploy.outputs.stage).toBe("RUNNING");
      expect(deploy.outputs.space_url).toBe("https://alice-my-demo-app.hf.space");
      expect(deploy.summary).toContain("https://alice-my-demo-app.hf.space");
      const runtime = await getJson<{ sha: string }>(`${hub.url}/api/spaces/alice/My_Demo.app/runtime`);
      expect(runtime.body.sha).toBe(deploy.outputs.commit_sha);
    });

    it("sets and deletes secrets, masked at once and never shown, also with RUNNER_DEBUG", async () => {
      const id = await newSpace();
      const run = await action(
        {
          operation: "space-secrets",
          repo_id: id,
          secrets: `TOKEN=${SECRET}\nDSN=postgres://u:p@h/db?x=1`,
          delete_secrets: "OLD",
        },
        { RUNNER_DEBUG: "1" },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toEqual({ set: '["TOKEN","DSN"]', deleted: '["OLD"]' });
      const mask = run.stdout.indexOf(`::add-mask::${SECRET}`);
      expect(mask).toBeGreaterThanOrEqual(0);
      expect(mask).toBeLessThan(run.stdout.indexOf("Space secrets:"));
      expect(shown(run)).not.toContain(SECRET);
      expect(shown(run)).not.toContain("postgres://u:p@h/db");
      const listed = await getJson<Record<string, unknown>>(`${hub.url}/api/spaces/${id}/secrets`);
      expect(Object.keys(listed.body).sort()).toEqual(["DSN", "TOKEN"]);
      expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    });

    it.each([
      [`GOOD=1\n${SECRET}`, 'Input "secrets": line 2 has no "="'],
      [`1BAD=${SECRET}`, 'Input "secrets": line 1 has "1BAD"'],
      [`GOOD=1\n\nbad-name=${SECRET}`, 'Input "secrets": line 3 has "bad-name"'],
    ])("refuses a malformed secrets line by its number and name, never its value (%#)", async (secrets, message) => {
      const id = await newSpace();
      const before = await hubSnapshot(hub.url);
      const run = await action({ operation: "space-secrets", repo_id: id, secrets });
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toContain(message);
      expect(shown(run)).not.toContain(SECRET);
      expect(await hubSnapshot(hub.url)).toEqual(before);
    });

    it("sets and deletes variables, and outputs the Space's variables afterwards", async () => {
      const id = await newSpace();
      await action({ operation: "space-variables", repo_id: id, variables: "A=1\nB=2" });
      const run = await action({
        operation: "space-variables",
        repo_id: id,
        variables: "C=x=y",
        delete_variables: "A",
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toEqual({ set: '["C"]', deleted: '["A"]', variables: JSON.stringify({ B: "2", C: "x=y" }) });
    });

    it("requests hardware from the Hub's list with a sleep time, and refuses a flavor not on it", async () => {
      const id = await newSpace();
      const before = await hubSnapshot(hub.url);
      const unknown = await action({ operation: "space-hardware", repo_id: id, hardware: "h100-x99" });
      expect(unknown.exitCode).toBe(1);
      expect(errorLine(unknown)).toMatch(
        /^Input "hardware": "h100-x99" is not a flavor the Hub offers\. Use one of .*cpu-basic/,
      );
      expect(await hubSnapshot(hub.url)).toEqual(before);
      const run = await action({ operation: "space-hardware", repo_id: id, hardware: "t4-small", sleep_time: "3600" });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.hardware).toBe("t4-small");
    });

    it("refuses a sleep time on free hardware, naming the input, with nothing changed", async () => {
      const id = await newSpace();
      const run = await action({ operation: "space-hardware", repo_id: id, sleep_time: "600" });
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toMatch(/^Input "sleep_time": cannot be set on free cpu-basic hardware/);
      const onCreate = await action({
        operation: "create-repo",
        repo_id: "alice/free-sleeper",
        space_sdk: "gradio",
        space_sleep_time: "60",
      });
      expect(errorLine(onCreate)).toMatch(/^Input "space_sleep_time": cannot be set on free cpu-basic/);
      expect((await getJson(`${hub.url}/api/spaces/alice/free-sleeper`)).status).toBe(404);
    });

    it("waits for a Space to come up and says where", async () => {
      const id = await newSpace();
      await app("up", GRADIO_APP);
      await action({ operation: "upload-folder", repo_id: id, path: "up" });
      const run = await action({ operation: "space-runtime", repo_id: id, wait: "true" });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.stage).toBe("RUNNING");
      expect(run.outputs.hardware).toBe("cpu-basic");
      expect(run.outputs.space_url).toBe(`https://${id.replace("/", "-")}.hf.space`);
      expect(JSON.parse(run.outputs.runtime)).toMatchObject({ stage: "RUNNING" });
      expect(run.jsonFile).toBe(run.outputs.runtime);
    });

    it.each([
      [
        "BUILD_ERROR",
        { ...GRADIO_APP, "requirements.txt": "gradio\nnot a = valid requirement\n" },
        /not a = valid requirement/,
      ],
      ["NO_APP_FILE", { "README.md": "---\nsdk: gradio\napp_file: main.py\n---\n" }, /./],
      ["CONFIG_ERROR", { "README.md": "---\nsdk: flask\n---\n", "app.py": "x" }, /./],
    ])(
      "fails on %s, naming the stage, with the build log in the log and the summary",
      async (stage, files, logLine) => {
        const id = await newSpace();
        await app("broken", files);
        const run = await action({ operation: "upload-folder", repo_id: id, path: "broken", wait: "true" });
        expect(run.exitCode).toBe(1);
        expect(errorLine(run)).toContain(`upload-file on ${id} failed: the Space stopped at ${stage}`);
        if (stage === "BUILD_ERROR") {
          expect(run.stdout).toMatch(logLine);
          expect(run.summary).toMatch(logLine);
        }
        expect(run.summary).toContain(`stopped at ${stage}`);
      },
    );

    it("fails on RUNTIME_ERROR with the run log's last lines", async () => {
      const id = await newSpace();
      await app("crash", GRADIO_APP);
      expect((await action({ operation: "upload-folder", repo_id: id, path: "crash", wait: "true" })).exitCode).toBe(0);
      await fetch(`${hub.url}/__admin/space-stage`, {
        method: "POST",
        body: JSON.stringify({
          repo: id,
          stage: "RUNTIME_ERROR",
          errorMessage: "exit code 1",
          runLog: ["Traceback (most recent call last):", "ZeroDivisionError: division by zero"],
        }),
      });
      const run = await action({ operation: "space-runtime", repo_id: id, wait: "true" });
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toContain("the Space stopped at RUNTIME_ERROR: exit code 1");
      expect(run.stdout).toContain("ZeroDivisionError: division by zero");
      expect(run.summary).toContain("ZeroDivisionError: division by zero");
    });

    it("gives up after wait_timeout, naming the input", async () => {
      const slow = await startEmulator({ port: 0, spaceBuildMs: 60_000 });
      try {
        const id = "alice/slow";
        const env = { INPUT_ENDPOINT: slow.url };
        await runAction(
          {
            token: ALICE,
            endpoint: slow.url,
            repo_type: "space",
            operation: "create-repo",
            repo_id: id,
            space_sdk: "gradio",
          },
          { cwd: workspace, env },
        );
        await app("slow", GRADIO_APP);
        const run = await runAction(
          {
            token: ALICE,
            endpoint: slow.url,
            repo_type: "space",
            operation: "upload-folder",
            repo_id: id,
            path: "slow",
            wait: "true",
            wait_timeout: "2",
          },
          { cwd: workspace },
        );
        expect(run.exitCode).toBe(1);
        expect(errorLine(run)).toMatch(
          /^Input "wait_timeout": alice\/slow was still (RUNNING_)?BUILDING after 2 s\. Raise wait_timeout/,
        );
      } finally {
        await slow.close();
      }
    });

    it("pauses and restarts a Space", async () => {
      const id = await newSpace();
      const paused = await action({ operation: "pause-space", repo_id: id });
      expect(paused.outputs).toEqual({ stage: "PAUSED" });
      const restarted = await action({ operation: "restart-space", repo_id: id, factory_reboot: "true" });
      expect(restarted.exitCode).toBe(0);
      expect(["BUILDING", "NO_APP_FILE", "CONFIG_ERROR"]).toContain(restarted.outputs.stage);
    });

    it("duplicates a template Space for a preview, with its own secrets, and leaves an existing one alone", async () => {
      const template = await newSpace();
      await app("template", GRADIO_APP);
      await action({ operation: "upload-folder", repo_id: template, path: "template" });
      const preview = `${template}-pr-7`;
      const run = await action({
        operation: "duplicate-repo",
        from_repo_id: template,
        repo_id: preview,
        private: "true",
        space_secrets: `KEY=${SECRET}`,
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toEqual({ url: `${hub.url}/spaces/${preview}`, created: "true" });
      expect(shown(run)).not.toContain(SECRET);
      const again = await action({ operation: "duplicate-repo", from_repo_id: template, repo_id: preview });
      expect(again.outputs.created).toBe("false");
      const waited = await action({ operation: "space-runtime", repo_id: preview, wait: "true" });
      expect(waited.outputs.stage).toBe("RUNNING");
    });

    it.each([
      [
        { operation: "space-runtime", repo_type: "model", repo_id: "alice/m" },
        'Input "repo_type": space-runtime works on Spaces; repo_type is model',
      ],
      [
        { operation: "space-runtime", repo_id: "alice/x", wait: "true", wait_timeout: "0" },
        'Input "wait_timeout": 0 is out of range',
      ],
      [
        { operation: "space-runtime", repo_id: "alice/x", wait: "true", wait_timeout: "soon" },
        'Input "wait_timeout": "soon" is not a number of seconds',
      ],
      [
        { operation: "upload-file", repo_type: "model", repo_id: "alice/x", path: "x", wait: "true" },
        'Input "wait": waits for a Space',
      ],
      [
        { operation: "space-variables", repo_id: "alice/x", variables: "no_equals" },
        'Input "variables": line 1 has no "="',
      ],
    ])("refuses bad input %j with a clear error", async (inputs, message) => {
      const run = await action(inputs as Record<string, string>);
      expect(run.exitCode).toBe(1);
      expect(errorLine(run)).toContain(message);
    });
  });
}
