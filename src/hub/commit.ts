import { open } from "node:fs/promises";
import { type HubConnection, isHubError, hubRequest } from "./connection";
import { HubUnreachableError } from "./errors";
import { type RepoRef, repoApiPath } from "./repo-ref";
import { type RetryDecision, isRetryableStatus } from "./retry";

/** One change in a commit. Regular files are read from disk only while the commit body is sent. */
export type CommitOperation =
  | { kind: "regularFile"; pathInRepo: string; localPath: string }
  | { kind: "lfsFile"; pathInRepo: string; sha256: string; size: number }
  | { kind: "deleteFile"; pathInRepo: string };

export interface CommitHeader {
  summary: string;
  description?: string;
  /** The commit the change was prepared against; the Hub answers 412 if the branch moved since. */
  parentCommit?: string;
}

export interface CommitRequest {
  /** The branch to commit to, or the base of the pull request. */
  revision: string;
  header: CommitHeader;
  operations: CommitOperation[];
  createPr?: boolean;
}

export interface CommitResult {
  sha: string;
  url: string;
  pullRequestUrl?: string;
}

/**
 * Creates one commit holding every operation. Never re-sent by the HTTP layer: whether a failed commit
 * landed is for the caller to find out (see classifyCommitFailure).
 */
export async function createCommit(
  connection: HubConnection,
  repo: RepoRef,
  commit: CommitRequest,
): Promise<CommitResult> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: `${repoApiPath(repo)}/commit/${encodeURIComponent(commit.revision)}${commit.createPr ? "?create_pr=1" : ""}`,
    headers: { "Content-Type": "application/x-ndjson" },
    body: () => commitLines(commit.header, commit.operations),
    retry: false,
  });
  const body = response.json<{ commitOid: string; commitUrl: string; pullRequestUrl?: string }>();
  return { sha: body.commitOid, url: body.commitUrl, pullRequestUrl: body.pullRequestUrl };
}

/**
 * What a failed commit calls for: a 429 was not applied, so the same commit waits and goes again; a moved
 * branch (412) or a lost answer (nothing answered, or 5xx) needs a look at the branch and a new plan.
 */
export function classifyCommitFailure(error: unknown): RetryDecision {
  if (isHubError(error, 429)) return { action: "retry", waitMs: error.requestedWaitMs };
  if (isHubError(error, 412) || isLostAnswer(error)) return { action: "replan" };
  return { action: "fail" };
}

/** A commit attempt whose outcome is unknown: nothing answered, or the Hub failed on its side. */
export function isLostAnswer(error: unknown): boolean {
  if (error instanceof HubUnreachableError) return true;
  return isHubError(error) && error.status !== 429 && isRetryableStatus(error.status, error.serverMessage);
}

// Streams the NDJSON body so that only one regular file's content is in memory at a time.
async function* commitLines(header: CommitHeader, operations: CommitOperation[]): AsyncGenerator<string> {
  const reader = new ReusableFileReader();
  yield line({ key: "header", value: header });
  for (const operation of operations) {
    yield line(await operationLine(operation, reader));
  }
}

async function operationLine(operation: CommitOperation, reader: ReusableFileReader): Promise<unknown> {
  switch (operation.kind) {
    case "regularFile": {
      const content = (await reader.read(operation.localPath)).toString("base64");
      return { key: "file", value: { path: operation.pathInRepo, content, encoding: "base64" } };
    }
    case "lfsFile":
      return {
        key: "lfsFile",
        value: { path: operation.pathInRepo, algo: "sha256", oid: operation.sha256, size: operation.size },
      };
    case "deleteFile":
      return { key: "deletedFile", value: { path: operation.pathInRepo } };
  }
}

function line(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Reads whole files into one buffer that grows as needed, instead of a new allocation per file. */
class ReusableFileReader {
  private buffer = Buffer.alloc(64 * 1024);

  async read(path: string): Promise<Buffer> {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (size > this.buffer.length) this.buffer = Buffer.alloc(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(this.buffer, filled, size - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return this.buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  }
}
