import { isHubError } from "../hub/connection";
import {
  createBranch as createHubBranch,
  createTag as createHubTag,
  deleteBranch as deleteHubBranch,
  deleteTag as deleteHubTag,
} from "../hub/refs";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoWebUrl, treeWebUrl } from "../hub/urls";
import type { OperationContext, OperationResult } from "./types";

export interface CreateRefOptions {
  repo: RepoRef;
  /** The branch or tag to create. */
  name: string;
  /** Where it starts: a branch, tag or commit. */
  from: string;
  message?: string;
  existOk: boolean;
}

export interface DeleteRefOptions {
  repo: RepoRef;
  name: string;
  missingOk: boolean;
}

export async function createBranch(context: OperationContext, options: CreateRefOptions): Promise<OperationResult> {
  const created = await tolerate(409, options.existOk, () =>
    createHubBranch(context.connection, options.repo, options.name, options.from),
  );
  return refResult(context, options.repo, "branch", options.name, created ? `from ${options.from}` : undefined);
}

export async function deleteBranch(context: OperationContext, options: DeleteRefOptions): Promise<OperationResult> {
  const deleted = await tolerate(404, options.missingOk, () =>
    deleteHubBranch(context.connection, options.repo, options.name),
  );
  return refGone(context, options.repo, "branch", options.name, deleted);
}

export async function createTag(context: OperationContext, options: CreateRefOptions): Promise<OperationResult> {
  const created = await tolerate(409, options.existOk, () =>
    createHubTag(context.connection, options.repo, options.name, options.from, options.message),
  );
  return refResult(context, options.repo, "tag", options.name, created ? `on ${options.from}` : undefined);
}

export async function deleteTag(context: OperationContext, options: DeleteRefOptions): Promise<OperationResult> {
  const deleted = await tolerate(404, options.missingOk, () =>
    deleteHubTag(context.connection, options.repo, options.name),
  );
  return refGone(context, options.repo, "tag", options.name, deleted);
}

/** Runs `work`; a Hub answer of `status` counts as "nothing to do" when allowed. True when work was done. */
async function tolerate(status: number, allowed: boolean, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (allowed && isHubError(error, status)) return false;
    throw error;
  }
}

function refResult(
  context: OperationContext,
  repo: RepoRef,
  kind: "branch" | "tag",
  name: string,
  createdFrom: string | undefined,
): OperationResult {
  const url = treeWebUrl(context.connection.endpoint, repo, name);
  const headline = createdFrom
    ? `Created ${kind} ${name} of ${repoId(repo)} ${createdFrom}`
    : `${kind} ${name} of ${repoId(repo)} already exists; left as it is`;
  context.reporter.info(headline);
  return { outputs: { url, created: String(Boolean(createdFrom)) }, headline, links: [{ label: kind, url }] };
}

function refGone(
  context: OperationContext,
  repo: RepoRef,
  kind: "branch" | "tag",
  name: string,
  deleted: boolean,
): OperationResult {
  const url = repoWebUrl(context.connection.endpoint, repo);
  const headline = deleted
    ? `Deleted ${kind} ${name} of ${repoId(repo)}`
    : `${kind} ${name} of ${repoId(repo)} does not exist`;
  context.reporter.info(headline);
  return { outputs: { url, deleted: String(deleted) }, headline, links: [{ label: "Repository", url }] };
}
