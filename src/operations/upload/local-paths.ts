import path from "node:path";

/** Path rules of the runner's OS: `path.win32` on Windows, `path.posix` elsewhere (tests pass either). */
export type PathFlavour = Pick<path.PlatformPath, "resolve" | "relative" | "basename" | "join" | "isAbsolute" | "sep">;

export const RUNNER_PATHS: PathFlavour = path;

/** A `path` entry as glob syntax: on Windows a backslash separates folders; elsewhere it escapes. */
export function globSyntax(flavour: PathFlavour, entry: string): string {
  return flavour.sep === "\\" ? entry.replace(/\\/g, "/") : entry;
}

/** Whether `target` is `root` or below it (never true across drives). */
export function isInside(flavour: PathFlavour, root: string, target: string): boolean {
  const relative = flavour.relative(root, target);
  const up = relative === ".." || relative.startsWith(`..${flavour.sep}`);
  return !up && !flavour.isAbsolute(relative);
}

/** `target` relative to `base`, with `/` between folders, as the repo and include/exclude globs name it. */
export function slashRelative(flavour: PathFlavour, base: string, target: string): string {
  return flavour.relative(base, target).split(flavour.sep).join("/");
}
