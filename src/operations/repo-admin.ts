import { isHubError } from "../hub/connection";
import { deleteRepo as deleteHubRepo, moveRepo as moveHubRepo } from "../hub/repo-admin";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoWebUrl } from "../hub/urls";
import { InputError, type OperationContext, type OperationResult } from "./types";

export interface DeleteRepoOptions {
  repo: RepoRef;
  /** A repo that is already gone counts as deleted. */
  missingOk: boolean;
}

export async function deleteRepo(context: OperationContext, options: DeleteRepoOptions): Promise<OperationResult> {
  const id = repoId(options.repo);
  try {
    await deleteHubRepo(context.connection, options.repo);
  } catch (error) {
    if (!(isHubError(error, 404) && options.missingOk)) throw error;
    const headline = `${options.repo.type} repo ${id} does not exist; nothing to delete`;
    context.reporter.info(headline);
    return { outputs: { deleted: "false" }, headline, links: [] };
  }
  const headline = `Deleted ${options.repo.type} repo ${id}`;
  context.reporter.info(headline);
  return { outputs: { deleted: "true" }, headline, links: [] };
}

export interface MoveRepoOptions {
  repo: RepoRef;
  to: RepoRef;
}

export async function moveRepo(context: OperationContext, options: MoveRepoOptions): Promise<OperationResult> {
  if (repoId(options.repo).toLowerCase() === repoId(options.to).toLowerCase()) {
    throw new InputError("to_repo_id", `is the same as repo_id (${repoId(options.repo)}). Name the new id.`);
  }
  await moveHubRepo(context.connection, options.repo, options.to);
  const url = repoWebUrl(context.connection.endpoint, options.to);
  const headline = `Moved ${repoId(options.repo)} to ${repoId(options.to)}`;
  context.reporter.info(headline);
  return { outputs: { url, repo_id: repoId(options.to) }, headline, links: [{ label: "Repository", url }] };
}
