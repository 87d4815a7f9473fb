import { type HubConnection, hubRequest, isHubError, onEndpoint } from "./connection";
import type { StreamedBody } from "./http";
import { HubUnreachableError } from "./errors";
import { ContentReader } from "./file-content";
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
  onProgress?: (sent: number, total: number) => void,
): Promise<CommitResult> {
  const body = commitBody(commit.header, commit.operations);
  let sent = 0;
  onProgress?.(sent, body.length);
  const response = await hubRequest(connection, {
    method: "POST",
    url: `${repoApiPath(repo)}/commit/${encodeURIComponent(commit.revision)}${commit.createPr ? "?create_pr=1" : ""}`,
    headers: { "Content-Type": "application/x-ndjson" },
    body,
    retry: false,
    onBodyBytes: (bytes) => onProgress?.((sent += bytes), body.length),
  });
  const answer = response.json<{ commitOid: string; commitUrl: string; pullRequestUrl?: string }>();
  return {
    sha: answer.commitOid,
    url: onEndpoint(connection, answer.commitUrl),
    pullRequestUrl: answer.pullRequestUrl && onEndpoint(connection, answer.pullRequestUrl),
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
 * The NDJSON body with its exact length computed up front (the Hub's clients send a Content-Length, never a
 * chunked body), streamed: regular files are read one at a time as the socket takes the body, in batches.
 * The body is plain ASCII (JSON escapes anything else), so it goes to the socket without UTF-8 encoding.
 */
function commitBody(header: CommitHeader, operations: CommitOperation[]): StreamedBody {
  const length = operations.reduce(
    (sum, operation) => sum + lineLength(operation),
    line({ key: "header", value: header }).length,
  );
  return { length, parts: () => commitParts(header, operations), encoding: "latin1" };
}

// Lines go to the socket in parts of up to this size: fewer writes and waits for drain than one per line, yet
// small enough for V8's young generation (strings over ~128 KiB are allocated where only a full GC frees them,
// which let 2,000 small files' body push peak memory past 100 MB).
const WRITE_BATCH_CHARS = 120 * 1024;

async function* commitParts(header: CommitHeader, operations: CommitOperation[]): AsyncGenerator<string> {
  const reader = new ContentReader();
  let batch = line({ key: "header", value: header });
  for (const operation of operations) {
    const next =
      operation.kind === "regularFile"
        ? fileLine(operation.pathInRepo, reader.read(operation.localPath, operation.size))
        : line(lineValue(operation));
    if (batch.length > 0 && batch.length + next.length > WRITE_BATCH_CHARS) {
      yield batch;
      batch = "";
    }
    batch += next;
  }
  if (batch) yield batch;
}

// Base64 needs no JSON escaping, so a file's line is its path's JSON around the content, without re-scanning it.
function fileLine(pathInRepo: string, content: Buffer): string {
  return `{"key":"file","value":{"path":${asciiJson(pathInRepo)},"content":"${content.toString("base64")}","encoding":"base64"}}\n`;
}

function lineLength(operation: CommitOperation): number {
  if (operation.kind !== "regularFile") return line(lineValue(operation)).length;
  return fileLine(operation.pathInRepo, Buffer.alloc(0)).length + 4 * Math.ceil(operation.size / 3);
}

function lineValue(operation: Exclude<CommitOperation, { kind: "regularFile" }>): unknown {
  switch (operation.kind) {
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
  return `${asciiJson(value)}\n`;
}

/** JSON with every non-ASCII character escaped (`\u00e9`): the same value to any JSON reader, one byte a character. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
