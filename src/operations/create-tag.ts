import { createTag as createHubTag } from "../hub/refs";
import type { RepoRef } from "../hub/repo-ref";
import { REPO_INPUTS, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";
import { refCreated, tolerating } from "./ref-changes";

export interface CreateTagOptions {
  repo: RepoRef;
  tag: string;
  /** What to tag: a branch, tag or commit. */
  revision: string;
  message?: string;
  existOk: boolean;
}

export const createTag = defineOperation({
  name: "create-tag",
  inputs: { ...REPO_INPUTS, tag: "tag", revision: "revision", tag_message: "message", exist_ok: "existOk" },
  outputs: ["url", "created"],
  parse: (read): CreateTagOptions => ({
    repo: parseRepo(read),
    tag: parseRevision(requireText("tag", read("tag"), "the tag name, e.g. v1.0.0"), "tag"),
    revision: parseRevision(read("revision")),
    message: read("tag_message") || undefined,
    existOk: parseBoolean("exist_ok", read("exist_ok"), true)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const created = await tolerating(409, options.existOk, () =>
      createHubTag(context.connection, options.repo, options.tag, options.revision, options.message),
    );
    return refCreated(context, options.repo, {
      kind: "tag",
      name: options.tag,
      createdFrom: created ? `on ${options.revision}` : undefined,
    });
  },
});
