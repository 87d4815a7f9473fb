import { type HubConnection, hubRequest } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";

export interface PreuploadFile {
  path: string;
  size: number;
  sample: Buffer;
}

export interface PreuploadVerdict {
  uploadMode: "regular" | "lfs";
  shouldIgnore: boolean;
  /** What the path holds now, when it exists: git blob SHA-1 for a regular file, sha256 for an LFS file. */
  oid?: string;
}

export interface PreuploadResult {
  verdicts: Map<string, PreuploadVerdict>;
  headCommit?: string;
}

// The Hub takes up to 1000 files per call; 500 keeps each answer quick and 2,000 files within 4 calls.
const PREUPLOAD_BATCH = 500;

/** Asks the Hub which files go to LFS and what is already stored at each path. */
export async function preupload(
  connection: HubConnection,
  ref: RepoRef,
  revision: string,
  files: PreuploadFile[],
  createPr = false,
): Promise<PreuploadResult> {
  const verdicts = new Map<string, PreuploadVerdict>();
  let headCommit: string | undefined;
  for (let start = 0; start < files.length; start += PREUPLOAD_BATCH) {
    const batch = files.slice(start, start + PREUPLOAD_BATCH);
    const response = await hubRequest(connection, {
      method: "POST",
      url: `${repoApiPath(ref)}/preupload/${encodeURIComponent(revision)}${createPr ? "?create_pr=1" : ""}`,
      json: {
        files: batch.map((file) => ({ path: file.path, size: file.size, sample: file.sample.toString("base64") })),
      },
    });
    const body = response.json<{
      files: Array<{ path: string } & PreuploadVerdict>;
      commitOid?: string;
    }>();
    headCommit ??= body.commitOid;
    for (const file of body.files) {
      verdicts.set(file.path, { uploadMode: file.uploadMode, shouldIgnore: file.shouldIgnore, oid: file.oid });
    }
  }
  return { verdicts, headCommit };
}
