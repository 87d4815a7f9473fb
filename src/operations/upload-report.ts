import { repoId } from "../hub/repo-ref";
import { fileWebUrl, repoWebUrl, treeWebUrl } from "../hub/urls";
import { formatBytes } from "./progress-log";
import type { OperationResult, SummaryLink } from "./types";
import type { UploadFileOptions, UploadOutcome } from "./upload-file";

// The job summary is capped at 1 MiB; a few hundred rows say enough.
const MAX_TABLE_ROWS = 500;

/** Outputs and job summary of an upload, from what it did. */
export function uploadReport(endpoint: string, options: UploadFileOptions, outcome: UploadOutcome): OperationResult {
  const { repo } = options;
  const { selection } = outcome;
  const uploaded = outcome.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo);
  const unchanged = outcome.files.filter((file) => file.outcome === "unchanged").map((file) => file.pathInRepo);
  const lastCommit = outcome.commits.at(-1);
  const url = selection.singleFile
    ? fileWebUrl(endpoint, repo, outcome.landedOn, selection.files[0].pathInRepo)
    : treeWebUrl(endpoint, repo, outcome.landedOn, selection.destinationFolder);
  const skipped = outcome.commits.length === 0;
  const headline = skipped
    ? `Nothing changed in ${repoId(repo)}@${options.revision}: no commit made (${unchanged.length} file(s) unchanged)`
    : `${repoId(repo)}@${outcome.landedOn}: ${uploaded.length} uploaded, ${unchanged.length} unchanged, ${outcome.deleted.length} deleted in ${outcome.commits.length} commit(s)`;
  const links: SummaryLink[] = [{ label: "Repository", url: repoWebUrl(endpoint, repo) }];
  if (!skipped) links.push({ label: selection.singleFile ? "File" : "Folder", url });
  for (const commit of outcome.commits) links.push({ label: "Commit", url: commit.url });
  if (outcome.pullRequestUrl) links.push({ label: "Pull request", url: outcome.pullRequestUrl });
  return {
    outputs: {
      url,
      commit_url: lastCommit?.url ?? "",
      commit_sha: lastCommit?.sha ?? "",
      pr_url: outcome.pullRequestUrl ?? "",
      uploaded: JSON.stringify(uploaded),
      unchanged: JSON.stringify(unchanged),
      deleted: JSON.stringify(outcome.deleted),
      skipped: String(skipped),
    },
    headline,
    links,
    table: fileTable(outcome),
  };
}

function fileTable(outcome: UploadOutcome): OperationResult["table"] {
  const rows = [
    ...outcome.files.map((file) => [
      file.pathInRepo,
      formatBytes(file.size),
      file.storage === "lfs" ? "LFS" : "regular",
      file.outcome,
    ]),
    ...outcome.deleted.map((path) => [path, "", "", "deleted"]),
  ];
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  if (rows.length > shown.length) shown.push([`... and ${rows.length - shown.length} more`, "", "", ""]);
  return { header: ["File", "Size", "Storage", "Result"], rows: shown };
}
