import {
  type CommitHeader,
  type CommitResult,
  classifyCommitFailure,
  createCommit,
  isLostAnswer,
} from "../../hub/commit";
import { type HubConnection, isHubError } from "../../hub/connection";
import { ContentReader } from "../../hub/file-content";
import { remoteFiles } from "../../hub/files";
import { type PullRequestRef, latestCommit, listPullRequestRefs } from "../../hub/refs";
import type { RepoRef } from "../../hub/repo-ref";
import { type RetryDecision, withRetries } from "../../hub/retry";
import { commitWebUrl, repoWebUrl } from "../../hub/urls";
import { commitRetries } from "../commit-retries";
import { gitBlobSha1 } from "./digests";
import type { UploadFile } from "./file";
import type { UploadTarget } from "./inspect";
import type { CommitPlan } from "./plan";

export interface CommitStage {
  target: UploadTarget;
  /** The commit the first plan must build on; unset, each plan names the head it was made against. */
  parentCommit?: string;
  header: (plan: CommitPlan) => CommitHeader;
  /** Plans the commit and sends its LFS bytes; called again (`replan`) after the branch moved or an answer was lost. */
  prepare: (replan: boolean) => Promise<CommitPlan>;
  /** Told when the commit itself is about to be sent. */
  onCommitting?: (plan: CommitPlan) => void;
  /** Told of the commit body's bytes handed to the socket so far, of all of them. */
  onBodyProgress?: (sent: number, total: number) => void;
}

/** What one commit did; no `commit` when nothing changed. */
export interface Landing {
  commit?: CommitResult;
  files: UploadFile[];
  deleted: string[];
  /** The head the landed plan was made against. */
  basis?: string;
}

/**
 * Lands one planned commit exactly once. The commit names the head it was planned against; when the
 * branch moved (412) or the answer was lost it plans again against the new head instead of re-sending
 * blindly: a plan with nothing left to do means the lost attempt landed, and a pull request opened by a
 * lost attempt is found rather than opened twice. A rate limit (429) is waited out and the same commit sent.
 */
export async function landCommit(connection: HubConnection, stage: CommitStage): Promise<Landing> {
  const { repo, revision, createPr } = stage.target;
  const implicitParent = !createPr && !stage.parentCommit;
  let plan: CommitPlan | undefined;
  let lostPlan: CommitPlan | undefined;
  let prsBefore: PullRequestRef[] | undefined;
  // A parent the user named is never replaced by a newer head.
  const classify = (error: unknown): RetryDecision =>
    isHubError(error, 412) && !implicitParent ? { action: "fail" } : classifyCommitFailure(error);
  return withRetries(
    async ({ replan }) => {
      if (!plan || replan) plan = await stage.prepare(replan);
      if (plan.operations.length === 0) {
        // Nothing left to change after a lost answer: the earlier attempt landed, as the new head.
        if (lostPlan && plan.headCommit) return landedAs(connection, stage, lostPlan, plan.headCommit);
        return { files: plan.files, deleted: [], basis: plan.headCommit };
      }
      stage.onCommitting?.(plan);
      const header = stage.header(plan);
      prsBefore ??= createPr ? await listPullRequestRefs(connection, repo) : undefined;
      if (lostPlan && prsBefore) {
        const opened = await findOpenedPullRequest(connection, stage.target, prsBefore, header.summary, lostPlan);
        if (opened) return { commit: opened, files: lostPlan.files, deleted: lostPlan.deleted };
      }
      const parentCommit = stage.parentCommit ?? (implicitParent ? plan.headCommit : undefined);
      try {
        const commit = await createCommit(
          connection,
          repo,
          { revision, header: { ...header, parentCommit }, operations: plan.operations, createPr },
          stage.onBodyProgress,
        );
        return { commit, files: plan.files, deleted: plan.deleted, basis: plan.headCommit };
      } catch (error) {
        if (isLostAnswer(error)) lostPlan = plan;
        throw error;
      }
    },
    commitRetries(connection, revision, classify),
  );
}

function landedAs(connection: HubConnection, stage: CommitStage, plan: CommitPlan, head: string): Landing {
  const commit = { sha: head, url: commitWebUrl(connection.endpoint, stage.target.repo, head) };
  return { commit, files: plan.files, deleted: plan.deleted, basis: plan.headCommit };
}

/**
 * After a lost answer to a pull-request commit: the pull request that appeared since `before`, whose head
 * commit carries our summary and holds what the lost plan committed, is the one that attempt opened.
 */
async function findOpenedPullRequest(
  connection: HubConnection,
  target: UploadTarget,
  before: PullRequestRef[],
  summary: string,
  plan: CommitPlan,
): Promise<CommitResult | undefined> {
  const known = new Set(before.map((pr) => pr.number));
  for (const pr of await listPullRequestRefs(connection, target.repo)) {
    if (known.has(pr.number)) continue;
    const ref = `refs/pr/${pr.number}`;
    const head = await latestCommit(connection, target.repo, ref);
    if (head?.id !== pr.head || head.title !== summary) continue;
    // Another run may have opened a pull request with the same title: its content tells them apart.
    if (!(await holdsPlan(connection, target.repo, ref, plan))) continue;
    const pullRequestUrl = `${repoWebUrl(connection.endpoint, target.repo)}/discussions/${pr.number}`;
    return { sha: pr.head, url: commitWebUrl(connection.endpoint, target.repo, pr.head), pullRequestUrl };
  }
  return undefined;
}

/** Whether `revision` holds each file the plan uploaded, with the same content, and none of the paths it deleted. */
async function holdsPlan(
  connection: HubConnection,
  repo: RepoRef,
  revision: string,
  plan: CommitPlan,
): Promise<boolean> {
  const uploaded = plan.files.filter((file) => file.outcome === "uploaded");
  const paths = [...uploaded.map((file) => file.pathInRepo), ...plan.deleted];
  const remote = new Map((await remoteFiles(connection, repo, revision, paths)).map((file) => [file.path, file]));
  if (plan.deleted.some((path) => remote.has(path))) return false;
  const reader = new ContentReader();
  return uploaded.every((file) => {
    const found = remote.get(file.pathInRepo);
    if (!found) return false;
    if (file.storage === "lfs") return found.lfs?.oid === file.sha256;
    return !found.lfs && found.oid === gitBlobSha1(reader.read(file.localPath, file.size));
  });
}
