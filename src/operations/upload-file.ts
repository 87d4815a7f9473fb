import { readFile } from "node:fs/promises";
import { listRepoFiles, remoteFiles } from "../hub/files";
import type { HubConnection } from "../hub/connection";
import { createBranch, revisionExists } from "../hub/refs";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { defaultDescription, defaultUploadSummary } from "./commit-message";
import { InputError, OptionError } from "./errors";
import { REPO_INPUTS, parsePathInRepo, parseRepo, parseRevision } from "./inputs/repo";
import { parseWaitTimeoutMs } from "./inputs/space";
import { waitForSpace } from "./space-wait";
import { spaceAppUrl } from "../hub/spaces";
import { parseBoolean, parseChoice, parseInteger, parseLines, requireText } from "./inputs/values";
import { type OperationContext, type SourceInfo, defineOperation } from "./operation";
import { type Landing, landCommit } from "./upload/commit";
import { type UploadFile, totalSize } from "./upload/file";
import { type Inspection, PreuploadPrefetch, type UploadTarget, checkModelCard, inspectFiles } from "./upload/inspect";
import { findLfsPointers } from "./upload/lfs-pointers";
import { type CommitPlan, planCommit, staleFiles } from "./upload/plan";
import { type PhaseLogger, type UploadProgress, formatBytes, phaseLogger } from "./upload/progress";
import { UPLOAD_OUTPUTS, type UploadOutcome, uploadReport } from "./upload/report";
import { type Selection, type SelectionOptions, selectFiles } from "./upload/select";
import { type CommitLimits, DEFAULT_COMMIT_LIMITS, splitIntoCommits } from "./upload/split";
import { LfsTransfer } from "./upload/transfer";

const NO_FILES_CHOICES = ["error", "warn", "ignore"] as const;
const DEFAULT_CONCURRENCY = 4;

export interface UploadFileOptions {
  repo: RepoRef;
  /** The branch to commit to, or the base of the pull request. */
  revision: string;
  selection: SelectionOptions;
  ifNoFilesFound: (typeof NO_FILES_CHOICES)[number];
  allowLfsPointers: boolean;
  /** Globs, relative to the destination folder, of remote files to delete when this upload does not bring them. */
  deletePatterns: string[];
  createBranch: boolean;
  createPr: boolean;
  parentCommit?: string;
  commitMessage?: string;
  commitDescription?: string;
  source: SourceInfo;
  /** LFS objects (or parts of one) in flight at once. */
  concurrency: number;
  commitLimits: CommitLimits;
  /** For a Space: wait for the build this upload's commit started, this long at most. */
  waitTimeout?: number;
}

/**
 * Uploads files, folders or globs: select -> inspect -> plan -> transfer -> commit, once per commit the
 * limits call for, then report.
 */
