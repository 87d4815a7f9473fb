import { deleteFile as libraryDeleteFile, listFiles, pathsInfo } from "@huggingface/hub";
import { type HubConnection, isHubError, libraryOptions } from "./connection";
import { type RepoRef, repoId } from "./repo-ref";
import type { CommitResult } from "./commit";

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

export async function deleteFile(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  pathInRepo: string,
  options: DeleteFileOptions,
): Promise<CommitResult> {
  const output = await libraryDeleteFile({
    repo: { type: ref.type, name: repoId(ref) },
    path: pathInRepo,
    branch: revision,
    commitTitle: options.summary,
    commitDescription: options.description,
    ...libraryOptions(connection),
  });
  if (!output) throw new Error(`the Hub made no commit deleting ${pathInRepo}`);
  return { sha: output.commit.oid, url: output.commit.url, pullRequestUrl: output.pullRequestUrl };
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
