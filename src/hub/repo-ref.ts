export type RepoType = "model" | "dataset" | "space";

export const REPO_TYPES: readonly RepoType[] = ["model", "dataset", "space"];

/** A Hub repository, validated and split into its parts. */
export interface RepoRef {
  type: RepoType;
  namespace: string;
  name: string;
}

const NAME_CHARS = /^[A-Za-z0-9_.-]+$/;
const MAX_NAME_LENGTH = 96;

/** Returns why a namespace or repo name breaks the Hub's naming rules, or undefined when it is valid. */
export function repoNameProblem(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name.length > MAX_NAME_LENGTH)
    return `it is ${name.length} characters long; the Hub allows at most ${MAX_NAME_LENGTH}`;
  if (!NAME_CHARS.test(name)) return "only letters, digits, '-', '_' and '.' are allowed";
  if (name.includes("--") || name.includes("..")) return "'--' and '..' are forbidden";
  if (/^[-.]|[-.]$/.test(name)) return "it may not start or end with '-' or '.'";
  if (name.toLowerCase().endsWith(".git")) return "it may not end with '.git'";
  return undefined;
}

/** Parses `namespace/name`; throws a plain Error saying which rule the id breaks. */
export function parseRepoId(repoId: string, type: RepoType): RepoRef {
  const parts = repoId.split("/");
  if (parts.length !== 2) {
    throw new Error(`"${repoId}" must have the form namespace/name, with exactly one '/'`);
  }
  const [namespace, name] = parts;
  for (const [label, value] of [
    ["namespace", namespace],
    ["name", name],
  ] as const) {
    const problem = repoNameProblem(value);
    if (problem) throw new Error(`"${repoId}" has an invalid ${label}: ${problem}`);
  }
  return { type, namespace, name };
}

export function repoId(ref: RepoRef): string {
  return `${ref.namespace}/${ref.name}`;
}

/** The part of web, git and download URLs that names the repo: `ns/name`, `datasets/ns/name`, `spaces/ns/name`. */
export function repoUrlPart(ref: RepoRef): string {
  return ref.type === "model" ? repoId(ref) : `${ref.type}s/${repoId(ref)}`;
}

/** The API prefix of the repo's routes: `/api/models/ns/name`. */
export function repoApiPath(ref: RepoRef): string {
  return `/api/${ref.type}s/${repoId(ref)}`;
}
