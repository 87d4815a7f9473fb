import { type Dirent, statSync } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { normalizePathInRepo } from "../../hub/path-in-repo";
import { OptionError } from "../errors";
import type { UploadFile } from "./file";
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

/** Resolves `path` entries into the files to upload and where each goes in the repo. */
export async function selectFiles(options: SelectionOptions, flavour: PathFlavour = RUNNER_PATHS): Promise<Selection> {
  const walker = new Walker(await realpath(options.workspace), options.includeHidden, flavour);
  const unmatched: string[] = [];
  const found: Found[] = [];
  let singleFile = false;
  for (const entry of options.paths) {
    const expanded = await walker.expand(entry);
    if (expanded.found.length === 0) unmatched.push(entry);
    found.push(...expanded.found);
    singleFile = options.paths.length === 1 && expanded.isPlainFile;
  }
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const files = found
    .filter((file) => included(file.relative) && !excluded(file.relative))
    .map((file) => ({
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
    throw selectionError(`the file ${relative} cannot go to the Hub: ${(error as Error).message}.`);
  }
}

/** Drops a file selected twice for the same place; refuses two different files bound for one place. */
function uniqueDestinations(files: UploadFile[]): UploadFile[] {
  const seen = new Map<string, string>();
  const unique: UploadFile[] = [];
  for (const file of files) {
    const other = seen.get(file.pathInRepo);
    if (other === file.localPath) continue;
    if (other) {
      throw selectionError(
        `${other} and ${file.localPath} would both be uploaded to ${file.pathInRepo}. Select only one of them.`,
      );
    }
    seen.set(file.pathInRepo, file.localPath);
    unique.push(file);
  }
  return unique;
}

/** Walks the workspace for `path` entries; symlinks are followed only while they stay inside it. */
class Walker {
  constructor(
    private readonly workspace: string,
    private readonly includeHidden: boolean,
    private readonly paths: PathFlavour,
  ) {}

  async expand(entry: string): Promise<{ found: Found[]; isPlainFile: boolean }> {
    const pattern = globSyntax(this.paths, entry);
    const scan = picomatch.scan(pattern);
    if (scan.isGlob) return { found: await this.expandGlob(entry, pattern, scan.base), isPlainFile: false };
    const absolute = this.paths.resolve(this.workspace, entry);
    if (!(await lstat(absolute).catch(() => undefined))) return { found: [], isPlainFile: false };
    const real = await this.insideWorkspace(absolute, entry);
    const info = await stat(real);
    if (info.isDirectory()) return { found: await this.collect(absolute, absolute), isPlainFile: false };
    return {
      found: [{ localPath: real, relative: this.paths.basename(absolute), size: info.size }],
      isPlainFile: true,
    };
  }

  private async expandGlob(entry: string, pattern: string, scanBase: string): Promise<Found[]> {
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
    const found: Found[] = [];
    for (const match of matches.sort()) found.push(...(await this.collect(match, base)));
    const seen = new Set<string>();
    return found.filter((file) => !seen.has(file.relative) && seen.add(file.relative));
  }

  /**
   * Files at or below `target`, named relative to `base`. `real` is the target's real path when it was reached
   * without a symlink (a real folder's child is that folder's real path plus its name); only symlinks are
   * resolved and checked against the workspace. Results keep name order.
   */
  private async collect(target: string, base: string, visited = new Set<string>(), real?: string): Promise<Found[]> {
    const relative = slashRelative(this.paths, base, target);
    const name = this.paths.basename(target);
    if (relative && (name === ".git" || (!this.includeHidden && name.startsWith(".")))) return [];
    const resolved = real ?? (await this.insideWorkspace(target, relative || target));
    // Synchronous: for thousands of files the promise API costs more than the stat calls themselves.
    const info = statSync(resolved);
    if (info.isFile()) return [{ localPath: resolved, relative: relative || name, size: info.size }];
    if (!info.isDirectory() || visited.has(resolved)) return [];
    visited.add(resolved);
    const children = (await readdir(target, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    const collectChild = (child: Dirent): Promise<Found[]> =>
      this.collect(
        this.paths.join(target, child.name),
        base,
        visited,
        child.isSymbolicLink() ? undefined : this.paths.join(resolved, child.name),
      );
    const found: Found[][] = new Array(children.length);
    // Plain files are looked at concurrently; folders and symlinks in name order, so that when two paths lead
    // to one folder, the first in order is the one that names its files.
    await Promise.all(
      children.map(async (child, index) => child.isFile() && (found[index] = await collectChild(child))),
    );
    for (const [index, child] of children.entries()) if (!child.isFile()) found[index] = await collectChild(child);
    return found.flat();
  }

  private async insideWorkspace(target: string, shown: string): Promise<string> {
    const real = await realpath(target).catch(() => {
      throw selectionError(`${shown} is a broken symlink or cannot be read.`);
    });
    if (!isInside(this.paths, this.workspace, real)) {
      throw selectionError(
        `${shown} resolves to ${real}, outside the workspace ${this.workspace}. Only files inside the workspace are uploaded.`,
      );
    }
    return real;
  }
}
