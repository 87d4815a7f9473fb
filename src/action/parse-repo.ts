import { normalizePathInRepo } from "../hub/path-in-repo";
import { type RepoRef, type RepoType, parseRepoId, repoNameProblem } from "../hub/repo-ref";
import { InputError } from "../operations/types";
import { Input } from "./input-names";

/**
 * A repo id input: `namespace/name`, or a bare name in the `organization` input's namespace or, when that
 * is empty, the token's own (filled in once the token is known).
 */
export function parseRepoIdInput(input: string, raw: string, type: RepoType, organization: string): RepoRef {
  if (organization && repoNameProblem(organization)) {
    throw new InputError(
      Input.Organization,
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

export function parseRevision(raw: string, input: string = Input.Revision): string {
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
    throw new InputError(
      Input.PathInRepo,
      `${(error as Error).message}. Use a relative path such as models/model.bin.`,
    );
  }
}
