/**
 * A file to upload, from selection to the wire. Selection gives where it is and where it goes; later
 * stages fill in what they learn.
 */
export interface UploadFile {
  /** Absolute path on the runner; nothing outside the workspace is ever selected. */
  localPath: string;
  pathInRepo: string;
  size: number;
  /** The content's sha256, once hashed (LFS files only); a fact of the local file, kept across plans. */
  sha256?: string;
  /** How the Hub stores it, from the preupload answer. */
  storage?: "regular" | "lfs";
  /** What the path holds now, from the preupload answer: git blob SHA-1, or sha256 for an LFS file. */
  remoteOid?: string;
  /** From the preupload answer: a `.gitignore` excludes it. */
  ignored?: boolean;
  /**
   * Decided by the plan: unchanged files match what the revision already holds, ignored ones are excluded
   * by a `.gitignore`; both stay out of the commit.
   */
  outcome?: "uploaded" | "unchanged" | "ignored";
}

export const totalSize = (files: UploadFile[]): number => files.reduce((sum, file) => sum + file.size, 0);
