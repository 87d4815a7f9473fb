import { type CommitResult, classifyCommitFailure, createCommit, isLostAnswer } from "../hub/commit";
import { type HubConnection, isHubError } from "../hub/connection";
import { remoteFiles } from "../hub/files";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoInfo } from "../hub/repos";
import { withRetries } from "../hub/retry";
import { commitWebUrl, repoWebUrl } from "../hub/urls";
import { commitRetries } from "./commit-retries";
import { withSourceCommit } from "./commit-message";
import { OptionError } from "./errors";
import { REPO_INPUTS, parsePathInRepo, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";

export interface DeleteFileOptions {
  repo: RepoRef;
  revision: string;
  pathInRepo: string;
  commitMessage: string;
  commitDescription?: string;
  /** A file that is already absent counts as deleted. */
  missingOk: boolean;
}

export const deleteFile = defineOperation({
  name: "delete-file",
  inputs: {
    ...REPO_INPUTS,
    revision: "revision",
    path_in_repo: "pathInRepo",
    commit_message: "commitMessage",
    commit_description: "commitDescription",
    missing_ok: "missingOk",
  },
  outputs: ["commit_url", "commit_sha"],
  parse: (read, { source }): DeleteFileOptions => {
    const repo = parseRepo(read);
    const revision = parseRevision(read("revision"));
    const pathInRepo = parsePathInRepo(
      requireText("path_in_repo", read("path_in_repo"), "the path of the file to delete inside the repo"),
    );
    return {
      repo,
      revision,
      pathInRepo,
      commitMessage: read("commit_message") || withSourceCommit(`Delete ${pathInRepo}`, source),
      commitDescription: read("commit_description") || undefined,
      missingOk: parseBoolean("missing_ok", read("missing_ok"), false)!,
    };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const where = `${repoId(options.repo)} at revision ${options.revision}`;
    const commit = await commitDeletion(context.connection, options);
    const repoLink = { label: "Repository", url: repoWebUrl(context.connection.endpoint, options.repo) };
    if (!commit) {
      if (!options.missingOk) {
        throw new OptionError(
          "pathInRepo",
          `${options.pathInRepo} does not exist in ${where}. Check the path, or set missing_ok: true to accept a missing file.`,
        );
      }
      const headline = `${options.pathInRepo} is already absent from ${where}; nothing to delete`;
      context.reporter.info(headline);
      return { outputs: { commit_url: "", commit_sha: "" }, headline, links: [repoLink] };
    }
    const headline = `Deleted ${options.pathInRepo} from ${where} in commit ${commit.sha}`;
    context.reporter.info(headline);
    return {
      outputs: { commit_url: commit.url, commit_sha: commit.sha },
      headline,
      links: [repoLink, { label: "Commit", url: commit.url }],
    };
  },
});

/**
 * Deletes the file in a commit that names the head it was checked against. When the answer is lost or the
 * branch moved, it checks again instead of re-sending: a deletion that already landed is reported as that
 * head. Resolves undefined when the file is not there (nothing to commit).
 */
async function commitDeletion(
  connection: HubConnection,
  options: DeleteFileOptions,
): Promise<CommitResult | undefined> {
  const { repo, revision, pathInRepo } = options;
  return withRetries(
    async ({ failures }) => {
      const { sha: head } = await repoInfo(connection, repo, revision);
      // Asked at that very head: a lost attempt landing between the two calls cannot make the check report an
      // older head as its commit.
      const present = (await remoteFiles(connection, repo, head ?? revision, [pathInRepo])).length > 0;
      if (!present) {
        const landedEarlier = failures.some(isLostAnswer) && head;
        return landedEarlier ? { sha: head, url: commitWebUrl(connection.endpoint, repo, head) } : undefined;
      }
      return createCommit(connection, repo, {
        revision,
        header: { summary: options.commitMessage, description: options.commitDescription, parentCommit: head },
        operations: [{ kind: "deleteFile", pathInRepo }],
      });
    },
    commitRetries(connection, revision, (error) =>
      // 404: someone deleted it between our check and our commit; the next check sees that.
      isHubError(error, 404) && error.errorCode === "EntryNotFound"
        ? { action: "replan" }
        : classifyCommitFailure(error),
    ),
  );
}
