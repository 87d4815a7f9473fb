import type { RepoRef } from "../hub/repo-ref";
import { type SpaceSetting, addSpaceSecret, deleteSpaceSecret } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseSettingChanges, requireSpace, settingSecrets } from "./inputs/space";
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
    const changes = parseSettingChanges(read, { set: "secrets", delete: "delete_secrets" });
    return { repo, secrets: changes.set, deleteSecrets: changes.delete };
  },
  secrets: (options) => settingSecrets({ secrets: options.secrets }),
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
