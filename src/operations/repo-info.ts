import { type RepoRef, repoId } from "../hub/repo-ref";
import { repoInfo as hubRepoInfo } from "../hub/repos";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean } from "./inputs/values";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

export interface RepoInfoOptions {
  repo: RepoRef;
  /** Unset: the repo's default branch. */
  revision?: string;
  /** Ask for the Hub's security scan status too. */
  securityStatus: boolean;
}

export const repoInfo = defineOperation({
  name: "repo-info",
  inputs: { ...REPO_INPUTS, revision: "revision", security_status: "securityStatus" },
  outputs: ["info", "json_file", "sha", "private", "url"],
  parse: (read): RepoInfoOptions => ({
    repo: parseRepo(read),
    revision: read("revision") ? parseRevision(read("revision")) : undefined,
    securityStatus: parseBoolean("security_status", read("security_status"), false)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const info = await hubRepoInfo(context.connection, options.repo, options.revision, options);
    const url = repoWebUrl(context.connection.endpoint, options.repo);
    const headline = `${repoId(options.repo)}: ${info.private ? "private" : "public"}, head ${info.sha ?? "unknown"}`;
    const result = queryResult(context, headline, { output: "info" as const, value: info }, [
      { label: "Repository", url },
    ]);
    return { ...result, outputs: { sha: info.sha ?? "", private: String(info.private), url } };
  },
});
