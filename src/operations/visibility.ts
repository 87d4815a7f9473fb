import { type RepoRef, repoId } from "../hub/repo-ref";
import { setVisibility } from "../hub/repos";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { requireBoolean } from "./inputs/values";
import { defineOperation } from "./operation";

export interface VisibilityOptions {
  repo: RepoRef;
  private: boolean;
}

export const visibility = defineOperation({
  name: "visibility",
  inputs: { ...REPO_INPUTS, private: "private" },
  outputs: ["url", "private"],
  parse: (read): VisibilityOptions => ({ repo: parseRepo(read), private: requireBoolean("private", read("private")) }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    await setVisibility(context.connection, options.repo, options.private);
    const url = repoWebUrl(context.connection.endpoint, options.repo);
    const headline = `${repoId(options.repo)} is now ${options.private ? "private" : "public"}`;
    context.reporter.info(headline);
    return { outputs: { url, private: String(options.private) }, headline, links: [{ label: "Repository", url }] };
  },
});
