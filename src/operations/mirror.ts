import picomatch from "picomatch";
import type { RemoteFile } from "../hub/files";

/**
 * Remote files under `folder` that match `patterns` (relative to that folder) and that this upload
 * does not bring: the stale files mirror mode deletes. `.gitattributes` is never among them.
 */
export function staleFiles(remote: RemoteFile[], folder: string, patterns: string[], uploading: Set<string>): string[] {
  if (patterns.length === 0) return [];
  const matches = picomatch(patterns, { dot: true });
  const prefix = folder ? `${folder}/` : "";
  return remote
    .map((file) => file.path)
    .filter((path) => path.startsWith(prefix) && !uploading.has(path) && !isGitAttributes(path))
    .filter((path) => matches(path.slice(prefix.length)))
    .sort();
}

// Deleting it would change which files the Hub stores in LFS.
function isGitAttributes(path: string): boolean {
  return path === ".gitattributes" || path.endsWith("/.gitattributes");
}