export const uploadFile = defineOperation({
  name: "upload-file",
  aliases: ["upload", "upload-folder"],
  inputs: {
    ...REPO_INPUTS,
    path: "selection",
    path_in_repo: "selection",
    include: "selection",
    exclude: "selection",
    include_hidden: "selection",
    revision: "revision",
    if_no_files_found: "ifNoFilesFound",
    allow_lfs_pointers: "allowLfsPointers",
    delete_patterns: "deletePatterns",
    create_branch: "createBranch",
    create_pr: "createPr",
    parent_commit: "parentCommit",
    commit_message: "commitMessage",
    commit_description: "commitDescription",
    concurrency: "concurrency",
    max_files_per_commit: "commitLimits",
    max_bytes_per_commit: "commitLimits",
    wait_timeout: "waitTimeout",
    wait: "waitTimeout",
  },
  outputs: [...UPLOAD_OUTPUTS, "stage", "space_url"],
  parse: (read, { workspace, source }): UploadFileOptions => {
    const repo = parseRepo(read);
    const revision = parseRevision(read("revision"));
    const paths = parseLines(requireText("path", read("path"), "the files, folders or globs to upload"));
    const pathInRepo = read("path_in_repo") ? parsePathInRepo(read("path_in_repo")) : "";
    const createPr = parseBoolean("create_pr", read("create_pr"), false)!;
    const createBranch = parseBoolean("create_branch", read("create_branch"), false)!;
    if (createPr && revision.startsWith("refs/pr/")) {
      throw new InputError("create_pr", `cannot open a pull request against ${revision}. Set revision to a branch.`);
    }
    const wait = parseBoolean("wait", read("wait"), false)!;
    if (wait && repo.type !== "space") {
      throw new InputError(
        "wait",
        `waits for a Space's build; repo_type is ${repo.type}. Remove it, or set repo_type: space.`,
      );
    }
    if (wait && createPr) {
      throw new InputError(
        "wait",
        "waits for the build of a commit to the Space; a pull request does not build. Remove one of them.",
      );
    }
    return {
      repo,
      revision,
      selection: {
        workspace,
        paths,
        pathInRepo,
        include: parseLines(read("include")),
        exclude: parseLines(read("exclude")),
        includeHidden: parseBoolean("include_hidden", read("include_hidden"), false)!,
      },
      ifNoFilesFound: parseChoice("if_no_files_found", read("if_no_files_found"), NO_FILES_CHOICES, "error"),
      allowLfsPointers: parseBoolean("allow_lfs_pointers", read("allow_lfs_pointers"), false)!,
      deletePatterns: parseLines(read("delete_patterns")),
      createBranch,
      createPr,
      parentCommit: parseParentCommit(read("parent_commit")),
      commitMessage: read("commit_message") || undefined,
      commitDescription: read("commit_description") || undefined,
      source,
      concurrency: parseInteger("concurrency", read("concurrency"), DEFAULT_CONCURRENCY, 1, 64),
      commitLimits: {
        maxFiles: parseInteger(
          "max_files_per_commit",
          read("max_files_per_commit"),
          DEFAULT_COMMIT_LIMITS.maxFiles,
          1,
          100_000,
        ),
        maxBytes: parseInteger(
          "max_bytes_per_commit",
          read("max_bytes_per_commit"),
          DEFAULT_COMMIT_LIMITS.maxBytes,
          1,
          Number.MAX_SAFE_INTEGER,
        ),
      },
      waitTimeout: wait ? parseWaitTimeoutMs(read("wait_timeout")) : undefined,
    };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const { reporter } = context;
    reporter.startGroup("Select files");
    // The first files' preupload calls go out while the rest are listed; a new branch must exist first.
    const prefetch = options.createBranch
      ? undefined
      : new PreuploadPrefetch(context.connection, firstTarget(options), options.commitLimits);
    const selection = await selectAndCheck(context, options, prefetch).finally(() => reporter.endGroup());
    const outcome: UploadOutcome = { selection, files: [], deleted: [], commits: [], landedOn: options.revision };
    if (selection.files.length > 0) {
      await checkModelCard(context.connection, options.repo, selection.files);
      await prepareRevision(context, options);
      const deletions = await findDeletions(context.connection, options, selection);
      const extras = { deletions, gitIgnore: await gitIgnoreOf(selection), prefetch };
      await commitInBatches(context, options, extras, outcome);
      if (outcome.files.every((file) => file.outcome === "ignored")) {
        noFilesLeft(context, options, `.gitignore excludes every file ${options.selection.paths.join(", ")} selected`);
      }
    }
    const report = uploadReport(context.connection.endpoint, options, outcome);
    if (options.waitTimeout === undefined) return report;
    // The build of this upload's commit, not an older one; with nothing committed, the Space as it is.
    const runtime = await waitForSpace(context.connection, context.reporter, options.repo, {
      timeoutMs: options.waitTimeout,
      sha: outcome.commits.at(-1)?.sha,
    });
    const spaceUrl = spaceAppUrl(runtime);
    context.reporter.info(`${repoId(options.repo)} is ${runtime.stage}${spaceUrl ? ` at ${spaceUrl}` : ""}`);
    return {
      ...report,
      outputs: { ...report.outputs, stage: runtime.stage, space_url: spaceUrl },
      links: [...report.links, ...(spaceUrl ? [{ label: "App", url: spaceUrl }] : [])],
    };
  },
});

