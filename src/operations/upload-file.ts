import { listRepoFiles } from "../hub/files";
import { createBranch, revisionExists } from "../hub/refs";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { type UploadedFile, type UploadProgress, uploadFiles } from "../hub/upload-files";
import { type CommitLimits, splitIntoCommits } from "./commit-batches";
import { type SourceInfo, defaultDescription, defaultUploadSummary } from "./commit-text";
import { findLfsPointers } from "./lfs-pointers";
import { staleFiles } from "./mirror";
import { formatBytes, progressLogger } from "./progress-log";
import { type Selection, type SelectionOptions, selectFiles } from "./select-files";
import { InputError, type OperationContext, type OperationResult } from "./types";
import { uploadReport } from "./upload-report";

export interface UploadFileOptions {
  repo: RepoRef;
  /** The branch to commit to, or the base of the pull request. */
  revision: string;
  selection: SelectionOptions;
  ifNoFilesFound: "error" | "warn" | "ignore";
  allowLfsPointers: boolean;
  /** Globs, relative to the destination folder, of remote files to delete when this upload does not bring them. */
  deletePatterns: string[];
  createBranch: boolean;
  createPr: boolean;
  parentCommit?: string;
  commitMessage?: string;
  commitDescription?: string;
  source: SourceInfo;
  concurrency: number;
  commitLimits: CommitLimits;
}

/** What the whole upload did, over however many commits it took. */
export interface UploadOutcome {
  selection: Selection;
  files: UploadedFile[];
  deleted: string[];
  commits: Array<{ sha: string; url: string }>;
  pullRequestUrl?: string;
  /** The revision the files landed on: the branch, or the pull request's ref. */
  landedOn: string;
}

export async function uploadFile(context: OperationContext, options: UploadFileOptions): Promise<OperationResult> {
  const { reporter } = context;
  reporter.startGroup("Select files");
  const selection = await selectAndCheck(context, options).finally(() => reporter.endGroup());
  if (selection.files.length === 0) {
    return uploadReport(context.connection.endpoint, options, emptyOutcome(selection, options.revision));
  }
  await prepareRevision(context, options);
  const deletions = await findDeletions(context, options, selection);
  const outcome = await commitInBatches(context, options, selection, deletions);
  return uploadReport(context.connection.endpoint, options, outcome);
}

async function selectAndCheck(context: OperationContext, options: UploadFileOptions): Promise<Selection> {
  const selection = await selectFiles(options.selection);
  const total = selection.files.reduce((sum, file) => sum + file.size, 0);
  context.reporter.info(`Selected ${selection.files.length} file(s), ${formatBytes(total)}`);
  if (selection.files.length === 0) {
    const message = `${options.selection.paths.join(", ")} matched no file (after include/exclude and hidden-file rules)`;
    if (options.ifNoFilesFound === "error") {
      throw new InputError("path", `${message}. Check the path, or set if_no_files_found to warn or ignore.`);
    }
    if (options.ifNoFilesFound === "warn") context.reporter.warning(`Nothing uploaded: ${message}.`);
    else context.reporter.info(`Nothing uploaded: ${message}.`);
  } else if (selection.unmatched.length > 0) {
    context.reporter.warning(`These path entries matched no file: ${selection.unmatched.join(", ")}`);
  }
  if (!options.allowLfsPointers) {
    const pointers = await findLfsPointers(selection.files);
    if (pointers.length > 0) {
      const names = pointers
        .slice(0, 5)
        .map((file) => file.localPath)
        .join(", ");
      throw new InputError(
        "path",
        `${pointers.length} file(s) are git-lfs pointers, not content (${names}). Check out with actions/checkout's "lfs: true", or set allow_lfs_pointers: true to upload the pointers.`,
      );
    }
  }
  return selection;
}

