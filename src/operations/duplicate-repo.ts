import { isHubError } from "../hub/connection";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { type SpaceSettings, duplicateRepo as hubDuplicateRepo } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo, parseRepoIdInput } from "./inputs/repo";
import { SPACE_SETTINGS_INPUTS, parseSpaceSettings, settingSecrets } from "./inputs/space";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";

export interface DuplicateRepoOptions {
  from: RepoRef;
  /** The copy: repo_id, of the same type as the original. */
  repo: RepoRef;
  private?: boolean;
  existOk: boolean;
  spaceSettings: SpaceSettings;
}

/** Copies a repo to a new id: for a Space (a preview per pull request), with its own hardware and settings. */
export const duplicateRepo = defineOperation({
  name: "duplicate-repo",
  inputs: {
    from_repo_id: "from",
    ...REPO_INPUTS,
    private: "private",
    exist_ok: "existOk",
    ...SPACE_SETTINGS_INPUTS,
  },
  outputs: ["url", "created"],
  parse: (read): DuplicateRepoOptions => {
    const repo = parseRepo(read);
    const raw = requireText("from_repo_id", read("from_repo_id"), "the repo to copy, as namespace/name");
    return {
      from: parseRepoIdInput("from_repo_id", raw, repo.type, read("organization")),
      repo,
      private: parseBoolean("private", read("private")),
      existOk: parseBoolean("exist_ok", read("exist_ok"), true)!,
      spaceSettings: parseSpaceSettings(read, repo),
    };
  },
  secrets: (options) => settingSecrets(options.spaceSettings),
  repos: (options) => [options.repo, options.from],
  run: async (context, options) => {
    const { connection } = context;
    let created = true;
    let url: string;
    try {
      url = await hubDuplicateRepo(connection, options.from, {
        to: options.repo,
        private: options.private,
        settings: options.spaceSettings,
      });
    } catch (error) {
      if (!(options.existOk && isHubError(error, 409))) throw error;
      created = false;
      url = repoWebUrl(connection.endpoint, options.repo);
    }
    const headline = created
      ? `Duplicated ${repoId(options.from)} to ${repoId(options.repo)}`
      : `${repoId(options.repo)} already exists; it was left as it is`;
    context.reporter.info(headline);
    return { outputs: { url, created: String(created) }, headline, links: [{ label: "Repository", url }] };
  },
});
