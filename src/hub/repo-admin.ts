import { deleteRepo as libraryDeleteRepo } from "@huggingface/hub";
import { type HubConnection, hubRequest, libraryOptions } from "./connection";
import { type RepoRef, repoId } from "./repo-ref";

export async function deleteRepo(connection: HubConnection, ref: RepoRef): Promise<void> {
  await libraryDeleteRepo({ repo: { type: ref.type, name: repoId(ref) }, ...libraryOptions(connection) });
}

// The JS client has no move call.
export async function moveRepo(connection: HubConnection, from: RepoRef, to: RepoRef): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: "/api/repos/move",
    json: { fromRepo: repoId(from), toRepo: repoId(to), type: from.type },
  });
}
