/** Validation of repo names, repo types and paths inside a repo, with the Hub's wording. */
import { HubError, badRequest, unprocessable } from "./errors";

export type RepoType = "model" | "dataset" | "space";

export const REPO_TYPES: readonly RepoType[] = ["model", "dataset", "space"];

export const REPO_NAME_RULES =
  "Only regular characters and '-', '_', '.' are accepted. '--' and '..' are forbidden. " +
  "'-' and '.' cannot start or end the name. The name cannot end with \".git\". Max length is 96.";

export function isValidRepoName(name: string): boolean {
  return (
    /^[A-Za-z0-9._-]+$/.test(name) &&
    !name.includes("--") &&
    !name.includes("..") &&
    !/^[-.]/.test(name) &&
    !/[-.]$/.test(name) &&
    !name.toLowerCase().endsWith(".git") &&
    name.length <= 96
  );
}

export function assertValidRepoName(name: string): void {
  if (!isValidRepoName(name)) throw badRequest(REPO_NAME_RULES);
}

/** `models` -> `model`, for the `/api/{type}s/` segment. */
export function repoTypeFromPlural(segment: string): RepoType | undefined {
  return ({ models: "model", datasets: "dataset", spaces: "space" } as Record<string, RepoType>)[segment];
}

/** The body's `type` field: omitted means model. */
export function parseRepoType(value: unknown): RepoType {
  if (value === undefined || value === null || value === "") return "model";
  if (typeof value === "string" && (REPO_TYPES as string[]).includes(value)) return value as RepoType;
  throw badRequest(`Invalid repo type "${String(value)}", must be one of model, dataset, space`);
}

/** Prefix of git, LFS and resolve URLs: nothing for models. */
export function urlPrefix(type: RepoType): string {
  return type === "model" ? "" : `${type}s/`;
}

export const MAX_PATH_LENGTH = 1000;

/**
 * A path inside a repo as the Hub accepts it: a leading "/" or "./" is dropped; ".", "..", empty
 * components and any ".git" component are refused, as is anything over 1000 characters.
 */
export function normalizeRepoPath(raw: unknown, allowTrailingSlash = false): string {
  if (typeof raw !== "string") throw unprocessable(`Invalid path: expected a string, got ${typeof raw}`);
  let path = raw;
  if (path.startsWith("/")) path = path.slice(1);
  if (path.startsWith("./")) path = path.slice(2);
  if (allowTrailingSlash && path.endsWith("/")) path = path.slice(0, -1);
  const invalid = (reason: string): HubError => unprocessable(`Invalid path "${raw}": ${reason}`);
  if (path === "") throw invalid("it is empty");
  if (path.length > MAX_PATH_LENGTH) throw invalid(`it is longer than ${MAX_PATH_LENGTH} characters`);
  if (path.includes("\0")) throw invalid("it contains a NUL character");
  // Backslashes count as separators here, so "..\x" is refused like "../x".
  for (const component of path.split(/[/\\]/)) {
    if (component === "") throw invalid("it contains an empty component");
    if (component === "." || component === "..") throw invalid(`"${component}" is not allowed in a path`);
    if (component === ".git") throw invalid("files under a '.git/' folder cannot be updated");
  }
  return path;
}
