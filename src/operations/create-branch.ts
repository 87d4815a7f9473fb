import { createBranch as createHubBranch } from "../hub/refs";
import type { RepoRef } from "../hub/repo-ref";
import { REPO_INPUTS, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";
import { refCreated, tolerating } from "./ref-changes";

export interface CreateBranchOptions {
  repo: RepoRef;
  branch: string;
  /** Where it starts: a branch, tag or commit. */
  from: string;
  existOk: boolean;
}

export const createBranch = defineOperation({
  name: "create-branch",
  inputs: { ...REPO_INPUTS, branch: "branch", from_revision: "from", exist_ok: "existOk" },
  outputs: ["url", "created"],
  parse: (read): CreateBranchOptions => ({
    repo: parseRepo(read),
    branch: parseRevision(requireText("branch", read("branch"), "the branch name"), "branch"),
    from: parseRevision(read("from_revision") || "main", "from_revision"),
    existOk: parseBoolean("exist_ok", read("exist_ok"), true)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const created = await tolerating(409, options.existOk, () =>
      createHubBranch(context.connection, options.repo, options.branch, options.from),
    );
    return refCreated(context, options.repo, {
      kind: "branch",
      name: options.branch,
      createdFrom: created ? `from ${options.from}` : undefined,
    });
  },
});
