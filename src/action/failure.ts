import { HubError, HubUnreachableError } from "../hub/errors";
import { repoId } from "../hub/repo-ref";
import { InputError, OptionError } from "../operations/errors";
import { OPERATIONS, type OperationRequest, requestRepos } from "../operations/registry";

/** One line that says which operation failed on which repo, what the Hub said, and what to do next. */
export function describeFailure(error: unknown, request?: OperationRequest): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof OptionError && request)
    return `Input "${inputFilling(request, error.option)}": ${error.message}`;
  const repo = request && requestRepos(request)[0];
  const subject = request ? `${request.operation}${repo ? ` on ${repoId(repo)}` : ""}` : "The action";
  if (error instanceof HubError) {
    const hint = hintFor(error, request);
    return `${subject} failed: the Hub refused ${error.message}.${hint ? ` ${hint}` : ""}`;
  }
  if (error instanceof HubUnreachableError) {
    return `${subject} failed: ${error.message}, even after retries. Check the endpoint input and the runner's network, or raise timeout / max_retry_wait.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${subject} failed: ${message}`;
}

/** The first input the operation declares for an option: the one a user would change. */
function inputFilling(request: OperationRequest, option: string): string {
  const inputs: Record<string, string> = OPERATIONS[request.operation].inputs;
  return Object.keys(inputs).find((input) => inputs[input] === option) ?? option;
}

function hintFor(error: HubError, request?: OperationRequest): string {
  const revision = request && "revision" in request.options ? request.options.revision : "main";
  if (error.url.endsWith("/oauth/token")) {
    return "Keyless auth was refused: add this workflow as a Trusted Publisher of the repo on the Hub, or pass a token.";
  }
  switch (error.status) {
    case 400:
      return "Fix the request as the Hub's message says.";
    case 401:
      return "The token is invalid or expired: create a new write token at huggingface.co/settings/tokens and store it as a secret.";
    case 403:
      return "The token may not write here: use a write token of the namespace's user or of a member of its org; for a protected branch, set create_pr: true.";
    case 404:
      if (error.errorCode === "RevisionNotFound")
        return `Revision "${revision}" does not exist: check the revision input.`;
      if (error.errorCode === "EntryNotFound") return "That path does not exist at this revision.";
      return "The repo does not exist or this token cannot see it: check repo_id and repo_type, or run create-repo first.";
    case 409:
      return "The Hub reports a conflict: another operation may be in progress; run the step again.";
    case 412:
      return "The branch moved while this run was preparing its commit: run the step again.";
    case 429:
      return error.requestedWaitMs !== undefined
        ? `The Hub's ${error.limit ? `"${error.limit}" ` : ""}limit was reached even after retries: it frees up in ${Math.ceil(error.requestedWaitMs / 1000)} s; wait that long, or raise max_retry_wait so the action waits.`
        : "A Hub rate limit or quota was reached even after retries: wait before running again.";
    default:
      return error.status >= 500
        ? "The Hub kept failing on its side after retries: try again later, and quote the request id if you report it."
        : "";
  }
}
