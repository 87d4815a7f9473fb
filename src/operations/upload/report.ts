import { type RepoRef, repoId } from "../../hub/repo-ref";
import { fileWebUrl, repoWebUrl, treeWebUrl } from "../../hub/urls";
import type { OperationResult, SummaryLink } from "../operation";
import type { UploadFile } from "./file";
import { formatBytes } from "./progress";
import type { Selection } from "./select";

/** What the whole upload did, over however many commits it took. */
export interface UploadOutcome {
  selection: Selection;
  files: UploadFile[];
  deleted: string[];
  commits: Array<{ sha: string; url: string }>;
  pullRequestUrl?: string;
  /** The revision the files landed on: the branch, or the pull request's ref. */
  landedOn: string;
}

export const UPLOAD_OUTPUTS = [
  "url",
  "commit_url",
  "commit_sha",
  "pr_url",
  "uploaded",
  "unchanged",
  "deleted",
  "skipped",
  "ignored",
] as const;

export type UploadOutput = (typeof UPLOAD_OUTPUTS)[number];

// The job summary is capped at 1 MiB; a few hundred rows say enough.
const MAX_TABLE_ROWS = 500;

/** Outputs and job summary of an upload, from what it did. */
export function uploadReport(
  endpoint: string,
  target: { repo: RepoRef; revision: string },
  outcome: UploadOutcome,
): OperationResult<UploadOutput> {
  const { repo } = target;
  const { selection } = outcome;
  const uploaded = outcome.files.filter((file) => file.outcome === "uploaded").map((file) => file.pathInRepo);
  const unchanged = outcome.files.filter((file) => file.outcome === "unchanged").map((file) => file.pathInRepo);
  const ignored = outcome.files.filter((file) => file.outcome === "ignored").map((file) => file.pathInRepo);
  const lastCommit = outcome.commits.at(-1);
  const url = selection.singleFile
    ? fileWebUrl(endpoint, repo, outcome.landedOn, selection.files[0].pathInRepo)
    : treeWebUrl(endpoint, repo, outcome.landedOn, selection.destinationFolder);
  const skipped = outcome.commits.length === 0;
  const headline = skipped
    ? `Nothing changed in ${repoId(repo)}@${target.revision}: no commit made (${unchanged.length} file(s) unchanged)`
    : `${repoId(repo)}@${outcome.landedOn}: ${uploaded.length} uploaded, ${unchanged.length} unchanged, ${outcome.deleted.length} deleted in ${outcome.commits.length} commit(s)`;
  const ignoredNote = ignored.length > 0 ? `; ${ignored.length} file(s) left out by .gitignore` : "";
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
      ignored: JSON.stringify(ignored),
    },
    headline: headline + ignoredNote,
    links,
    table: fileTable(outcome),
  };
}

function fileTable(outcome: UploadOutcome): OperationResult["table"] {
  const count = outcome.files.length + outcome.deleted.length;
  if (count === 0) return undefined;
  // Only the rows shown are built: an upload of many thousand files pays for a few hundred.
  const files = outcome.files.slice(0, MAX_TABLE_ROWS);
  const rows = [
    ...files.map((file) => [
      file.pathInRepo,
      formatBytes(file.size),
      file.storage === "lfs" ? "LFS" : "regular",
      file.outcome ?? "",
    ]),
    ...outcome.deleted.slice(0, MAX_TABLE_ROWS - files.length).map((path) => [path, "", "", "deleted"]),
  ];
  if (count > rows.length) rows.push([`... and ${count - rows.length} more`, "", "", ""]);
  return { header: ["File", "Size", "Storage", "Result"], rows };
}
