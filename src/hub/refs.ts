import { type HubConnection, hubRequest, isHubError } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";

const revisionPath = (repo: RepoRef, kind: string, name: string): string =>
  `${repoApiPath(repo)}/${kind}/${encodeURIComponent(name)}`;

/** Whether `revision` names something the repo has (branch, tag or commit). */
export async function revisionExists(connection: HubConnection, repo: RepoRef, revision: string): Promise<boolean> {
  try {
    await hubRequest(connection, { url: revisionPath(repo, "revision", revision) });
    return true;
  } catch (error) {
    if (isHubError(error, 404) && error.errorCode === "RevisionNotFound") return false;
    throw error;
  }
}

/** Creates `branch` at `startingPoint` (a branch, tag or commit; the default branch when absent). */
export async function createBranch(
  connection: HubConnection,
  repo: RepoRef,
  branch: string,
  startingPoint?: string,
): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: revisionPath(repo, "branch", branch),
    json: startingPoint ? { startingPoint } : {},
  });
}

export async function deleteBranch(connection: HubConnection, repo: RepoRef, branch: string): Promise<void> {
  await hubRequest(connection, { method: "DELETE", url: revisionPath(repo, "branch", branch) });
}

export async function createTag(
  connection: HubConnection,
  repo: RepoRef,
  tag: string,
  revision: string,
  message?: string,
): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: revisionPath(repo, "tag", revision),
    json: { tag, ...(message ? { message } : {}) },
  });
}

export async function deleteTag(connection: HubConnection, repo: RepoRef, tag: string): Promise<void> {
  await hubRequest(connection, { method: "DELETE", url: revisionPath(repo, "tag", tag) });
}

export interface CommitSummary {
  id: string;
  title: string;
}

/** The newest commit on `revision`. */
export async function latestCommit(
  connection: HubConnection,
  repo: RepoRef,
  revision: string,
): Promise<CommitSummary | undefined> {
  const response = await hubRequest(connection, { url: `${revisionPath(repo, "commits", revision)}?limit=1` });
  return response.json<CommitSummary[]>()[0];
}

export interface PullRequestRef {
  number: number;
  head: string;
}

/** The repo's pull-request refs (`refs/pr/<n>`) and the commit each points at. */
export async function listPullRequestRefs(connection: HubConnection, repo: RepoRef): Promise<PullRequestRef[]> {
  const response = await hubRequest(connection, { url: `${repoApiPath(repo)}/refs?include_prs=1` });
  const body = response.json<{ pullRequests?: Array<{ ref: string; targetCommit: string }> }>();
  return (body.pullRequests ?? []).flatMap((pr) => {
    const number = /^refs\/pr\/(\d+)$/.exec(pr.ref)?.[1];
    return number ? [{ number: Number(number), head: pr.targetCommit }] : [];
  });
}
