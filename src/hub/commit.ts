import { readFile } from "node:fs/promises";
import { type HubConnection, hubRequest } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";

/** One change in a commit. Regular files are read from disk only while the commit body is sent. */
export type CommitOperation =
  | { kind: "regularFile"; pathInRepo: string; localPath: string }
  | { kind: "lfsFile"; pathInRepo: string; sha256: string; size: number }
  | { kind: "deleteFile"; pathInRepo: string }
  | { kind: "deleteFolder"; pathInRepo: string };

export interface CommitHeader {
  summary: string;
  description?: string;
  /** The commit the change was prepared against; the Hub answers 412 if the branch moved since. */
  parentCommit?: string;
}

export interface CommitResult {
  sha: string;
  url: string;
  pullRequestUrl?: string;
}

/** Creates one commit on `revision` (or a pull request against it) holding every operation. */
export async function createCommit(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  header: CommitHeader,
  operations: CommitOperation[],
  createPr = false,
): Promise<CommitResult> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: `${repoApiPath(ref)}/commit/${encodeURIComponent(revision)}${createPr ? "?create_pr=1" : ""}`,
    headers: { "Content-Type": "application/x-ndjson" },
    body: commitLines(header, operations),
  });
  const body = (await response.json()) as { commitOid: string; commitUrl: string; pullRequestUrl?: string };
  return { sha: body.commitOid, url: body.commitUrl, pullRequestUrl: body.pullRequestUrl };
}

// Streams the NDJSON body so that only one regular file's content is in memory at a time.
async function* commitLines(header: CommitHeader, operations: CommitOperation[]): AsyncGenerator<Uint8Array> {
  yield line({ key: "header", value: header });
  for (const operation of operations) {
    yield line(await operationLine(operation));
  }
}

async function operationLine(operation: CommitOperation): Promise<unknown> {
  switch (operation.kind) {
    case "regularFile": {
      const content = (await readFile(operation.localPath)).toString("base64");
      return { key: "file", value: { path: operation.pathInRepo, content, encoding: "base64" } };
    }
    case "lfsFile":
      return {
        key: "lfsFile",
        value: { path: operation.pathInRepo, algo: "sha256", oid: operation.sha256, size: operation.size },
      };
    case "deleteFile":
      return { key: "deletedFile", value: { path: operation.pathInRepo } };
    case "deleteFolder":
      return { key: "deletedFolder", value: { path: operation.pathInRepo } };
  }
}

function line(value: unknown): Uint8Array {
  return Buffer.from(`${JSON.stringify(value)}\n`);
}
