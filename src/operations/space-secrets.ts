import type { RepoRef } from "../hub/repo-ref";
import { type SpaceSetting, addSpaceSecret, deleteSpaceSecret } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { InputError } from "./errors";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseNames, parseSettings, requireSpace } from "./inputs/space";
import { defineOperation } from "./operation";

export interface SpaceSecretsOptions {
  repo: RepoRef;
  secrets: SpaceSetting[];
  deleteSecrets: string[];
}

/** Sets and deletes a Space's secrets; values are masked before the first call and never shown. */
export const spaceSecrets = defineOperation({
  name: "space-secrets",
  inputs: { ...REPO_INPUTS, secrets: "secrets", delete_secrets: "deleteSecrets" },
  outputs: ["set", "deleted"],
  parse: (read): SpaceSecretsOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "space-secrets");
    const options = {
      repo,
      secrets: parseSettings("secrets", read("secrets")),
      deleteSecrets: parseNames("delete_secrets", read("delete_secrets")),
    };
    if (options.secrets.length + options.deleteSecrets.length === 0) {
      throw new InputError("secrets", "is required: NAME=value lines to set (or delete_secrets, names to delete).");
    }
    return options;
  },
  secrets: (options) => options.secrets.map((secret) => secret.value).filter((value) => value !== ""),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    for (const secret of options.secrets) await addSpaceSecret(context.connection, options.repo, secret);
    for (const key of options.deleteSecrets) await deleteSpaceSecret(context.connection, options.repo, key);
    const set = options.secrets.map((secret) => secret.key);
    const headline = `Space secrets: ${set.length} set, ${options.deleteSecrets.length} deleted`;
    context.reporter.info(`${headline}${set.length ? ` (${set.join(", ")})` : ""}`);
    return {
      outputs: { set: JSON.stringify(set), deleted: JSON.stringify(options.deleteSecrets) },
      headline,
      links: [{ label: "Space", url: repoWebUrl(context.connection.endpoint, options.repo) }],
    };
  },
});
