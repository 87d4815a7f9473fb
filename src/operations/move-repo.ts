import { type RepoRef, repoId } from "../hub/repo-ref";
import { moveRepo as moveHubRepo } from "../hub/repos";
import { repoWebUrl } from "../hub/urls";
import { OptionError } from "./errors";
import { REPO_INPUTS, parseRepo, parseRepoIdInput } from "./inputs/repo";
import { requireText } from "./inputs/values";
import { defineOperation } from "./operation";

export interface MoveRepoOptions {
  repo: RepoRef;
  to: RepoRef;
}

export const moveRepo = defineOperation({
  name: "move-repo",
  inputs: { ...REPO_INPUTS, to_repo_id: "to" },
  outputs: ["url", "repo_id"],
  parse: (read): MoveRepoOptions => {
    const repo = parseRepo(read);
    const raw = requireText("to_repo_id", read("to_repo_id"), "the new id, as namespace/name");
    return { repo, to: parseRepoIdInput("to_repo_id", raw, repo.type, read("organization")) };
  },
  repos: (options) => [options.repo, options.to],
  run: async (context, options) => {
    // Compared once bare names are resolved: "model" and "alice/model" may be the same repo.
    if (repoId(options.repo).toLowerCase() === repoId(options.to).toLowerCase()) {
      throw new OptionError("to", `is the same as repo_id (${repoId(options.repo)}). Name the new id.`);
    }
    await moveHubRepo(context.connection, options.repo, options.to);
    const url = repoWebUrl(context.connection.endpoint, options.to);
    const headline = `Moved ${repoId(options.repo)} to ${repoId(options.to)}`;
    context.reporter.info(headline);
    return { outputs: { url, repo_id: repoId(options.to) }, headline, links: [{ label: "Repository", url }] };
  },
});