function parseParentCommit(raw: string): string | undefined {
  if (!raw) return undefined;
  if (!/^[0-9a-f]{40}$/.test(raw)) {
    throw new InputError("parent_commit", `"${raw}" is not a full commit id. Use the 40-character sha of the commit.`);
  }
  return raw;
}

async function selectAndCheck(
  context: OperationContext,
  options: UploadFileOptions,
  prefetch?: PreuploadPrefetch,
): Promise<Selection> {
  const selection = await selectFiles(options.selection, { onFiles: prefetch && ((files) => prefetch.add(files)) });
  prefetch?.end();
  context.reporter.info(`Selected ${selection.files.length} file(s), ${formatBytes(totalSize(selection.files))}`);
  if (selection.files.length === 0) {
    noFilesLeft(
      context,
      options,
      `${options.selection.paths.join(", ")} matched no file (after include/exclude and hidden-file rules)`,
    );
  } else if (selection.unmatched.length > 0) {
    context.reporter.warning(`These path entries matched no file: ${selection.unmatched.join(", ")}`);
  }
  if (!options.allowLfsPointers) {
    const pointers = findLfsPointers(selection.files);
    if (pointers.length > 0) {
      const names = pointers
        .slice(0, 5)
        .map((file) => file.localPath)
        .join(", ");
      throw new OptionError(
        "selection",
        `${pointers.length} file(s) are git-lfs pointers, not content (${names}). Check out with actions/checkout's "lfs: true", or set allow_lfs_pointers: true to upload the pointers.`,
      );
    }
  }
  return selection;
}

/** What if_no_files_found says when nothing is left to upload: fail, warn, or say so. */
function noFilesLeft(context: OperationContext, options: UploadFileOptions, message: string): void {
  if (options.ifNoFilesFound === "error") {
    throw new OptionError("selection", `${message}. Check the path, or set if_no_files_found to warn or ignore.`);
  }
  if (options.ifNoFilesFound === "warn") context.reporter.warning(`Nothing uploaded: ${message}.`);
  else context.reporter.info(`Nothing uploaded: ${message}.`);
}

// The Python client sends the .gitignore an upload brings to the repo root, so the Hub applies it to the rest.
async function gitIgnoreOf(selection: Selection): Promise<string | undefined> {
  const file = selection.files.find((candidate) => candidate.pathInRepo === ".gitignore");
  return file ? readFile(file.localPath, "utf8") : undefined;
}

async function prepareRevision(context: OperationContext, options: UploadFileOptions): Promise<void> {
  if (!options.createBranch || (await revisionExists(context.connection, options.repo, options.revision))) return;
  await createBranch(context.connection, options.repo, options.revision);
  context.reporter.info(`Created branch ${options.revision} of ${repoId(options.repo)} from its default branch`);
}

/** Mirror mode: the remote files under the destination that match delete_patterns and this upload does not bring. */
async function findDeletions(
  connection: HubConnection,
  options: UploadFileOptions,
  selection: Selection,
): Promise<string[]> {
  if (options.deletePatterns.length === 0) return [];
  const remote = await listRepoFiles(connection, options.repo, {
    revision: options.revision,
    folder: selection.destinationFolder,
    recursive: true,
  });
  const uploading = new Set(selection.files.map((file) => file.pathInRepo));
  return staleFiles(remote, selection.destinationFolder, options.deletePatterns, uploading);
}

