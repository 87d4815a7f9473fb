import * as core from "./toolkit";
// Only the context: the package root would also bundle Octokit, which this action never calls.
import { Context } from "@actions/github/lib/context";
import type { HubConnection } from "../hub/connection";
import { ReportedFailure } from "../operations/errors";
import type { InputReader } from "../operations/inputs/values";
import type { Reporter, SourceInfo } from "../operations/operation";
import { type OperationRequest, needsToken, requestRepos, requestSecrets, runOperation } from "../operations/registry";
import { USER_AGENT } from "../version";
import { describeFailure } from "./failure";
import { writeJsonOutput } from "./json-output";
import { keylessToken } from "./keyless";
import { isPostStep, prepareJobEnd, runPostStep } from "./post";
import { parseSettings, readToken } from "./settings";
import { writeFailureSummary, writeSummary } from "./summary";

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
  if (isPostStep()) return runPostStep().catch((error: unknown) => core.warning(String(error)));
  prepareJobEnd();
  // Every credential this run handles: masked in the log at once, and cut out of any failure message.
  const secrets: string[] = [];
  const keepSecret = (value: string): void => {
    core.setSecret(value);
    secrets.push(value);
  };
  const token = readToken(readInput, process.env);
  if (token) keepSecret(token);
  let request: OperationRequest | undefined;
  try {
    const settings = parseSettings(readInput, process.env, workflowSource());
    request = settings.request;
    for (const secret of requestSecrets(request)) keepSecret(secret);
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
    if (!connection.token && needsToken(request)) {
      const keyless = await keylessToken(connection, requestRepos(request)[0], keepSecret);
      connection.token = keyless.token;
      connection.tokenExpiresAt = keyless.expiresAt;
    }
    const result = await runOperation({ connection, reporter }, request);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value ?? "");
    for (const [name, value] of Object.entries(result.secretEnvironment ?? {})) {
      if (value) keepSecret(value);
      core.exportVariable(name, value);
    }
    if (result.removeAtJobEnd) prepareJobEnd(result.removeAtJobEnd);
    if (result.json) {
      const json = await writeJsonOutput(request.operation, result.json.value);
      core.setOutput(result.json.output, json.inline);
      core.setOutput("json_file", json.file);
      if (json.tooLarge)
        core.warning(`The ${result.json.output} output is too large for a step output: read ${json.file}`);
    }
    await writeSummary(request.operation, result);
  } catch (error) {
    const redact = (text: string): string => secrets.reduce((out, secret) => out.split(secret).join("***"), text);
    if (error instanceof ReportedFailure && request) {
      const report = { headline: redact(error.report.headline), lines: error.report.lines.map(redact) };
      await writeFailureSummary(request.operation, report).catch(() => undefined);
    }
    core.setFailed(redact(describeFailure(error, request)));
  }
}
