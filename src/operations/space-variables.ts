import type { RepoRef } from "../hub/repo-ref";
import { type SpaceSetting, addSpaceVariable, deleteSpaceVariable, listSpaceVariables } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseSettingChanges, requireSpace } from "./inputs/space";
import { defineOperation } from "./operation";

export interface SpaceVariablesOptions {
  repo: RepoRef;
  variables: SpaceSetting[];
  deleteVariables: string[];
}

/** Sets and deletes a Space's variables; outputs the variables it has afterwards. */
export const spaceVariables = defineOperation({
  name: "space-variables",
  inputs: { ...REPO_INPUTS, variables: "variables", delete_variables: "deleteVariables" },
  outputs: ["set", "deleted", "variables"],
  parse: (read): SpaceVariablesOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "space-variables");
    const changes = parseSettingChanges(read, { set: "variables", delete: "delete_variables" });
    return { repo, variables: changes.set, deleteVariables: changes.delete };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    for (const variable of options.variables) await addSpaceVariable(context.connection, options.repo, variable);
    for (const key of options.deleteVariables) await deleteSpaceVariable(context.connection, options.repo, key);
    const now = await listSpaceVariables(context.connection, options.repo);
    const set = options.variables.map((variable) => variable.key);
    const headline = `Space variables: ${set.length} set, ${options.deleteVariables.length} deleted; ${Object.keys(now).length} in all`;
    context.reporter.info(headline);
    return {
      outputs: {
        set: JSON.stringify(set),
        deleted: JSON.stringify(options.deleteVariables),
        variables: JSON.stringify(now),
      },
      headline,
      links: [{ label: "Space", url: repoWebUrl(context.connection.endpoint, options.repo) }],
      table: { header: ["Variable", "Value"], rows: Object.entries(now) },
    };
  },
});
