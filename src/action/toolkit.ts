/**
 * The parts of @actions/core this action uses, from the toolkit's own command modules. Its entry module also
 * loads its HTTP client (undici) and @actions/exec: a bundle four times the size, about 7 MB and 20-50 ms more per
 * run, for the one OIDC token request that keyless auth makes, which goes through our HTTP layer instead.
 */
import os from "node:os";
import { issueCommand } from "@actions/core/lib/command";
import { issueFileCommand, prepareKeyValueMessage } from "@actions/core/lib/file-command";
import { summary } from "@actions/core/lib/summary";
import { toCommandValue } from "@actions/core/lib/utils";
import { type HubConnection, hubRequest } from "../hub/connection";

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

/** The job's OIDC token for `audience` (keyless auth), asked of the runner as @actions/core's getIDToken does. */
export async function getIDToken(audience: string): Promise<string> {
  const base = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base || !bearer) {
    throw new Error("the job may not mint an OIDC token: grant it `permissions: id-token: write`, or pass a token");
  }
  const url = `${base}&audience=${encodeURIComponent(audience)}`;
  const runner: HubConnection = { endpoint: new URL(url).origin, userAgent: "actions/oidc-client" };
  const response = await hubRequest(runner, {
    url,
    headers: { Authorization: `Bearer ${bearer}`, Accept: "application/json" },
  });
  const value = response.json<{ value?: unknown }>().value;
  if (typeof value !== "string" || !value) throw new Error("the runner's OIDC token service answered without a token");
  setSecret(value);
  return value;
}
