import type { UploadFile } from "./file";

/** Above these, one upload becomes several commits (the Hub gives up on commits that take over ~60 s). */
export interface CommitLimits {
  maxFiles: number;
  maxBytes: number;
}

export const DEFAULT_COMMIT_LIMITS: CommitLimits = { maxFiles: 5_000, maxBytes: 50 * 1024 ** 3 };

/** Whether `file` must open a new commit after one that holds `files` files of `bytes` bytes (a single file always fits). */
export function startsNewCommit(
  held: { files: number; bytes: number },
  file: UploadFile,
  limits: CommitLimits,
): boolean {
  return held.files > 0 && (held.files >= limits.maxFiles || held.bytes + file.size > limits.maxBytes);
}

/** Splits files into consecutive batches that each stay within the limits. */
export function splitIntoCommits(files: UploadFile[], limits: CommitLimits): UploadFile[][] {
  const batches: UploadFile[][] = [];
  let current: UploadFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (startsNewCommit({ files: current.length, bytes }, file, limits)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}
