const MAX_PATH_LENGTH = 1000;

// What normalising could change or refuse: a backslash, an empty, `.`, `..` or `.git` segment, a leading `/`.
const NEEDS_A_LOOK = /\\|^$|^\/|\/$|\/\/|(^|\/)\.{1,2}(\/|$)|(^|\/)\.git(\/|$)/;

/**
 * Normalises a path inside a repo the way the Hub does (drops a leading `/` or `./`, uses `/`)
 * and throws a plain Error when the Hub would refuse it.
 */
export function normalizePathInRepo(path: string): string {
  // Most paths are already in the Hub's form; checking that is one scan.
  if (path.length <= MAX_PATH_LENGTH && !NEEDS_A_LOOK.test(path)) return path;
  let normalized = path.replace(/\\/g, "/");
  while (normalized.startsWith("/") || normalized.startsWith("./")) {
    normalized = normalized.startsWith("/") ? normalized.slice(1) : normalized.slice(2);
  }
  normalized = normalized.replace(/\/+$/, "");
  if (normalized.length === 0) throw new Error(`"${path}" names no file`);
  if (normalized.length > MAX_PATH_LENGTH) {
    throw new Error(`"${path}" is ${normalized.length} characters long; the Hub allows at most ${MAX_PATH_LENGTH}`);
  }
  const segments = normalized.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error(`"${path}" may not contain empty, '.' or '..' segments`);
  }
  if (segments.some((segment) => segment === ".git")) {
    throw new Error(`"${path}" may not contain a '.git' segment`);
  }
  return normalized;
}
