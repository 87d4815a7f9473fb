import { type CommitHeader, type CommitOperation, type CommitResult, createCommit } from "./commit";
import { type HubConnection, causeOf, isHubError } from "./connection";
import { HubUnreachableError } from "./errors";
import type { RepoRef } from "./repo-ref";
import { DEFAULT_RETRY_POLICY, backoffMs, isRetryableStatus, sleep } from "./retry";

// Parallel writers to one branch each re-plan on a conflict; a few rounds let all of them land.
export const MAX_COMMIT_ATTEMPTS = 6;

/** A commit attempt whose outcome is unknown: nothing answered, or the Hub failed on its side. */
export function isLostAnswer(error: unknown): boolean {
  if (error instanceof HubUnreachableError) return true;
  return isHubError(error) && error.status !== 429 && isRetryableStatus(error.status, error.serverMessage);
}

/** Logs why a commit is planned again, then waits with backoff before the next attempt. */
export async function waitBeforeReplanning(
  connection: HubConnection,
  revision: string,
  attempt: number,
  error: unknown,
  conflict: boolean,
): Promise<void> {
  const waitMs = backoffMs(attempt, connection.retry ?? DEFAULT_RETRY_POLICY);
  connection.onRetry?.({
    method: "POST",
    url: `commit to ${revision}`,
    attempt,
    waitMs,
    cause: conflict ? "the branch moved since the commit was planned; planning again" : causeOf(error as Error),
  });
  await sleep(waitMs);
}

/**
 * Sends the commit, and when a rate limit or quota (429) refuses it, waits as the Hub asks and sends it
 * again: a 429 means it was not applied, so nothing needs planning again. A limit that frees up later
 * than max_retry_wait fails at once, with the Hub's words.
 */
export async function commitRespectingLimits(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  header: CommitHeader,
  operations: CommitOperation[],
  createPr = false,
): Promise<CommitResult> {
  const policy = connection.retry ?? DEFAULT_RETRY_POLICY;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await createCommit(connection, ref, revision, header, operations, createPr);
    } catch (error) {
      if (!isHubError(error, 429) || attempt >= policy.maxAttempts) throw error;
      const waitMs = error.waitHint ? error.waitHint.seconds * 1000 : backoffMs(attempt, policy);
      if (waitedMs + waitMs > policy.maxRetryWaitMs) throw error;
      connection.onRetry?.({ method: "POST", url: `commit to ${revision}`, attempt, waitMs, cause: causeOf(error) });
      await sleep(waitMs);
      waitedMs += waitMs;
    }
  }
}