async function commitInBatches(
  context: OperationContext,
  options: UploadFileOptions,
  extras: { deletions: string[]; gitIgnore?: string; prefetch?: PreuploadPrefetch },
  outcome: UploadOutcome,
): Promise<void> {
  const { reporter } = context;
  const batches = splitIntoCommits(outcome.selection.files, options.commitLimits);
  let prefetch = extras.prefetch;
  for (const [index, files] of batches.entries()) {
    const isLast = index === batches.length - 1;
    if (batches.length > 1) reporter.info(`Commit ${index + 1} of ${batches.length}: ${files.length} file(s)`);
    // The first commit opens the pull request; later ones add to its ref.
    const target: UploadTarget = {
      repo: options.repo,
      revision: outcome.landedOn,
      createPr: options.createPr && !outcome.pullRequestUrl,
      gitIgnore: extras.gitIgnore,
    };
    const following = isLast || target.createPr || !leavesAnswersAlone(files) ? undefined : batches[index + 1];
    let upcoming: PreuploadPrefetch | undefined;
    const landing = await commitBatch(context, options, target, {
      files,
      allIgnoredBefore: outcome.files.every((file) => file.outcome === "ignored"),
      deletions: isLast ? extras.deletions : [],
      parentCommit: index === 0 ? options.parentCommit : undefined,
      destinationFolder: outcome.selection.destinationFolder,
      prefetch,
      // While this commit is sent and applied, the next one's files are asked about.
      onCommitting:
        following && (() => (upcoming ??= prefetchAll(context.connection, target, following, options.commitLimits))),
    });
    upcoming?.landedSince({ basis: landing.basis, head: landing.commit?.sha ?? landing.basis });
    prefetch = upcoming;
    outcome.files.push(...landing.files);
    outcome.deleted.push(...landing.deleted);
    if (landing.commit) {
      outcome.commits.push({ sha: landing.commit.sha, url: landing.commit.url });
      reporter.info(`Committed ${landing.commit.url}`);
    }
    if (target.createPr && landing.commit?.pullRequestUrl) {
      outcome.pullRequestUrl = landing.commit.pullRequestUrl;
      outcome.landedOn = pullRequestRef(landing.commit.pullRequestUrl);
    }
  }
}

/** One commit, its phases logged in groups of their own. */
async function commitBatch(
  context: OperationContext,
  options: UploadFileOptions,
  target: UploadTarget,
  batch: Batch,
): Promise<Landing> {
  const progress = phaseLogger(context.reporter);
  try {
    return await uploadBatch(context, options, target, batch, progress);
  } finally {
    progress.stop();
  }
}

interface Batch {
  files: UploadFile[];
  /** Told when the commit itself is about to be sent (again, when it is re-sent). */
  onCommitting?: () => void;
  /** True while every earlier batch's files were all left out by .gitignore. */
  allIgnoredBefore: boolean;
  deletions: string[];
  parentCommit?: string;
  destinationFolder: string;
  prefetch?: PreuploadPrefetch;
}

