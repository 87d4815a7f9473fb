import type { CommitResult } from "./commit";
import { type HubConnection, hubRequest } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";
import { commitWebUrl, repoWebUrl } from "./urls";

export interface PullRequestRef {
  number: number;
  head: string;
}

/** The repo's pull-request refs (`refs/pr/<n>`) and the commit each points at. */
export async function listPullRequestRefs(connection: HubConnection, ref: RepoRef): Promise<PullRequestRef[]> {
  const response = await hubRequest(connection, { url: `${repoApiPath(ref)}/refs?include_prs=1` });
  const body = response.json<{ pullRequests?: Array<{ ref: string; targetCommit: string }> }>();
  return (body.pullRequests ?? []).flatMap((pr) => {
    const number = /^refs\/pr\/(\d+)$/.exec(pr.ref)?.[1];
    return number ? [{ number: Number(number), head: pr.targetCommit }] : [];
  });
}

/**
 * After a lost answer to a pull-request commit: the pull request that appeared since `before` and whose
 * head commit carries our summary is the one that attempt opened.
 */
export async function findOpenedPullRequest(
  connection: HubConnection,
  ref: RepoRef,
  before: PullRequestRef[],
  summary: string,
): Promise<CommitResult | undefined> {
  const known = new Set(before.map((pr) => pr.number));
  for (const pr of await listPullRequestRefs(connection, ref)) {
    if (known.has(pr.number)) continue;
    const response = await hubRequest(connection, {
      url: `${repoApiPath(ref)}/commits/${encodeURIComponent(`refs/pr/${pr.number}`)}?limit=1`,
    });
    const [head] = response.json<Array<{ id: string; title: string }>>();
    if (head?.id === pr.head && head.title === summary) {
      const pullRequestUrl = `${repoWebUrl(connection.endpoint, ref)}/discussions/${pr.number}`;
      return { sha: pr.head, url: commitWebUrl(connection.endpoint, ref, pr.head), pullRequestUrl };
    }
  }
  return undefined;
}
