import * as core from "@actions/core";
// Only the context: the package root would also bundle Octokit, which this action never calls.
import { Context } from "@actions/github/lib/context";
import type { HubConnection } from "../hub/connection";
import { HUB_OIDC_AUDIENCE, exchangeIdToken } from "../hub/oidc";
import { repoId } from "../hub/repo-ref";
import { type OperationRequest, requestRepo, runOperation } from "../operations";
import type { SourceInfo } from "../operations/commit-text";
import { InputError, type Reporter } from "../operations/types";
import { describeFailure } from "./failure";
import { Input } from "./input-names";
import { MISSING_TOKEN_HELP, parseSettings, readToken } from "./parse-inputs";
import type { InputReader } from "./parse-values";
import { writeJsonOutput } from "./json-output";
import { writeSummary } from "./summary";

const USER_AGENT = "hf-hub-action/0.1.0";

const readInput: InputReader = (name) => core.getInput(name);

const reporter: Reporter = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  startGroup: (title) => core.startGroup(title),
  endGroup: () => core.endGroup(),
};

/** The commit and run this workflow step belongs to, for commit messages that lead back to them. */
function workflowSource(): SourceInfo {
  const context = new Context();
  const repository = process.env.GITHUB_REPOSITORY;
  return {
    sha: context.sha || undefined,
    runUrl:
      repository && context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : undefined,
  };
}

/** Every credential this run handled: masked in the log at once, and cut out of any failure message. */
const secrets: string[] = [];

function keepSecret(value: string): void {
  core.setSecret(value);
  secrets.push(value);
}

/** The action's entry: parse inputs, run one operation, publish outputs and summary, or fail with one clear line. */
export async function run(): Promise<void> {
  const token = readToken(readInput, process.env);
  if (token) keepSecret(token);
  let request: OperationRequest | undefined;
  try {
    const settings = parseSettings(readInput, process.env, workflowSource());
    request = settings.request;
    const connection: HubConnection = {
      endpoint: settings.endpoint,
      token: settings.token,
      userAgent: USER_AGENT,
      retry: settings.retry,
      onRetry: (notice) =>
        core.info(
          `Retrying ${notice.method} ${notice.url} in ${(notice.waitMs / 1000).toFixed(1)} s (attempt ${notice.attempt} failed: ${notice.cause})`,
        ),
    };
    connection.token ??= await keylessToken(connection, request);
    const result = await runOperation({ connection, reporter }, request);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.json) {
      const json = await writeJsonOutput(request.operation, result.json.value);
      core.setOutput(result.json.output, json.inline);
      core.setOutput("json_file", json.file);
      if (json.tooLarge)
        core.warning(`The ${result.json.output} output is too large for a step output: read ${json.file}`);
    }
    await writeSummary(request.operation, result);
  } catch (error) {
    core.setFailed(
      secrets.reduce((message, secret) => message.split(secret).join("***"), describeFailure(error, request)),
    );
  }
}

/** With no token given, a job allowed to mint OIDC tokens trades one for a short-lived token for this repo. */
async function keylessToken(connection: HubConnection, request: OperationRequest): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) throw new InputError(Input.Token, MISSING_TOKEN_HELP);
  const repo = requestRepo(request);
  if (!repo || !repo.namespace) {
    throw new InputError(
      Input.Token,
      "keyless auth mints a token for one repo: give repo_id as namespace/name, or pass a token.",
    );
  }
  const idToken = await core.getIDToken(HUB_OIDC_AUDIENCE);
  keepSecret(idToken);
  const token = await exchangeIdToken(connection, idToken, repo);
  keepSecret(token);
  core.info(`Authenticated keylessly: a short-lived token for ${repoId(repo)} (Trusted Publishers)`);
  return token;
}
