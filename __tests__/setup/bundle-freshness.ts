import { execSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What dist/index.js is built from: a change to any of these makes the bundle stale. */
export const BUNDLE_INPUTS = ["src", "package.json", "package-lock.json"];

/** True when the bundle is missing (undefined mtime) or older than its newest input. */
export function isStale(bundleMtimeMs: number | undefined, inputMtimesMs: number[]): boolean {
  return bundleMtimeMs === undefined || inputMtimesMs.some((mtime) => mtime > bundleMtimeMs);
}

/** The mtimes of every file under the given paths (files or folders); missing paths are skipped. */
export function mtimesUnder(paths: string[]): number[] {
  return paths.flatMap((entry) => {
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (!stats) return [];
    if (!stats.isDirectory()) return [stats.mtimeMs];
    return mtimesUnder(readdirSync(entry).map((name) => path.join(entry, name)));
  });
}

export function bundleIsStale(root: string): boolean {
  const bundle = statSync(path.join(root, "dist", "index.js"), { throwIfNoEntry: false });
  return isStale(bundle?.mtimeMs, mtimesUnder(BUNDLE_INPUTS.map((input) => path.join(root, input))));
}

/** Rebuilds dist/ when it is older than src/, so the bundle tests never pass against stale code; throws if the build fails. */
export function ensureFreshBundle(root: string): void {
  if (!bundleIsStale(root)) return;
  console.log("\ndist/index.js is missing or older than src/: running npm run build");
  execSync("npm run build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
