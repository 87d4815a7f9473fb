import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { type CommitHeader, type CommitOperation, type CommitResult, createCommit } from "./commit";
import type { HubConnection } from "./connection";
import { gitBlobSha1, lfsPointer, readSample, sha256OfFile } from "./hashing";
import { createLimiter, lfsBatch, runWithConcurrency, uploadLfsObject } from "./lfs";
import { type PreuploadVerdict, preupload } from "./preupload";
import type { RepoRef } from "./repo-ref";

export interface LocalFile {
  localPath: string;
  pathInRepo: string;
  size: number;
}

export type UploadPhase = "inspect" | "hash" | "upload" | "commit";

export interface UploadProgress {
  phase: UploadPhase;
  bytesDone: number;
  bytesTotal: number;
}

/** What a commit is about to change, for callers that word the commit message from it. */
export interface PlannedChange {
  uploaded: string[];
  deleted: string[];
}

export interface UploadOptions {
  header: CommitHeader | ((change: PlannedChange) => CommitHeader);
  createPr?: boolean;
  /** Paths in the repo to delete in the same commit. */
  deletions?: string[];
  /** LFS objects (or parts of one) in flight at once. */
  concurrency: number;
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadedFile extends LocalFile {
  storage: "regular" | "lfs";
  /** Unchanged files match what the revision already holds, so they are left out of the commit. */
  outcome: "uploaded" | "unchanged";
}

export interface UploadResult {
  /** Absent when nothing changed: no commit is made then. */
  commit?: CommitResult;
  files: UploadedFile[];
  deleted: string[];
}

// Opening thousands of small files at once would exhaust file descriptors for no gain.
const FILE_IO_CONCURRENCY = 32;

/**
 * Uploads local files into one commit: preupload, skip what the revision already holds,
 * stream LFS bytes from disk, then commit the rest together with any deletions.
 */
export async function uploadFiles(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  localFiles: LocalFile[],
  options: UploadOptions,
): Promise<UploadResult> {
  const report = (phase: UploadPhase, bytesDone: number, bytesTotal: number): void =>
    options.onProgress?.({ phase, bytesDone, bytesTotal });

  report("inspect", 0, localFiles.length);
  const samples = new Array<Buffer>(localFiles.length);
  await runWithConcurrency(localFiles.length, FILE_IO_CONCURRENCY, async (index) => {
    samples[index] = await readSample(localFiles[index].localPath);
  });
  const { verdicts } = await preupload(
    connection,
    ref,
    revision,
    localFiles.map((file, index) => ({ path: file.pathInRepo, size: file.size, sample: samples[index] })),
    options.createPr,
  );
  const verdictOf = (file: LocalFile): PreuploadVerdict | undefined => verdicts.get(file.pathInRepo);

  const lfsFiles = localFiles.filter((file) => verdictOf(file)?.uploadMode === "lfs");
  const regularFiles = localFiles.filter((file) => verdictOf(file)?.uploadMode !== "lfs");
  const lfsBytes = sum(lfsFiles.map((file) => file.size));
  const shas = new Map<string, string>();
  let hashed = 0;
  // Hashing is CPU-bound: more workers than cores only adds contention.
  const hashConcurrency = Math.max(1, Math.min(options.concurrency, availableParallelism()));
  await runWithConcurrency(lfsFiles.length, hashConcurrency, async (index) => {
    const file = lfsFiles[index];
    const sha = await sha256OfFile(file.localPath, (bytes) => report("hash", (hashed += bytes), lfsBytes));
    shas.set(file.pathInRepo, sha);
  });

  const unchanged = new Set<string>();
  for (const file of lfsFiles) {
    const remoteOid = verdictOf(file)?.oid;
    const sha = shas.get(file.pathInRepo)!;
    // The Hub answers an LFS file's sha256 (what the Python client compares); a pointer's blob SHA-1 is accepted too.
    if (remoteOid && (remoteOid === sha || remoteOid === gitBlobSha1(lfsPointer(sha, file.size)))) {
      unchanged.add(file.pathInRepo);
    }
  }
  const regularWithRemote = regularFiles.filter((file) => verdictOf(file)?.oid);
  await runWithConcurrency(regularWithRemote.length, FILE_IO_CONCURRENCY, async (index) => {
    const file = regularWithRemote[index];
    if (gitBlobSha1(await readFile(file.localPath)) === verdictOf(file)?.oid) unchanged.add(file.pathInRepo);
  });

  const changedLfs = lfsFiles.filter((file) => !unchanged.has(file.pathInRepo));
  await uploadLfsFiles(connection, ref, changedLfs, shas, options, revision, (done, total) =>
    report("upload", done, total),
  );

  const files: UploadedFile[] = localFiles.map((file) => ({
    ...file,
    storage: verdictOf(file)?.uploadMode === "lfs" ? "lfs" : "regular",
    outcome: unchanged.has(file.pathInRepo) ? "unchanged" : "uploaded",
  }));
  const deleted = options.deletions ?? [];
  const operations: CommitOperation[] = [
    ...files
      .filter((file) => file.outcome === "uploaded")
      .map((file): CommitOperation =>
        file.storage === "lfs"
          ? { kind: "lfsFile", pathInRepo: file.pathInRepo, sha256: shas.get(file.pathInRepo)!, size: file.size }
          : { kind: "regularFile", pathInRepo: file.pathInRepo, localPath: file.localPath },
      ),
    ...deleted.map((pathInRepo): CommitOperation => ({ kind: "deleteFile", pathInRepo })),
  ];
  if (operations.length === 0) return { files, deleted };
  report("commit", 0, operations.length);
  const header =
    typeof options.header === "function"
      ? options.header({
          uploaded: files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo),
          deleted,
        })
      : options.header;
  const commit = await createCommit(connection, ref, revision, header, operations, options.createPr);
  return { commit, files, deleted };
}

async function uploadLfsFiles(
  connection: HubConnection,
  ref: RepoRef,
  files: LocalFile[],
  shas: Map<string, string>,
  options: UploadOptions,
  revision: string,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  if (files.length === 0) return;
  const answers = await lfsBatch(
    connection,
    ref,
    files.map((file) => ({ oid: shas.get(file.pathInRepo)!, size: file.size })),
    options.createPr ? undefined : revision,
  );
  const refused = answers.find((answer) => answer.error);
  if (refused?.error) {
    throw new Error(`the Hub refused LFS object ${refused.oid}: ${refused.error.message} (${refused.error.code})`);
  }
  const pathByOid = new Map(files.map((file) => [shas.get(file.pathInRepo)!, file.localPath]));
  const toSend = answers.filter((answer) => answer.actions?.upload);
  const total = sum(toSend.map((answer) => answer.size));
  let sent = 0;
  const limit = createLimiter(options.concurrency);
  await Promise.all(
    toSend.map((answer) =>
      uploadLfsObject(connection, answer, pathByOid.get(answer.oid)!, {
        limit,
        onBytes: (bytes) => onProgress((sent += bytes), total),
      }),
    ),
  );
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
