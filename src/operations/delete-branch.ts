import { deleteBranch as deleteHubBranch } from "../hub/refs";
import type { RepoRef } from "../hub/repo-ref";
import { REPO_INPUTS, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean, requireText } from "./inputs/values";
import { defineOperation } from "./operation";
import { refDeleted, tolerating } from "./ref-changes";

export interface DeleteBranchOptions {
  repo: RepoRef;
  branch: string;
  missingOk: boolean;
}

export const deleteBranch = defineOperation({
  name: "delete-branch",
  inputs: { ...REPO_INPUTS, branch: "branch", missing_ok: "missingOk" },
  outputs: ["url", "deleted"],
  parse: (read): DeleteBranchOptions => ({
    repo: parseRepo(read),
    branch: parseRevision(requireText("branch", read("branch"), "the branch name"), "branch"),
    missingOk: parseBoolean("missing_ok", read("missing_ok"), false)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const deleted = await tolerating(404, options.missingOk, () =>
      deleteHubBranch(context.connection, options.repo, options.branch),
    );
    return refDeleted(context, options.repo, { kind: "branch", name: options.branch, deleted });
  },
});
