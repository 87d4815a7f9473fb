import { classifyCommitFailure } from "../hub/commit";
import { type HubConnection, causeOf, isHubError } from "../hub/connection";
import { DEFAULT_RETRY_POLICY, type RetryDecision, type RetryOptions } from "../hub/retry";

// Parallel writers to one branch each plan again on a conflict; a few rounds let all of them land.
const MAX_COMMIT_ATTEMPTS = 6;

/** How commits to `revision` are retried and planned again, logged through the connection's retry notices. */
export function commitRetries(
  connection: HubConnection,
  revision: string,
  classify: (error: unknown) => RetryDecision = classifyCommitFailure,
): RetryOptions {
  return {
    policy: { ...(connection.retry ?? DEFAULT_RETRY_POLICY), maxAttempts: MAX_COMMIT_ATTEMPTS },
    classify,
    onRetry: ({ attempt, waitMs, error, decision }) =>
      connection.onRetry?.({
        method: "POST",
        url: `commit to ${revision}`,
        attempt,
        waitMs,
        cause:
          decision === "replan" && isHubError(error, 412)
            ? "the branch moved since the commit was planned; planning again"
            : causeOf(error as Error),
      }),
  };
}
