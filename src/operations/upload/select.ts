import { readdirSync, realpathSync, statSync } from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { normalizePathInRepo } from "../../hub/path-in-repo";
import { OptionError } from "../errors";
import type { UploadFile } from "./file";
import { nextTurn } from "./concurrency";
import { type PathFlavour, RUNNER_PATHS, globSyntax, isInside, slashRelative } from "./local-paths";

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

export interface Selection {
  files: UploadFile[];
  /** The repo folder the selection lands in: path_in_repo, or a single file's folder. */
  destinationFolder: string;
  /** True when `path` named one plain file, whose destination is path_in_repo itself. */
  singleFile: boolean;
  /** Entries of `path` that matched nothing. */
  unmatched: string[];
}

/** A file found under a `path` entry, before include/exclude and before its destination is known. */
interface Found {
  localPath: string;
  /** Path relative to the selected folder (or glob base), with `/`; what include/exclude see. */
  relative: string;
  size: number;
}

const selectionError = (message: string): OptionError => new OptionError("selection", message);

/** How a selection runs: the runner's path rules unless a test passes others, and who hears of files as they are found. */
export interface SelectionHooks {
  paths?: PathFlavour;
  /**
   * Told of the selected files a chunk at a time while the walk goes on (the event loop turns between chunks),
   * so that work on the first files, such as their preupload calls, starts before the listing ends.
   */
  onFiles?: (files: UploadFile[]) => void;
}

// Files handed to onFiles at a time; between chunks, requests already started get to go out.
const CHUNK_FILES = 256;

/** Resolves `path` entries into the files to upload and where each goes in the repo. */
export async function selectFiles(options: SelectionOptions, hooks: SelectionHooks = {}): Promise<Selection> {
  const walker = new Walker(await realpath(options.workspace), options.includeHidden, hooks.paths ?? RUNNER_PATHS);
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const destinations = new Map<string, string>();
  const unmatched: string[] = [];
  const files: UploadFile[] = [];
  let chunk: UploadFile[] = [];
  let singleFile = false;
  for (const entry of options.paths) {
    const expanded = await walker.expand(entry);
    singleFile = options.paths.length === 1 && expanded.isPlainFile;
    let matched = false;
    for (const found of expanded.found) {
      matched = true;
      if (!included(found.relative) || excluded(found.relative)) continue;
      const pathInRepo = destination(options.pathInRepo, found.relative, singleFile);
      if (!isNewDestination(destinations, pathInRepo, found.localPath)) continue;
      const file: UploadFile = { localPath: found.localPath, size: found.size, pathInRepo };
      files.push(file);
      chunk.push(file);
      if (hooks.onFiles && chunk.length === CHUNK_FILES) {
        hooks.onFiles(chunk);
        chunk = [];
        await nextTurn();
      }
    }
    if (!matched) unmatched.push(entry);
  }
  if (hooks.onFiles && chunk.length > 0) hooks.onFiles(chunk);
  const destinationFolder = singleFile ? parentFolder(files[0]?.pathInRepo ?? "") : options.pathInRepo;
  return { files, unmatched, destinationFolder, singleFile };
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
    throw selectionError(`the file ${relative} cannot go to the Hub: ${(error as Error).message}.`);
  }
}

/**
 * Whether a file is the first bound for its place: the same file selected twice goes once; two different
 * files bound for one place are refused.
 */
function isNewDestination(destinations: Map<string, string>, pathInRepo: string, localPath: string): boolean {
  const other = destinations.get(pathInRepo);
  if (other === localPath) return false;
  if (other) {
    throw selectionError(`${other} and ${localPath} would both be uploaded to ${pathInRepo}. Select only one of them.`);
  }
  destinations.set(pathInRepo, localPath);
  return true;
}

/** Walks the workspace for `path` entries; symlinks are followed only while they stay inside it. */
class Walker {
  constructor(
    private readonly workspace: string,
    private readonly includeHidden: boolean,
    private readonly paths: PathFlavour,
  ) {}

