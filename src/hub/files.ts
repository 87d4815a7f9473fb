import { listFiles, pathsInfo } from "@huggingface/hub";
import type { CommitResult } from "./commit";
import { MAX_COMMIT_ATTEMPTS, commitRespectingLimits, isLostAnswer, waitBeforeReplanning } from "./commit-safety";
import { repoInfo } from "./repos";
import { commitWebUrl } from "./urls";
import { type HubConnection, isHubError, libraryOptions } from "./connection";
import { type RepoRef, repoId } from "./repo-ref";

export interface RemoteFile {
  path: string;
  size: number;
  /** Git blob SHA-1 of the stored content (of the pointer, for LFS files). */
  oid?: string;
  lfs?: { oid: string; size: number };
}

/** The entries that exist at `revision` among `paths`; missing paths are simply absent. */
export async function remoteFiles(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  paths: string[],
): Promise<RemoteFile[]> {
  const entries = await pathsInfo({
    repo: { type: ref.type, name: repoId(ref) },
    paths,
    revision,
    ...libraryOptions(connection),
  });
  return entries
    .filter((entry) => entry.type === "file")
    .map((entry) => ({ path: entry.path, size: entry.size, oid: entry.oid, lfs: entry.lfs }));
}

export interface DeleteFileOptions {
  summary: string;
  description?: string;
}

/**
 * Deletes one file in a commit that names the head it was checked against. When the answer is lost or
 * the branch moved, it checks again instead of re-sending: a deletion that already landed is reported
 * as that head. Resolves undefined when the file is not there (nothing to commit).
 */
export async function deleteFile(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  pathInRepo: string,
  options: DeleteFileOptions,
): Promise<CommitResult | undefined> {
  let lost = false;
  for (let attempt = 1; ; attempt++) {
    const { sha: head } = await repoInfo(connection, ref, revision);
    const present = (await remoteFiles(connection, ref, revision, [pathInRepo])).length > 0;
    if (!present) return lost && head ? { sha: head, url: commitWebUrl(connection.endpoint, ref, head) } : undefined;
    const header = { summary: options.summary, description: options.description, parentCommit: head };
    try {
      return await commitRespectingLimits(connection, ref, revision, header, [{ kind: "deleteFile", pathInRepo }]);
    } catch (error) {
      // 404: someone deleted it between our check and our commit; the next check sees that.
      const conflict = isHubError(error, 412) || (isHubError(error, 404) && error.errorCode === "EntryNotFound");
      const lostNow = isLostAnswer(error);
      if ((!conflict && !lostNow) || attempt >= MAX_COMMIT_ATTEMPTS) throw error;
      lost ||= lostNow;
      await waitBeforeReplanning(connection, revision, attempt, error, conflict);
    }
  }
}

/** Files at `revision` below `folder` ("" for the whole repo), paging through the tree listing. */
export async function listRepoFiles(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  folder: string,
  recursive = true,
): Promise<RemoteFile[]> {
  const files: RemoteFile[] = [];
  try {
    for await (const entry of listFiles({
      repo: { type: ref.type, name: repoId(ref) },
      revision,
      path: folder || undefined,
      recursive,
      ...libraryOptions(connection),
    })) {
      if (entry.type === "file") files.push({ path: entry.path, size: entry.size, oid: entry.oid, lfs: entry.lfs });
    }
  } catch (error) {
    // A destination folder that does not exist yet simply holds nothing.
    if (folder && isHubError(error, 404) && error.errorCode === "EntryNotFound") return [];
    throw error;
  }
  return files;
}