/** One commit's pipeline: inspect -> plan -> transfer, then commit, planned again when the branch moves. */
function uploadBatch(
  context: OperationContext,
  options: UploadFileOptions,
  target: UploadTarget,
  batch: Batch,
  progress: PhaseLogger,
): Promise<Landing> {
  const { connection } = context;
  return landCommit(connection, {
    target,
    parentCommit: batch.parentCommit,
    header: (plan) => ({
      summary:
        options.commitMessage ??
        defaultUploadSummary(
          {
            uploaded: plan.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo),
            deleted: plan.deleted,
          },
          options.source,
          batch.destinationFolder,
        ),
      description: options.commitDescription ?? defaultDescription(options.source),
    }),
    prepare: async (replan) => {
      const deletions = replan ? await stillPresent(connection, target, batch.deletions) : batch.deletions;
      const total = batch.files.length;
      progress({ phase: "inspect", done: 0, total });
      // Hashing and sending overlap: each changed LFS file goes to storage as soon as its sha256 is known.
      const wire = { sent: 0, toSend: 0 };
      let hashed: UploadProgress["hashed"];
      let transferring = false;
      const transferred = () => {
        transferring = true;
        progress({ phase: "transfer", done: wire.sent, total: wire.toSend, hashed });
      };
      const transfer = new LfsTransfer(connection, target, {
        concurrency: options.concurrency,
        onSent: (sent, toSend) => {
          Object.assign(wire, { sent, toSend });
          transferred();
        },
      });
      let plan: CommitPlan;
      try {
        // A new plan asks again: the branch moved since the prefetched answers.
        const prefetch = replan ? undefined : batch.prefetch;
        const inspections = inspectFiles(connection, target, batch.files, prefetch);
        // Once LFS bytes move, the log follows them rather than the answers.
        const answered = (done: number) => transferring || progress({ phase: "inspect", done, total });
        plan = await planCommit(countingAnswers(inspections, answered), {
          deletions,
          concurrency: options.concurrency,
          onHashed: (done, total) => {
            hashed = { done, total };
            transferred();
          },
          onLfsChanged: (file) => transfer.add(file),
        });
      } catch (error) {
        await transfer.abandon(error);
        throw error;
      }
      await transfer.finish();
      // A .gitignore that leaves nothing to upload is a selection that matched nothing: no deletions either.
      if (batch.allIgnoredBefore && plan.files.every((file) => file.outcome === "ignored")) {
        return { ...plan, deleted: [], operations: [] };
      }
      return plan;
    },
    onCommitting: (plan) => {
      progress({ phase: "commit", done: 0, total: 0, changes: plan.operations.length });
      batch.onCommitting?.();
    },
    onBodyProgress: (sent, bodyBytes) => progress({ phase: "commit", done: sent, total: bodyBytes }),
  });
}

/** Passes inspections on, telling how many files have been answered for so far. */
async function* countingAnswers(
  inspections: AsyncIterable<Inspection>,
  onAnswered: (files: number) => void,
): AsyncGenerator<Inspection> {
  let answered = 0;
  for await (const inspection of inspections) {
    answered += inspection.files.length;
    onAnswered(answered);
    yield inspection;
  }
}

// A new plan must not ask to delete what is already gone: the Hub refuses that commit with 404.
async function stillPresent(connection: HubConnection, target: UploadTarget, wanted: string[]): Promise<string[]> {
  if (wanted.length === 0) return [];
  const present = new Set(
    (await remoteFiles(connection, target.repo, target.revision, wanted)).map((file) => file.path),
  );
  return wanted.filter((path) => present.has(path));
}

/** Preupload calls for every file of a later commit, sent now. */
function prefetchAll(
  connection: HubConnection,
  target: UploadTarget,
  files: UploadFile[],
  limits: CommitLimits,
): PreuploadPrefetch {
  const prefetch = new PreuploadPrefetch(connection, target, limits);
  prefetch.add(files);
  prefetch.flush();
  return prefetch;
}

// A .gitattributes or .gitignore changes how the Hub answers for other paths: the next commit asks after it lands.
function leavesAnswersAlone(files: UploadFile[]): boolean {
  return files.every((file) => !/(^|\/)\.git(attributes|ignore)$/.test(file.pathInRepo));
}

/** Where the first commit goes, as the preupload calls sent during selection ask about it. */
function firstTarget(options: UploadFileOptions): UploadTarget {
  return { repo: options.repo, revision: options.revision, createPr: options.createPr };
}

// The Hub answers a pull request's URL; its commits live on refs/pr/<number>.
function pullRequestRef(pullRequestUrl: string): string {
  const number = /\/discussions\/(\d+)/.exec(pullRequestUrl)?.[1];
  if (!number) throw new Error(`the Hub answered an unexpected pull request URL: ${pullRequestUrl}`);
  return `refs/pr/${number}`;
}
