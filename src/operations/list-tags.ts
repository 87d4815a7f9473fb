import { tagsByType } from "../hub/listings";
import { InputError } from "./errors";
import { parseRepoType } from "./inputs/repo";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

export interface ListTagsOptions {
  type: "model" | "dataset";
}

export const listTags = defineOperation({
  name: "list-tags",
  inputs: { repo_type: "type" },
  outputs: ["tags", "json_file"],
  parse: (read): ListTagsOptions => {
    const type = parseRepoType(read);
    if (type === "space") {
      throw new InputError("repo_type", "list-tags knows model and dataset tags. Use model or dataset.");
    }
    return { type };
  },
  repos: () => [],
  run: async (context, options) => {
    const tags = await tagsByType(context.connection, options.type);
    return queryResult(context, `Tags of ${options.type}s by type`, { output: "tags", value: tags });
  },
});
