import { isHubError } from "../hub/connection";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { deleteRepo as deleteHubRepo } from "../hub/repos";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseBoolean } from "./inputs/values";
import { defineOperation } from "./operation";

export interface DeleteRepoOptions {
  repo: RepoRef;
  /** A repo that is already gone counts as deleted. */
  missingOk: boolean;
}

export const deleteRepo = defineOperation({
  name: "delete-repo",
  inputs: { ...REPO_INPUTS, missing_ok: "missingOk" },
  outputs: ["deleted"],
  parse: (read): DeleteRepoOptions => ({
    repo: parseRepo(read),
    missingOk: parseBoolean("missing_ok", read("missing_ok"), false)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const id = repoId(options.repo);
    let deleted = true;
    try {
      await deleteHubRepo(context.connection, options.repo);
    } catch (error) {
      if (!(isHubError(error, 404) && options.missingOk)) throw error;
      deleted = false;
    }
    const headline = deleted
      ? `Deleted ${options.repo.type} repo ${id}`
      : `${options.repo.type} repo ${id} does not exist; nothing to delete`;
    context.reporter.info(headline);
    return { outputs: { deleted: String(deleted) }, headline, links: [] };
  },
});
