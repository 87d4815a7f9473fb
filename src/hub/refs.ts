import { createBranch as libraryCreateBranch, deleteBranch as libraryDeleteBranch } from "@huggingface/hub";
import { type HubConnection, hubRequest, isHubError, libraryOptions } from "./connection";
import { type RepoRef, repoApiPath, repoId } from "./repo-ref";

/** Whether `revision` names something the repo has (branch, tag or commit). */
export async function revisionExists(connection: HubConnection, ref: RepoRef, revision: string): Promise<boolean> {
  try {
    await hubRequest(connection, { url: `${repoApiPath(ref)}/revision/${encodeURIComponent(revision)}` });
    return true;
  } catch (error) {
    if (isHubError(error, 404) && error.errorCode === "RevisionNotFound") return false;
    throw error;
  }
}

export async function createBranch(
  connection: HubConnection,
  ref: RepoRef,
  branch: string,
  startingPoint?: string,
): Promise<void> {
  await libraryCreateBranch({
    repo: { type: ref.type, name: repoId(ref) },
    branch,
    revision: startingPoint,
    ...libraryOptions(connection),
  });
}

export async function deleteBranch(connection: HubConnection, ref: RepoRef, branch: string): Promise<void> {
  await libraryDeleteBranch({ repo: { type: ref.type, name: repoId(ref) }, branch, ...libraryOptions(connection) });
}

// The JS client has no tag calls.
export async function createTag(
  connection: HubConnection,
  ref: RepoRef,
  tag: string,
  revision: string,
  message?: string,
): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: `${repoApiPath(ref)}/tag/${encodeURIComponent(revision)}`,
    json: { tag, ...(message ? { message } : {}) },
  });
}

export async function deleteTag(connection: HubConnection, ref: RepoRef, tag: string): Promise<void> {
  await hubRequest(connection, { method: "DELETE", url: `${repoApiPath(ref)}/tag/${encodeURIComponent(tag)}` });
}
