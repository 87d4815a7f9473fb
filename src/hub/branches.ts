import { createBranch as libraryCreateBranch } from "@huggingface/hub";
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
