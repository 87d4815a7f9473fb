import { type RepoRef, repoId } from "../hub/repo-ref";
import { type SpaceSdk, createRepo as createHubRepo } from "../hub/repos";
import type { SpaceSettings } from "../hub/spaces";
import { InputError } from "./errors";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { SPACE_SETTINGS_INPUTS, parseSpaceSettings, settingSecrets } from "./inputs/space";
import { parseBoolean, parseChoice } from "./inputs/values";
import { defineOperation } from "./operation";

const SPACE_SDKS: readonly SpaceSdk[] = ["gradio", "docker", "static"];

export interface CreateRepoOptions {
  repo: RepoRef;
  /** Unset leaves the choice to the Hub (the namespace's default). */
  private?: boolean;
  existOk: boolean;
  spaceSdk?: SpaceSdk;
  /** A new Space's hardware, sleep time, secrets and variables, sent in the create call. */
  spaceSettings: SpaceSettings;
}

export const createRepo = defineOperation({
  name: "create-repo",
  inputs: { ...REPO_INPUTS, private: "private", exist_ok: "existOk", space_sdk: "spaceSdk", ...SPACE_SETTINGS_INPUTS },
  outputs: ["url", "repo_id", "created"],
  parse: (read): CreateRepoOptions => {
    const repo = parseRepo(read);
    return {
      repo,
      private: parseBoolean("private", read("private")),
      existOk: parseBoolean("exist_ok", read("exist_ok"), true)!,
      spaceSdk: parseSpaceSdk(repo, read("space_sdk")),
      spaceSettings: parseSpaceSettings(read, repo),
    };
  },
  secrets: (options) => settingSecrets(options.spaceSettings),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const id = repoId(options.repo);
    const result = await createHubRepo(context.connection, options.repo, options);
    const headline = result.created
      ? `Created ${options.repo.type} repo ${id}${options.private ? " (private)" : ""}`
      : `${options.repo.type} repo ${id} already exists; its settings were left as they are`;
    context.reporter.info(headline);
    return {
      outputs: { url: result.url, repo_id: id, created: String(result.created) },
      headline,
      links: [{ label: "Repository", url: result.url }],
    };
  },
});

function parseSpaceSdk(repo: RepoRef, raw: string): SpaceSdk | undefined {
  if (repo.type !== "space") {
    if (raw) throw new InputError("space_sdk", `only applies to Spaces; repo_type is ${repo.type}. Remove it.`);
    return undefined;
  }
  if (!raw) throw new InputError("space_sdk", `is required for a Space. Use one of ${SPACE_SDKS.join(", ")}.`);
  return parseChoice("space_sdk", raw, SPACE_SDKS);
}
