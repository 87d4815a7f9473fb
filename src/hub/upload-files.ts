import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { CommitHeader, CommitOperation, CommitResult } from "./commit";
import { type HubConnection, isHubError } from "./connection";
import { MAX_COMMIT_ATTEMPTS, commitRespectingLimits, isLostAnswer, waitBeforeReplanning } from "./commit-safety";
import { remoteFiles } from "./files";
import { gitBlobSha1, lfsPointer, readSample, sha256OfFile } from "./hashing";
import { createLimiter, runWithConcurrency } from "./concurrency";
import { lfsBatch, uploadLfsObject } from "./lfs";
import { type PreuploadVerdict, preupload } from "./preupload";
import { type PullRequestRef, findOpenedPullRequest, listPullRequestRefs } from "./pull-requests";
import type { RepoRef } from "./repo-ref";
import { commitWebUrl } from "./urls";

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

interface UploadPlan {
  files: UploadedFile[];
  deleted: string[];
  operations: CommitOperation[];
  /** The branch head the plan was made against, sent as parentCommit so a stale plan cannot land. */
  headCommit?: string;
}

// Opening thousands of small files at once would exhaust file descriptors for no gain.
const FILE_IO_CONCURRENCY = 32;

/**
 * Uploads local files into one commit: preupload, skip what the revision already holds, stream LFS bytes
 * from disk, then commit the rest with any deletions. The commit names the head it was planned against;
 * when the branch moved (412) or the answer was lost, it plans again against the new head instead of
 * re-sending blindly, so a retried upload lands exactly once.
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
  const samples = new Array<Buffer>(localFiles.length);
  report("inspect", 0, localFiles.length);
  await runWithConcurrency(localFiles.length, FILE_IO_CONCURRENCY, async (index) => {
    samples[index] = await readSample(localFiles[index].localPath);
  });
  const shas = new Map<string, string>();
  let lostPlan: UploadPlan | undefined;
  let prsBefore: PullRequestRef[] | undefined;
  for (let attempt = 1; ; attempt++) {
    const deletions =
      attempt === 1 ? (options.deletions ?? []) : await stillPresent(connection, ref, revision, options);
    const plan = await planUpload(connection, ref, revision, localFiles, samples, shas, deletions, options, report);
    if (plan.operations.length === 0) {
      // Nothing left to change after a lost answer: the earlier attempt landed, as the new head.
      if (lostPlan && plan.headCommit) return landed(connection, ref, lostPlan, plan.headCommit);
      return { files: plan.files, deleted: [] };
    }
    await uploadLfsFiles(connection, ref, plan, shas, options, revision, (done, total) =>
      report("upload", done, total),
    );
    report("commit", 0, plan.operations.length);
    const header = commitHeader(options.header, plan);
    // A pull request opened by an attempt whose answer was lost is found by comparing PR refs before and after.
    prsBefore ??= options.createPr ? await listPullRequestRefs(connection, ref) : undefined;
    if (lostPlan && prsBefore) {
      const opened = await findOpenedPullRequest(connection, ref, prsBefore, header.summary);
      if (opened) return { commit: opened, files: lostPlan.files, deleted: lostPlan.deleted };
    }
    const implicitParent = !options.createPr && !header.parentCommit;
    const parentCommit = header.parentCommit ?? (implicitParent ? plan.headCommit : undefined);
    try {
      const commit = await commitRespectingLimits(
        connection,
        ref,
        revision,
        { ...header, parentCommit },
        plan.operations,
        options.createPr,
      );
      return { commit, files: plan.files, deleted: plan.deleted };
    } catch (error) {
      const conflict = implicitParent && isHubError(error, 412);
      const lost = isLostAnswer(error);
      if ((!conflict && !lost) || attempt >= MAX_COMMIT_ATTEMPTS) throw error;
      if (lost) lostPlan = plan;
      await waitBeforeReplanning(connection, revision, attempt, error, conflict);
    }
  }
}

function landed(connection: HubConnection, ref: RepoRef, plan: UploadPlan, headCommit: string): UploadResult {
  const commit = { sha: headCommit, url: commitWebUrl(connection.endpoint, ref, headCommit) };
  return { commit, files: plan.files, deleted: plan.deleted };
}

function commitHeader(header: UploadOptions["header"], plan: UploadPlan): CommitHeader {
  if (typeof header !== "function") return header;
  const uploaded = plan.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo);
  return header({ uploaded, deleted: plan.deleted });
}

// A retry must not ask to delete what is already gone: the Hub refuses that commit with 404.
async function stillPresent(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  options: UploadOptions,
): Promise<string[]> {
  const wanted = options.deletions ?? [];
  if (wanted.length === 0) return [];
  const present = new Set((await remoteFiles(connection, ref, revision, wanted)).map((file) => file.path));
  return wanted.filter((path) => present.has(path));
}

async function planUpload(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  localFiles: LocalFile[],
  samples: Buffer[],
  shas: Map<string, string>,
  deletions: string[],
  options: UploadOptions,
  report: (phase: UploadPhase, done: number, total: number) => void,
): Promise<UploadPlan> {
  const { verdicts, headCommit } = await preupload(
    connection,
    ref,
    revision,
    localFiles.map((file, index) => ({ path: file.pathInRepo, size: file.size, sample: samples[index] })),
    options.createPr,
  );
  const verdictOf = (file: LocalFile): PreuploadVerdict | undefined => verdicts.get(file.pathInRepo);
  const lfsFiles = localFiles.filter((file) => verdictOf(file)?.uploadMode === "lfs");
  const regularFiles = localFiles.filter((file) => verdictOf(file)?.uploadMode !== "lfs");

  const toHash = lfsFiles.filter((file) => !shas.has(file.pathInRepo));
  const hashBytes = toHash.reduce((sum, file) => sum + file.size, 0);
  let hashed = 0;
  // Hashing is CPU-bound: more workers than cores only adds contention.
  const hashConcurrency = Math.max(1, Math.min(options.concurrency, availableParallelism()));
  await runWithConcurrency(toHash.length, hashConcurrency, async (index) => {
    const file = toHash[index];
    const sha = await sha256OfFile(file.localPath, (bytes) => report("hash", (hashed += bytes), hashBytes));
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

  const files: UploadedFile[] = localFiles.map((file) => ({
    ...file,
    storage: verdictOf(file)?.uploadMode === "lfs" ? "lfs" : "regular",
    outcome: unchanged.has(file.pathInRepo) ? "unchanged" : "uploaded",
  }));
  const operations: CommitOperation[] = [
    ...files
      .filter((file) => file.outcome === "uploaded")
      .map((file): CommitOperation =>
        file.storage === "lfs"
          ? { kind: "lfsFile", pathInRepo: file.pathInRepo, sha256: shas.get(file.pathInRepo)!, size: file.size }
          : { kind: "regularFile", pathInRepo: file.pathInRepo, localPath: file.localPath },
      ),
    ...deletions.map((pathInRepo): CommitOperation => ({ kind: "deleteFile", pathInRepo })),
  ];
  return { files, deleted: deletions, operations, headCommit };
}

async function uploadLfsFiles(
  connection: HubConnection,
  ref: RepoRef,
  plan: UploadPlan,
  shas: Map<string, string>,
  options: UploadOptions,
  revision: string,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const files = plan.files.filter((file) => file.storage === "lfs" && file.outcome === "uploaded");
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
  const total = toSend.reduce((sum, answer) => sum + answer.size, 0);
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
