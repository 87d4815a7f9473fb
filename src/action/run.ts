import * as core from "@actions/core";
// Only the context: the package root would also bundle Octokit, which this action never calls.
import { Context } from "@actions/github/lib/context";
import type { HubConnection } from "../hub/connection";
import { type OperationRequest, runOperation } from "../operations";
import type { SourceInfo } from "../operations/commit-text";
import type { Reporter } from "../operations/types";
import { describeFailure } from "./failure";
import { parseSettings, readToken } from "./parse-inputs";
import type { InputReader } from "./parse-values";
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

/** The action's entry: parse inputs, run one operation, publish outputs and summary, or fail with one clear line. */
export async function run(): Promise<void> {
  const token = readToken(readInput, process.env);
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  let request: OperationRequest | undefined;
  try {
    const settings = parseSettings(readInput, process.env, workflowSource());
    request = settings.request;
    const connection: HubConnection = { endpoint: settings.endpoint, token: settings.token, userAgent: USER_AGENT };
    const result = await runOperation({ connection, reporter }, request);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    await writeSummary(request.operation, result);
  } catch (error) {
    const message = describeFailure(error, request);
    core.setFailed(token ? message.split(token).join("***") : message);
  }
}
