import { stat } from "node:fs/promises";
import { type CommitHeader, type CommitOperation, type CommitResult, createCommit } from "./commit";
import type { HubConnection } from "./connection";
import { readSample, sha256OfFile } from "./hashing";
import { lfsBatch, runWithConcurrency, uploadLfsObject } from "./lfs";
import { preupload } from "./preupload";
import type { RepoRef } from "./repo-ref";

export interface LocalFile {
  localPath: string;
  pathInRepo: string;
}

export type UploadPhase = "preupload" | "hash" | "upload" | "commit";

export interface UploadProgress {
  phase: UploadPhase;
  bytesDone: number;
  bytesTotal: number;
}

export interface UploadOptions {
  header: CommitHeader;
  createPr?: boolean;
  /** LFS objects (or parts of one) in flight at once. */
  concurrency: number;
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadedFile extends LocalFile {
  size: number;
  storage: "regular" | "lfs";
}

export interface UploadResult {
  commit: CommitResult;
  files: UploadedFile[];
}

/** Uploads local files into one commit: preupload, LFS bytes streamed from disk, then the commit. */
export async function uploadFiles(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  localFiles: LocalFile[],
  options: UploadOptions,
): Promise<UploadResult> {
  const sized = await Promise.all(
    localFiles.map(async (file) => ({ ...file, size: (await stat(file.localPath)).size })),
  );
  const totalBytes = sized.reduce((sum, file) => sum + file.size, 0);
  const report = (phase: UploadPhase, bytesDone: number, bytesTotal = totalBytes): void =>
    options.onProgress?.({ phase, bytesDone, bytesTotal });

  report("preupload", 0);
  const samples = await Promise.all(sized.map(async (file) => readSample(file.localPath)));
  const { verdicts } = await preupload(
    connection,
    ref,
    revision,
    sized.map((file, index) => ({ path: file.pathInRepo, size: file.size, sample: samples[index] })),
    options.createPr,
  );
  const files: UploadedFile[] = sized.map((file) => ({
    ...file,
    storage: verdicts.get(file.pathInRepo)?.uploadMode === "lfs" ? "lfs" : "regular",
  }));

  const lfsFiles = files.filter((file) => file.storage === "lfs");
  const lfsBytes = lfsFiles.reduce((sum, file) => sum + file.size, 0);
  const shas = new Map<string, string>();
  let hashed = 0;
  await runWithConcurrency(lfsFiles.length, options.concurrency, async (index) => {
    const file = lfsFiles[index];
    shas.set(
      file.pathInRepo,
      await sha256OfFile(file.localPath, (bytes) => report("hash", (hashed += bytes), lfsBytes)),
    );
  });

  if (lfsFiles.length > 0) {
    const answers = await lfsBatch(
      connection,
      ref,
      lfsFiles.map((file) => ({ oid: shas.get(file.pathInRepo)!, size: file.size })),
      options.createPr ? undefined : revision,
    );
    const pathByOid = new Map(lfsFiles.map((file) => [shas.get(file.pathInRepo)!, file.localPath]));
    let sent = 0;
    const onBytes = (bytes: number): void => report("upload", (sent += bytes), lfsBytes);
    for (const answer of answers) {
      if (answer.error) {
        throw new Error(`the Hub refused LFS object ${answer.oid}: ${answer.error.message} (${answer.error.code})`);
      }
    }
    await runWithConcurrency(answers.length, options.concurrency, (index) =>
      uploadLfsObject(connection, answers[index], pathByOid.get(answers[index].oid)!, {
        partConcurrency: options.concurrency,
        onBytes,
      }),
    );
  }

  report("commit", 0);
  const operations: CommitOperation[] = files.map((file) =>
    file.storage === "lfs"
      ? { kind: "lfsFile", pathInRepo: file.pathInRepo, sha256: shas.get(file.pathInRepo)!, size: file.size }
      : { kind: "regularFile", pathInRepo: file.pathInRepo, localPath: file.localPath },
  );
  const commit = await createCommit(connection, ref, revision, options.header, operations, options.createPr);
  return { commit, files };
}
