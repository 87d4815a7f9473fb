import * as core from "@actions/core";
import { type ActionRun, type RunOptions, runLikeRunner } from "../../scripts/run-action";
import { run } from "../../src/action/run";

export { type ActionRun, errorLine } from "../../scripts/run-action";

let running = false;

/**
 * Runs the action's `run()` in this process, the way runAction runs dist/index.js: same inputs (with action.yml's
 * defaults), same runner environment and nothing else, same result. It swaps process-wide state (env, cwd,
 * stdout, stderr, exitCode) for the run's duration, so runs must not overlap: use runAction for concurrent runs.
 */
export async function runInProcess(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  if (running) throw new Error("runInProcess runs one action at a time; use runAction for concurrent runs");
  running = true;
  try {
    return await runLikeRunner(inputs, options, inProcess);
  } finally {
    running = false;
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
