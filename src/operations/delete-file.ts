import { deleteFile as deleteHubFile } from "../hub/files";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoWebUrl } from "../hub/urls";
import { InputError, type OperationContext, type OperationResult } from "./types";

export interface DeleteFileOptions {
  repo: RepoRef;
  revision: string;
  pathInRepo: string;
  commitMessage: string;
  commitDescription?: string;
  /** A file that is already absent counts as deleted. */
  missingOk: boolean;
}

export async function deleteFile(context: OperationContext, options: DeleteFileOptions): Promise<OperationResult> {
  const { repo, revision, pathInRepo } = options;
  const where = `${repoId(repo)} at revision ${revision}`;
  const commit = await deleteHubFile(context.connection, repo, revision, pathInRepo, {
    summary: options.commitMessage,
    description: options.commitDescription,
  });
  if (!commit) return missingFile(context, options, where);
  const headline = `Deleted ${pathInRepo} from ${where} in commit ${commit.sha}`;
  context.reporter.info(headline);
  return {
    outputs: { commit_url: commit.url, commit_sha: commit.sha },
    headline,
    links: [
      { label: "Repository", url: repoWebUrl(context.connection.endpoint, repo) },
      { label: "Commit", url: commit.url },
    ],
  };
}

function missingFile(context: OperationContext, options: DeleteFileOptions, where: string): OperationResult {
  if (!options.missingOk) {
    throw new InputError(
      "path_in_repo",
      `${options.pathInRepo} does not exist in ${where}. Check the path, or set missing_ok: true to accept a missing file.`,
    );
  }
  const headline = `${options.pathInRepo} is already absent from ${where}; nothing to delete`;
  context.reporter.info(headline);
  return {
    outputs: { commit_url: "", commit_sha: "" },
    headline,
    links: [{ label: "Repository", url: repoWebUrl(context.connection.endpoint, options.repo) }],
  };
}
