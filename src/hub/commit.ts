import { open } from "node:fs/promises";
import { type HubConnection, hubRequest, isHubError, onEndpoint } from "./connection";
import type { StreamedBody } from "./http";
import { HubUnreachableError } from "./errors";
import { type RepoRef, repoApiPath } from "./repo-ref";
import { type RetryDecision, isRetryableStatus } from "./retry";

/** One change in a commit. Regular files are read from disk only while the commit body is sent. */
export type CommitOperation =
  | { kind: "regularFile"; pathInRepo: string; localPath: string; size: number }
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
    body: commitBody(commit.header, commit.operations),
    retry: false,
  });
  const body = response.json<{ commitOid: string; commitUrl: string; pullRequestUrl?: string }>();
  return {
    sha: body.commitOid,
    url: onEndpoint(connection, body.commitUrl),
    pullRequestUrl: body.pullRequestUrl && onEndpoint(connection, body.pullRequestUrl),
  };
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

/**
 * The NDJSON body, streamed so that only one regular file's content is in memory at a time, with its exact
 * length computed up front (the Hub's clients send a Content-Length, never a chunked body).
 */
function commitBody(header: CommitHeader, operations: CommitOperation[]): StreamedBody {
  const length = operations.reduce(
    (sum, operation) => sum + Buffer.byteLength(line(lineValue(operation, ""))) + base64Length(operation),
    Buffer.byteLength(line({ key: "header", value: header })),
  );
  return { length, parts: () => commitLines(header, operations) };
}

async function* commitLines(header: CommitHeader, operations: CommitOperation[]): AsyncGenerator<string> {
  const reader = new ReusableFileReader();
  yield line({ key: "header", value: header });
  for (const operation of operations) {
    const content =
      operation.kind === "regularFile"
        ? (await reader.read(operation.localPath, operation.size)).toString("base64")
        : "";
    yield line(lineValue(operation, content));
  }
}

function base64Length(operation: CommitOperation): number {
  return operation.kind === "regularFile" ? 4 * Math.ceil(operation.size / 3) : 0;
}

/** One operation's line; a regular file's base64 `content` is passed in (its length is known from its size). */
function lineValue(operation: CommitOperation, content: string): unknown {
  switch (operation.kind) {
    case "regularFile":
      return { key: "file", value: { path: operation.pathInRepo, content, encoding: "base64" } };
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

  /** The file's content, which must still be `size` bytes long: the body's length was computed from it. */
  async read(path: string, size: number): Promise<Buffer> {
    const handle = await open(path, "r");
    try {
      const now = (await handle.stat()).size;
      if (now !== size)
        throw new Error(`${path} changed while it was uploaded (${size} bytes, now ${now}): run the step again`);
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
