import { normalizePathInRepo } from "../../hub/path-in-repo";
import { REPO_TYPES, type RepoRef, type RepoType, parseRepoId, repoNameProblem } from "../../hub/repo-ref";
import { InputError } from "../errors";
import { type InputReader, parseChoice, requireText } from "./values";

/** The inputs that name the repo an operation acts on, all filling its `repo` option. */
export const REPO_INPUTS = { repo_id: "repo", repo_type: "repo", organization: "repo" } as const;

export function parseRepoType(read: InputReader<"repo_type">): RepoType {
  return parseChoice<RepoType>("repo_type", read("repo_type"), REPO_TYPES, "model");
}

/** repo_id, in repo_type, with a bare name in `organization`'s namespace or, failing that, the token's. */
export function parseRepo(read: InputReader<keyof typeof REPO_INPUTS>): RepoRef {
  const type = parseRepoType(read);
  const raw = requireText("repo_id", read("repo_id"), "the repo as namespace/name, e.g. my-org/my-model");
  return parseRepoIdInput("repo_id", raw, type, read("organization"));
}

/**
 * A repo id input: `namespace/name`, or a bare name in the `organization` input's namespace or, when that
 * is empty, the token's own (filled in once the token is known).
 */
export function parseRepoIdInput(input: string, raw: string, type: RepoType, organization: string): RepoRef {
  if (organization && repoNameProblem(organization)) {
    throw new InputError(
      "organization",
      `"${organization}" is not a valid namespace: ${repoNameProblem(organization)}.`,
    );
  }
  try {
    if (raw.includes("/")) return parseRepoId(raw, type);
    const problem = repoNameProblem(raw);
    if (problem) throw new Error(`"${raw}" is not a valid repo name: ${problem}`);
    // An empty namespace is the token's user, looked up before the operation runs.
    return { type, namespace: organization, name: raw };
  } catch (error) {
    throw new InputError(input, `${(error as Error).message}. Use namespace/name, e.g. my-org/my-model.`);
  }
}

export function parseRevision(raw: string, input = "revision"): string {
  const revision = raw || "main";
  if (/\s/.test(revision) || revision.includes("..")) {
    throw new InputError(input, `"${revision}" is not a valid revision. Use a branch such as main.`);
  }
  return revision;
}

export function parsePathInRepo(raw: string): string {
  try {
    return normalizePathInRepo(raw);
  } catch (error) {
    throw new InputError("path_in_repo", `${(error as Error).message}. Use a relative path such as models/model.bin.`);
  }
}
