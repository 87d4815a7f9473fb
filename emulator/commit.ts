/** The commit endpoint's payload: NDJSON (or the legacy JSON form) parsed into validated operations. */
import type { IncomingMessage } from "node:http";
import { HubError, badRequest, unprocessable } from "./errors";
import { isSha256Hex } from "./gitobjects";
import { assertIntactBody } from "./http";
import { normalizeRepoPath } from "./paths";

export interface CommitHeader {
  summary: string;
  description: string;
  parentCommit?: string;
}

export type CommitOperation =
  | { kind: "file"; path: string; content?: Buffer; oldPath?: string }
  | { kind: "lfsFile"; path: string; oid?: string; size?: number; oldPath?: string }
  | { kind: "deletedFile"; path: string }
  | { kind: "deletedFolder"; path: string };

export interface CommitPayload {
  header: CommitHeader;
  operations: CommitOperation[];
}

/** Bodies above this are refused; regular files are capped at 10 MiB each anyway. */
const MAX_COMMIT_BODY = 4 * 1024 * 1024 * 1024;

/** Parses line by line as the body streams in, so the raw body never sits in memory whole. */
export async function readCommitPayload(req: IncomingMessage): Promise<CommitPayload> {
  const lines: unknown[] = [];
  let pending: Buffer[] = [];
  let total = 0;
  const flush = (buffer: Buffer): void => {
    const text = buffer.toString("utf8").trim();
    if (text === "") return;
    try {
      lines.push(JSON.parse(text));
    } catch {
      throw badRequest(`Invalid NDJSON line ${lines.length + 1}: not valid JSON`);
    }
  };
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_COMMIT_BODY) throw new HubError(413, "Commit payload is too large");
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, nl));
      flush(Buffer.concat(pending));
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  await assertIntactBody(req);
  flush(Buffer.concat(pending));
  const first = lines[0];
  const isLegacyJson = lines.length === 1 && typeof first === "object" && first !== null && !("key" in first);
  return isLegacyJson ? fromLegacyJson(lines[0]) : fromNdjson(lines);
}

function fromNdjson(lines: unknown[]): CommitPayload {
  let header: CommitHeader | undefined;
  const operations: CommitOperation[] = [];
  for (const line of lines) {
    if (typeof line !== "object" || line === null) throw badRequest("Each NDJSON line must be an object");
    const { key, value } = line as { key?: unknown; value?: unknown };
    if (typeof value !== "object" || value === null) throw unprocessable(`Missing "value" for key "${String(key)}"`);
    const v = value as Record<string, unknown>;
    if (key === "header") header = parseHeader(v);
    else if (key === "file") operations.push(parseFile(v));
    else if (key === "lfsFile") operations.push(parseLfsFile(v));
    else if (key === "deletedFile") operations.push({ kind: "deletedFile", path: normalizeRepoPath(v.path) });
    else if (key === "deletedFolder") operations.push({ kind: "deletedFolder", path: normalizeRepoPath(v.path, true) });
    else throw unprocessable(`Unknown key "${String(key)}"`);
  }
  if (!header) throw badRequest("Missing header line in the commit payload");
  return { header, operations };
}

/** `{summary, description, parentCommit, files, lfsFiles, deletedFiles}`: the JSON form older clients send. */
function fromLegacyJson(body: unknown): CommitPayload {
  const b = body as Record<string, unknown>;
  const list = (name: string): Record<string, unknown>[] => (Array.isArray(b[name]) ? b[name] : []) as never;
  return {
    header: parseHeader(b),
    operations: [
      ...list("files").map(parseFile),
      ...list("lfsFiles").map(parseLfsFile),
      ...list("deletedFiles").map((v) => ({ kind: "deletedFile" as const, path: normalizeRepoPath(v.path) })),
      ...list("deletedFolders").map((v) => ({ kind: "deletedFolder" as const, path: normalizeRepoPath(v.path, true) })),
    ],
  };
}

function parseHeader(v: Record<string, unknown>): CommitHeader {
  const summary = typeof v.summary === "string" ? v.summary.trim() : "";
  if (summary === "") throw unprocessable('The commit "summary" is required');
  const description = typeof v.description === "string" ? v.description : "";
  const parentCommit = typeof v.parentCommit === "string" && v.parentCommit !== "" ? v.parentCommit : undefined;
  return { summary, description, parentCommit };
}

function parseFile(v: Record<string, unknown>): CommitOperation {
  const path = normalizeRepoPath(v.path);
  const oldPath = v.oldPath === undefined ? undefined : normalizeRepoPath(v.oldPath);
  if (v.content === undefined && oldPath) return { kind: "file", path, oldPath };
  if (typeof v.content !== "string") throw unprocessable(`Missing "content" for file "${path}"`);
  const encoding = v.encoding ?? "utf-8";
  if (encoding !== "base64" && encoding !== "utf-8") throw unprocessable(`Invalid encoding "${String(encoding)}"`);
  const content = Buffer.from(v.content, encoding === "base64" ? "base64" : "utf8");
  return { kind: "file", path, content, oldPath };
}

function parseLfsFile(v: Record<string, unknown>): CommitOperation {
  const path = normalizeRepoPath(v.path);
  const oldPath = v.oldPath === undefined ? undefined : normalizeRepoPath(v.oldPath);
  if (v.oid === undefined && oldPath) return { kind: "lfsFile", path, oldPath };
  if (v.algo !== undefined && v.algo !== "sha256") throw unprocessable(`Unsupported algo "${String(v.algo)}"`);
  if (!isSha256Hex(v.oid)) throw unprocessable(`Invalid oid for "${path}": expected 64 hex characters`);
  if (v.size !== undefined && (typeof v.size !== "number" || !Number.isSafeInteger(v.size) || v.size < 0)) {
    throw unprocessable(`Invalid size for "${path}"`);
  }
  return { kind: "lfsFile", path, oid: v.oid, size: v.size as number | undefined };
}
