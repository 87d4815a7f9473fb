import { deleteTag as deleteHubTag } from "../hub/refs";
import type { RepoRef } from "../hub/repo-ref";
import { REPO_INPUTS, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";
import { refDeleted, tolerating } from "./ref-changes";

export interface DeleteTagOptions {
  repo: RepoRef;
  tag: string;
  missingOk: boolean;
}

export const deleteTag = defineOperation({
  name: "delete-tag",
  inputs: { ...REPO_INPUTS, tag: "tag", missing_ok: "missingOk" },
  outputs: ["url", "deleted"],
  parse: (read): DeleteTagOptions => ({
    repo: parseRepo(read),
    tag: parseRevision(requireText("tag", read("tag"), "the tag name, e.g. v1.0.0"), "tag"),
    missingOk: parseBoolean("missing_ok", read("missing_ok"), false)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const deleted = await tolerating(404, options.missingOk, () =>
      deleteHubTag(context.connection, options.repo, options.tag),
    );
    return refDeleted(context, options.repo, { kind: "tag", name: options.tag, deleted });
  },
});
