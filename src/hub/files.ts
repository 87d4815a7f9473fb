import { type HubConnection, hubRequest, isHubError } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";
import { encodePath } from "./urls";

export interface RemoteFile {
  path: string;
  size: number;
  /** Git blob SHA-1 of the stored content (of the pointer, for LFS files). */
  oid?: string;
  lfs?: { oid: string; size: number };
}

interface TreeEntry extends RemoteFile {
  type: "file" | "directory";
}

const filesOf = (entries: TreeEntry[]): RemoteFile[] =>
  entries
    .filter((entry) => entry.type === "file")
    .map((entry) => ({ path: entry.path, size: entry.size, oid: entry.oid, lfs: entry.lfs }));

// The Hub takes at most 2000 paths a call; mirror mode may ask about more.
const PATHS_PER_CALL = 1000;

/** The entries that exist at `revision` among `paths`; missing paths are simply absent. */
export async function remoteFiles(
  connection: HubConnection,
  repo: RepoRef,
  revision: string,
  paths: string[],
): Promise<RemoteFile[]> {
  const found: RemoteFile[] = [];
  for (let start = 0; start < paths.length; start += PATHS_PER_CALL) {
    const response = await hubRequest(connection, {
      method: "POST",
      url: `${repoApiPath(repo)}/paths-info/${encodeURIComponent(revision)}`,
      json: { paths: paths.slice(start, start + PATHS_PER_CALL), expand: false },
    });
    found.push(...filesOf(response.json<TreeEntry[]>()));
  }
  return found;
}

export interface TreeListing {
  revision: string;
  /** Folder to list ("" for the whole repo). */
  folder: string;
  recursive: boolean;
}

/** Files at a revision below a folder, paging through the tree listing (`Link: rel="next"`). */
export async function listRepoFiles(
  connection: HubConnection,
  repo: RepoRef,
  listing: TreeListing,
): Promise<RemoteFile[]> {
  const folder = listing.folder ? `/${encodePath(listing.folder)}` : "";
  const files: RemoteFile[] = [];
  let url: string | undefined =
    `${repoApiPath(repo)}/tree/${encodeURIComponent(listing.revision)}${folder}?recursive=${listing.recursive}&expand=false`;
  try {
    while (url) {
      const response = await hubRequest(connection, { url });
      files.push(...filesOf(response.json<TreeEntry[]>()));
      url = nextPage(response.header("link"));
    }
  } catch (error) {
    // A destination folder that does not exist yet simply holds nothing.
    if (listing.folder && isHubError(error, 404) && error.errorCode === "EntryNotFound") return [];
    throw error;
  }
  return files;
}

/** The `rel="next"` target of a `Link` header, when there is a next page. */
export function nextPage(link: string | undefined): string | undefined {
  return link ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
}