  /** The files an entry names, found as they are iterated; `isPlainFile` when it names one plain file. */
  async expand(entry: string): Promise<{ found: Iterable<Found>; isPlainFile: boolean }> {
    const pattern = globSyntax(this.paths, entry);
    const scan = picomatch.scan(pattern);
    if (scan.isGlob) return { found: await this.expandGlob(entry, pattern, scan.base), isPlainFile: false };
    const absolute = this.paths.resolve(this.workspace, entry);
    if (!(await lstat(absolute).catch(() => undefined))) return { found: [], isPlainFile: false };
    const real = this.insideWorkspace(absolute, entry);
    const info = await stat(real);
    if (info.isDirectory()) return { found: this.walk(absolute, absolute), isPlainFile: false };
    return {
      found: [{ localPath: real, relative: this.paths.basename(absolute), size: info.size }],
      isPlainFile: true,
    };
  }

  private async expandGlob(entry: string, pattern: string, scanBase: string): Promise<Iterable<Found>> {
    const base = this.paths.resolve(this.workspace, scanBase || ".");
    if (!isInside(this.paths, this.workspace, base)) {
      throw selectionError(`${entry} reaches outside the workspace. Only files inside the workspace are uploaded.`);
    }
    const matches = await glob(pattern, {
      cwd: this.workspace,
      absolute: true,
      dot: this.includeHidden,
      onlyFiles: false,
      followSymbolicLinks: false,
      expandDirectories: false,
    });
    return this.walkMatches(matches.sort(), base);
  }

  // Two matches can reach one file (a folder and a file inside it): it is found once.
  private *walkMatches(matches: string[], base: string): Generator<Found> {
    const seen = new Set<string>();
    for (const match of matches) {
      for (const found of this.walk(match, base)) {
        if (!seen.has(found.relative)) yield found;
        seen.add(found.relative);
      }
    }
  }

  /**
   * Files at or below `target`, named relative to `base`, in name order. Synchronous: for thousands of files
   * the promise API costs more than the readdir and stat calls themselves.
   */
  private *walk(target: string, base: string): Generator<Found> {
    const relative = slashRelative(this.paths, base, target);
    if (relative && this.isLeftOut(this.paths.basename(target))) return;
    yield* this.walkFrom(target, relative, new Set<string>());
  }

  private isLeftOut(name: string): boolean {
    return name === ".git" || (!this.includeHidden && name.startsWith("."));
  }

  /**
   * `real` is the target's real path when it was reached without a symlink (a real folder's child is that
   * folder's real path plus its name); only symlinks are resolved and checked against the workspace.
   */
  private *walkFrom(target: string, relative: string, visited: Set<string>, real?: string): Generator<Found> {
    const resolved = real ?? this.insideWorkspace(target, relative || target);
    const info = statSync(resolved);
    if (info.isFile()) {
      yield { localPath: resolved, relative: relative || this.paths.basename(target), size: info.size };
      return;
    }
    // When two paths lead to one folder, the first in name order is the one that names its files.
    if (!info.isDirectory() || visited.has(resolved)) return;
    visited.add(resolved);
    const children = readdirSync(target, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const child of children) {
      if (this.isLeftOut(child.name)) continue;
      const childRelative = relative ? `${relative}/${child.name}` : child.name;
      const childReal = child.isSymbolicLink() ? undefined : this.childPath(resolved, child.name);
      if (childReal && child.isFile()) {
        // Most entries are plain files: taken here, without a nested walk each.
        yield { localPath: childReal, relative: childRelative, size: statSync(childReal).size };
      } else {
        yield* this.walkFrom(this.childPath(target, child.name), childRelative, visited, childReal);
      }
    }
  }

  // A name from readdir holds no separator: joining needs no normalising.
  private childPath(folder: string, name: string): string {
    return folder.endsWith(this.paths.sep) ? folder + name : folder + this.paths.sep + name;
  }

  private insideWorkspace(target: string, shown: string): string {
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      throw selectionError(`${shown} is a broken symlink or cannot be read.`);
    }
    if (!isInside(this.paths, this.workspace, real)) {
      throw selectionError(
        `${shown} resolves to ${real}, outside the workspace ${this.workspace}. Only files inside the workspace are uploaded.`,
      );
    }
    return real;
  }
}
