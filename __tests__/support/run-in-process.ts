import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { parse } from "yaml";
import { type ActionRun, parseOutputFile } from "../../scripts/run-action";
import { run } from "../../src/action/run";

export { type ActionRun, errorLine } from "../../scripts/run-action";

const ROOT = path.resolve(__dirname, "..", "..");

let defaults: Record<string, string> | undefined;

async function actionDefaults(): Promise<Record<string, string>> {
  if (!defaults) {
    const manifest = parse(await readFile(path.join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { default?: string }>;
    };
    defaults = Object.fromEntries(Object.entries(manifest.inputs).map(([name, input]) => [name, input.default ?? ""]));
  }
  return defaults;
}

let running = false;

/**
 * Runs the action's `run()` in this process, the way runAction runs dist/index.js: same inputs (with action.yml's
 * defaults), same runner environment and nothing else, same result. It swaps process-wide state (env, cwd,
 * stdout, stderr, exitCode) for the run's duration, so runs must not overlap: use runAction for concurrent runs.
 */
export async function runInProcess(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<ActionRun> {
  if (running) throw new Error("runInProcess runs one action at a time; use runAction for concurrent runs");
  running = true;
  const dir = await mkdtemp(path.join(os.tmpdir(), "action-run-"));
  try {
    const outputFile = path.join(dir, "output");
    const summaryFile = path.join(dir, "summary");
    await writeFile(outputFile, "");
    await writeFile(summaryFile, "");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: options.cwd ?? dir,
      RUNNER_TEMP: dir,
      ...options.env,
    };
    for (const [name, value] of Object.entries({ ...(await actionDefaults()), ...inputs })) {
      env[`INPUT_${name.toUpperCase()}`] = value;
    }
    const { exitCode, stdout, stderr } = await inProcess(env, options.cwd ?? dir);
    const outputs = parseOutputFile(await readFile(outputFile, "utf8"));
    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      summary: await readFile(summaryFile, "utf8"),
      jsonFile: outputs.json_file ? await readFile(outputs.json_file, "utf8") : undefined,
    };
  } finally {
    running = false;
    await rm(dir, { recursive: true, force: true });
  }
}

async function inProcess(
  env: Record<string, string>,
  cwd: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const saved = { env: { ...process.env }, cwd: process.cwd(), exitCode: process.exitCode };
  const stdout: string[] = [];
  const stderr: string[] = [];
  replaceEnv(env);
  process.chdir(cwd);
  process.exitCode = undefined;
  // @actions/core's summary is a singleton that caches the first GITHUB_STEP_SUMMARY it saw and may hold a buffer.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  const restoreStdout = capture(process.stdout, stdout);
  const restoreStderr = capture(process.stderr, stderr);
  try {
    await run();
  } catch (error) {
    // The bundle's `void run()` would die of the unhandled rejection: exit 1 with the stack on stderr.
    stderr.push(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    restoreStderr();
    restoreStdout();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = saved.exitCode;
  process.chdir(saved.cwd);
  replaceEnv(saved.env);
  return { exitCode, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** Makes process.env hold exactly `env`: nothing from the outer environment (HF_TOKEN, HF_ENDPOINT...) leaks in. */
function replaceEnv(env: Record<string, string | undefined>): void {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env);
}

/** Collects what is written to a stream instead of printing it; returns the function that undoes it. */
function capture(stream: NodeJS.WriteStream, sink: string[]): () => void {
  const write = stream.write;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof stream.write;
  return () => {
    stream.write = write;
  };
}
