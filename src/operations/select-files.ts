import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { normalizePathInRepo } from "../hub/path-in-repo";
import { InputError } from "./types";

export interface SelectionOptions {
  /** Absolute path of the workspace; nothing outside it is ever read. */
  workspace: string;
  /** Files, folders or globs, as the user wrote them. */
  paths: string[];
  /** Destination folder, or for a single file its destination path; "" for the repo root. */
  pathInRepo: string;
  include: string[];
  exclude: string[];
  includeHidden: boolean;
}

export interface SelectedFile {
  localPath: string;
  pathInRepo: string;
  size: number;
}

export interface Selection {
  files: SelectedFile[];
  /** The repo folder the selection lands in: path_in_repo, or a single file's folder. */
  destinationFolder: string;
  /** True when `path` named one plain file, whose destination is path_in_repo itself. */
  singleFile: boolean;
  /** Entries of `path` that matched nothing. */
  unmatched: string[];
}

interface Candidate {
  localPath: string;
  /** Path relative to the selected folder (or glob base); what include/exclude see. */
  relative: string;
  size: number;
}

/** Resolves `path` entries into the files to upload and where each goes in the repo. */
export async function selectFiles(options: SelectionOptions): Promise<Selection> {
  const workspace = await realpath(options.workspace);
  const unmatched: string[] = [];
  const candidates: Candidate[] = [];
  let singleFile = false;
  for (const entry of options.paths) {
    const found = await expandEntry(entry, workspace, options.includeHidden);
    if (found.candidates.length === 0) unmatched.push(entry);
    candidates.push(...found.candidates);
    singleFile = options.paths.length === 1 && found.isPlainFile;
  }
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const kept = candidates.filter((file) => included(file.relative) && !excluded(file.relative));
  const files = kept.map((file) => ({
    localPath: file.localPath,
    size: file.size,
    pathInRepo: destination(options.pathInRepo, file.relative, singleFile),
  }));
  const destinationFolder = singleFile ? parentFolder(files[0]?.pathInRepo ?? "") : options.pathInRepo;
  return { files: uniqueDestinations(files), unmatched, destinationFolder, singleFile };
}

function parentFolder(pathInRepo: string): string {
  const index = pathInRepo.lastIndexOf("/");
  return index === -1 ? "" : pathInRepo.slice(0, index);
}

function destination(pathInRepo: string, relative: string, singleFile: boolean): string {
  if (singleFile && pathInRepo) return pathInRepo;
  const joined = pathInRepo ? `${pathInRepo}/${relative}` : relative;
  try {
    return normalizePathInRepo(joined);
  } catch (error) {
    throw new InputError("path", `the file ${relative} cannot go to the Hub: ${(error as Error).message}.`);
  }
}

/** Drops a file selected twice for the same place; refuses two different files bound for one place. */
function uniqueDestinations(files: SelectedFile[]): SelectedFile[] {
  const seen = new Map<string, string>();
  const unique: SelectedFile[] = [];
  for (const file of files) {
    const other = seen.get(file.pathInRepo);
    if (other === file.localPath) continue;
    if (other) {
      throw new InputError(
        "path",
        `${other} and ${file.localPath} would both be uploaded to ${file.pathInRepo}. Select only one of them.`,
      );
    }
    seen.set(file.pathInRepo, file.localPath);
    unique.push(file);
  }
  return unique;
}

async function expandEntry(
  entry: string,
  workspace: string,
  includeHidden: boolean,
): Promise<{ candidates: Candidate[]; isPlainFile: boolean }> {
  const scan = picomatch.scan(entry.replace(/\\/g, "/"));
  if (scan.isGlob) {
    const base = path.resolve(workspace, scan.base || ".");
    if (path.relative(workspace, base).startsWith("..")) {
      throw new InputError(
        "path",
        `${entry} reaches outside the workspace. Only files inside the workspace are uploaded.`,
      );
    }
    const matches = await glob(entry, {
      cwd: workspace,
      absolute: true,
      dot: includeHidden,
      onlyFiles: false,
      followSymbolicLinks: false,
      expandDirectories: false,
    });
    const candidates: Candidate[] = [];
    for (const match of matches.sort()) {
      candidates.push(...(await collect(match, base, workspace, includeHidden, new Set())));
    }
    return { candidates: dedupe(candidates), isPlainFile: false };
  }
  const absolute = path.resolve(workspace, entry);
  if (!(await lstat(absolute).catch(() => undefined))) return { candidates: [], isPlainFile: false };
  const real = await requireInsideWorkspace(absolute, workspace, entry);
  const info = await stat(real);
  if (info.isDirectory()) {
    return { candidates: await collect(absolute, absolute, workspace, includeHidden, new Set()), isPlainFile: false };
  }
  return {
    candidates: [{ localPath: real, relative: path.basename(absolute), size: info.size }],
    isPlainFile: true,
  };
}

/** Files at or below `target`, named relative to `base`; symlinks followed only inside the workspace. */
async function collect(
  target: string,
  base: string,
  workspace: string,
  includeHidden: boolean,
  visited: Set<string>,
): Promise<Candidate[]> {
  const relative = path.relative(base, target).split(path.sep).join("/");
  const name = path.basename(target);
  if (relative && (name === ".git" || (!includeHidden && name.startsWith(".")))) return [];
  const real = await requireInsideWorkspace(target, workspace, relative || target);
  const info = await stat(real);
  if (info.isFile()) return [{ localPath: real, relative: relative || name, size: info.size }];
  if (!info.isDirectory() || visited.has(real)) return [];
  visited.add(real);
  const children = (await readdir(target)).sort();
  const found: Candidate[] = [];
  for (const child of children) {
    found.push(...(await collect(path.join(target, child), base, workspace, includeHidden, visited)));
  }
  return found;
}

async function requireInsideWorkspace(target: string, workspace: string, shown: string): Promise<string> {
  const real = await realpath(target).catch(() => {
    throw new InputError("path", `${shown} is a broken symlink or cannot be read.`);
  });
  if (real !== workspace && !real.startsWith(workspace + path.sep)) {
    throw new InputError(
      "path",
      `${shown} resolves to ${real}, outside the workspace ${workspace}. Only files inside the workspace are uploaded.`,
    );
  }
  return real;
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => !seen.has(candidate.relative) && seen.add(candidate.relative));
}
