import type { SourceInfo } from "./operation";

/** What a commit is about to change, by path. */
export interface PlannedChange {
  uploaded: string[];
  deleted: string[];
}

/** A default commit summary that names what changed and the source commit. */
export function defaultUploadSummary(change: PlannedChange, source: SourceInfo, destination: string): string {
  const parts: string[] = [];
  if (change.uploaded.length === 1) parts.push(`Upload ${change.uploaded[0]}`);
  else if (change.uploaded.length > 1)
    parts.push(`Upload ${change.uploaded.length} files${destination ? ` to ${destination}/` : ""}`);
  if (change.deleted.length === 1) parts.push(`delete ${change.deleted[0]}`);
  else if (change.deleted.length > 1) parts.push(`delete ${change.deleted.length} stale files`);
  const summary = parts.join(", ") || "Update files";
  return withSourceCommit(summary.charAt(0).toUpperCase() + summary.slice(1), source);
}

export function withSourceCommit(summary: string, source: SourceInfo): string {
  return source.sha ? `${summary} from commit ${source.sha}` : summary;
}

export function defaultDescription(source: SourceInfo): string | undefined {
  return source.runUrl ? `Uploaded by GitHub Actions run ${source.runUrl}` : undefined;
}
