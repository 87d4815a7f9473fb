import { isHubError } from "../hub/connection";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoWebUrl, treeWebUrl } from "../hub/urls";
import type { OperationContext, OperationResult } from "./operation";

export type RefKind = "branch" | "tag";

/** Runs `change`; a Hub answer of `status` counts as "nothing to do" when allowed. True when it changed something. */
export async function tolerating(status: number, allowed: boolean, change: () => Promise<void>): Promise<boolean> {
  try {
    await change();
    return true;
  } catch (error) {
    if (allowed && isHubError(error, status)) return false;
    throw error;
  }
}

export function refCreated(
  context: OperationContext,
  repo: RepoRef,
  ref: { kind: RefKind; name: string; createdFrom?: string },
): OperationResult<"url" | "created"> {
  const url = treeWebUrl(context.connection.endpoint, repo, ref.name);
  const headline = ref.createdFrom
    ? `Created ${ref.kind} ${ref.name} of ${repoId(repo)} ${ref.createdFrom}`
    : `${ref.kind} ${ref.name} of ${repoId(repo)} already exists; left as it is`;
  context.reporter.info(headline);
  return {
    outputs: { url, created: String(Boolean(ref.createdFrom)) },
    headline,
    links: [{ label: ref.kind, url }],
  };
}

export function refDeleted(
  context: OperationContext,
  repo: RepoRef,
  ref: { kind: RefKind; name: string; deleted: boolean },
): OperationResult<"url" | "deleted"> {
  const url = repoWebUrl(context.connection.endpoint, repo);
  const headline = ref.deleted
    ? `Deleted ${ref.kind} ${ref.name} of ${repoId(repo)}`
    : `${ref.kind} ${ref.name} of ${repoId(repo)} does not exist`;
  context.reporter.info(headline);
  return { outputs: { url, deleted: String(ref.deleted) }, headline, links: [{ label: "Repository", url }] };
}
