import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist", "index.js");

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the file named by the json_file output held, read before RUNNER_TEMP is removed. */
  jsonFile?: string;
  /** Variables exported to the job's later steps (GITHUB_ENV). */
  exported: Record<string, string>;
  /** State saved for the post step (GITHUB_STATE); pass it back as STATE_<name> variables to run the post step. */
  state: Record<string, string>;
}

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
}

let manifest: ActionManifest | undefined;

async function actionDefaults(): Promise<Record<string, string>> {
  manifest ??= parse(await readFile(path.join(ROOT, "action.yml"), "utf8")) as ActionManifest;
  return Object.fromEntries(Object.entries(manifest.inputs).map(([name, input]) => [name, input.default ?? ""]));
}

/** Starts the action with this environment in this folder, and says how it ended. */
export type ActionLauncher = (
  env: Record<string, string>,
  cwd: string,
) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
}

/**
 * Runs the action the way the runner does: every input as INPUT_<NAME> (with action.yml's defaults),
 * outputs and the job summary through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
export async function runLikeRunner(
  inputs: Record<string, string>,
  options: RunOptions,
  launch: ActionLauncher,
): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "action-run-"));
  const [outputFile, summaryFile, envFile, stateFile] = ["output", "summary", "env", "state"].map((name) =>
    path.join(dir, name),
  );
  for (const file of [outputFile, summaryFile, envFile, stateFile]) await writeFile(file, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_STATE: stateFile,
    GITHUB_WORKSPACE: options.cwd ?? dir,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...(await actionDefaults()), ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  try {
    const { exitCode, stdout, stderr } = await launch(env, options.cwd ?? dir);
    const outputs = parseOutputFile(await readFile(outputFile, "utf8"));
    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      summary: await readFile(summaryFile, "utf8"),
      jsonFile: outputs.json_file ? await readFile(outputs.json_file, "utf8") : undefined,
      exported: parseOutputFile(await readFile(envFile, "utf8")),
      state: parseOutputFile(await readFile(stateFile, "utf8")),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs dist/index.js in a child process, as the runner does. */
export function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runLikeRunner(inputs, options, (env, cwd) => spawnNode(BUNDLE, env, cwd));
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** Reads the `name<<DELIMITER ... DELIMITER` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(os.EOL);
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]);
    outputs[name] = value.join(os.EOL);
  }
  return outputs;
}

/** The `::error::` line the action printed, decoded the way the runner shows it. */
export function errorLine(run: ActionRun): string {
  const line = run.stdout.split("\n").find((candidate) => candidate.startsWith("::error::")) ?? "";
  return line.slice("::error::".length).replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
}
