/**
 * The parts of @actions/core this action uses, from the toolkit's own command modules. Its entry module also
 * loads the OIDC client (undici) and @actions/exec at start-up, about 7 MB and 50 ms per run that only
 * keyless auth needs: that one loads @actions/core itself, when it is called.
 */
import os from "node:os";
import { issueCommand } from "@actions/core/lib/command";
import { issueFileCommand, prepareKeyValueMessage } from "@actions/core/lib/file-command";
import { summary } from "@actions/core/lib/summary";
import { toCommandValue } from "@actions/core/lib/utils";

export { summary };

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}

/** A variable for the job's later steps, and for this process. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (process.env.GITHUB_ENV) return issueFileCommand("ENV", prepareKeyValueMessage(name, value));
  issueCommand("set-env", { name }, value);
}

export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

/** State for this action's post step, which reads it back with getState. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  issueCommand("save-state", { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || "";
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function warning(message: string): void {
  issueCommand("warning", {}, message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand("error", {}, message);
}

export function startGroup(title: string): void {
  issueCommand("group", {}, title);
}

export function endGroup(): void {
  issueCommand("endgroup", {}, "");
}

/** The job's OIDC token for `audience` (keyless auth); loads the toolkit's HTTP client only now. */
export async function getIDToken(audience: string): Promise<string> {
  const core = await import("@actions/core");
  return core.getIDToken(audience);
}
