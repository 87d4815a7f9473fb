import { deleteBranch as libraryDeleteBranch } from "@huggingface/hub";
import { type HubConnection, hubRequest, libraryOptions } from "./connection";
import { type RepoRef, repoApiPath, repoId } from "./repo-ref";

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
