import { type HubConnection, hubRequest } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";

export interface PreuploadFile {
  path: string;
  size: number;
  /** The first bytes of the file, which the Hub uses to tell text from binary. */
  sample: Buffer;
}

export interface PreuploadVerdict {
  path: string;
  uploadMode: "regular" | "lfs";
  /** Excluded by the `.gitignore` that applies: the file stays out of the commit. */
  shouldIgnore: boolean;
  /** What the path holds now, when it exists: git blob SHA-1 for a regular file, sha256 for an LFS file. */
  oid?: string;
}

export interface PreuploadAnswer {
  verdicts: PreuploadVerdict[];
  /** The head of the revision the Hub answered for. */
  headCommit?: string;
}

export interface PreuploadTarget {
  revision: string;
  createPr?: boolean;
  /** The `.gitignore` the upload brings, if any; without it the Hub applies the repo's own. */
  gitIgnore?: string;
}

/** Asks the Hub, for one batch of files, which go to LFS, which to leave out, and what each path holds now. */
export async function preupload(
  connection: HubConnection,
  repo: RepoRef,
  target: PreuploadTarget,
  files: PreuploadFile[],
): Promise<PreuploadAnswer> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: `${repoApiPath(repo)}/preupload/${encodeURIComponent(target.revision)}${target.createPr ? "?create_pr=1" : ""}`,
    json: {
      files: files.map((file) => ({ path: file.path, size: file.size, sample: file.sample.toString("base64") })),
      ...(target.gitIgnore !== undefined ? { gitIgnore: target.gitIgnore } : {}),
    },
  });
  const body = response.json<{ files: PreuploadVerdict[]; commitOid?: string }>();
  return { verdicts: body.files, headCommit: body.commitOid };
}
