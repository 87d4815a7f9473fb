import type { SelectedFile } from "./select-files";

/** Above these, one upload becomes several commits (the Hub gives up on commits that take over ~60 s). */
export interface CommitLimits {
  maxFiles: number;
  maxBytes: number;
}

export const DEFAULT_COMMIT_LIMITS: CommitLimits = { maxFiles: 5_000, maxBytes: 50 * 1024 ** 3 };

/** Splits files into consecutive batches that each stay within the limits (a single file always fits). */
export function splitIntoCommits(files: SelectedFile[], limits: CommitLimits): SelectedFile[][] {
  const batches: SelectedFile[][] = [];
  let current: SelectedFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= limits.maxFiles || bytes + file.size > limits.maxBytes)) {
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