async function prepareRevision(context: OperationContext, options: UploadFileOptions): Promise<void> {
  if (!options.createBranch || (await revisionExists(context.connection, options.repo, options.revision))) return;
  await createBranch(context.connection, options.repo, options.revision);
  context.reporter.info(`Created branch ${options.revision} of ${repoId(options.repo)} from its default branch`);
}

async function findDeletions(
  context: OperationContext,
  options: UploadFileOptions,
  selection: Selection,
): Promise<string[]> {
  if (options.deletePatterns.length === 0) return [];
  const remote = await listRepoFiles(context.connection, options.repo, options.revision, selection.destinationFolder);
  const uploading = new Set(selection.files.map((file) => file.pathInRepo));
  return staleFiles(remote, selection.destinationFolder, options.deletePatterns, uploading);
}

async function commitInBatches(
  context: OperationContext,
  options: UploadFileOptions,
  selection: Selection,
  deletions: string[],
): Promise<UploadOutcome> {
  const { reporter } = context;
  const batches = splitIntoCommits(selection.files, options.commitLimits);
  const outcome: UploadOutcome = { ...emptyOutcome(selection, options.revision), commits: [] };
  for (const [index, batch] of batches.entries()) {
    const isLast = index === batches.length - 1;
    if (batches.length > 1) reporter.info(`Commit ${index + 1} of ${batches.length}: ${batch.length} file(s)`);
    const openPr = options.createPr && !outcome.pullRequestUrl;
    const result = await uploadFiles(context.connection, options.repo, outcome.landedOn, batch, {
      header: (change) => ({
        summary: options.commitMessage ?? defaultUploadSummary(change, options.source, selection.destinationFolder),
        description: options.commitDescription ?? defaultDescription(options.source),
        parentCommit: index === 0 ? options.parentCommit : undefined,
      }),
      createPr: openPr,
      deletions: isLast ? deletions : [],
      concurrency: options.concurrency,
      onProgress: phaseLogger(context),
    });
    reporter.endGroup();
    outcome.files.push(...result.files);
    outcome.deleted.push(...result.deleted);
    if (result.commit) {
      outcome.commits.push({ sha: result.commit.sha, url: result.commit.url });
      reporter.info(`Committed ${result.commit.url}`);
    }
    if (openPr && result.commit?.pullRequestUrl) {
      outcome.pullRequestUrl = result.commit.pullRequestUrl;
      outcome.landedOn = pullRequestRef(result.commit.pullRequestUrl);
    }
  }
  return outcome;
}

const PHASE_TITLES: Record<UploadProgress["phase"], (total: number) => string> = {
  inspect: (files) => `Inspect ${files} file(s) (preupload)`,
  hash: (bytes) => `Hash LFS files (${formatBytes(bytes)})`,
  upload: (bytes) => `Upload LFS files (${formatBytes(bytes)} to send)`,
  commit: (operations) => `Commit ${operations} change(s)`,
};

/** Opens a log group per upload phase and logs progress inside it at most every 10 s. */
function phaseLogger(context: OperationContext): (progress: UploadProgress) => void {
  const logProgress = progressLogger((line) => context.reporter.info(line));
  let phase: string | undefined;
  return (progress) => {
    if (progress.phase !== phase) {
      if (phase) context.reporter.endGroup();
      phase = progress.phase;
      context.reporter.startGroup(PHASE_TITLES[progress.phase](progress.bytesTotal));
    }
    logProgress(progress);
  };
}

// The Hub answers a pull request's URL; its commits live on refs/pr/<number>.
function pullRequestRef(pullRequestUrl: string): string {
  const number = /\/discussions\/(\d+)/.exec(pullRequestUrl)?.[1];
  if (!number) throw new Error(`the Hub answered an unexpected pull request URL: ${pullRequestUrl}`);
  return `refs/pr/${number}`;
}

function emptyOutcome(selection: Selection, revision: string): UploadOutcome {
  return { selection, files: [], deleted: [], commits: [], landedOn: revision };
}
