/** Applies commit operations to a tree, all-or-nothing, with the checks the Hub's push hooks make. */
import { badRequest, entryNotFound, unprocessable } from "./errors";
import { gitattributesLineFor, parseGitattributes } from "./gitattributes";
import type { CommitOperation } from "./commit";
import type { ObjectStore } from "./lfs-store";
import { lfsFile, regularFile, type FileEntry } from "./repos";

export const MAX_REGULAR_FILE_SIZE = 10 * 1024 * 1024;
/** Regular files with a NUL byte in their first 8000 bytes (git's test) may not exceed this. */
export const MAX_REGULAR_BINARY_SIZE = 1_000_000;

export interface AppliedTree {
  files: Map<string, FileEntry>;
  changed: Set<string>;
}

function rejectedPush(reason: string, paths: string[], ref: string): string {
  return (
    `Your push was rejected because ${reason}. Please use https://git-lfs.github.com/ to store ${
      reason.includes("binary") ? "binary" : "large"
    } files.\nSee also: https://hf.co/docs/hub/repositories-getting-started#terminal\n\nOffending files:\n` +
    paths.map((path) => `  - ${path} (ref: ${ref})`).join("\n")
  );
}

/** Throws a HubError without touching anything when any operation or check fails. */
export function applyOperations(
  base: ReadonlyMap<string, FileEntry>,
  operations: CommitOperation[],
  store: ObjectStore,
  ref: string,
): AppliedTree {
  const files = new Map(base);
  const changed = new Set<string>();
  const lfsPaths: string[] = [];
  const missingObjects: string[] = [];
  const take = (oldPath: string): FileEntry => {
    const entry = files.get(oldPath);
    if (!entry) throw entryNotFound(undefined, `A file with this name doesn't exist: ${oldPath}`);
    files.delete(oldPath);
    changed.add(oldPath);
    return entry;
  };
  for (const op of operations) {
    if (op.kind === "file") {
      const moved = op.oldPath ? take(op.oldPath) : undefined;
      const entry = op.content ? regularFile(op.content) : moved;
      if (!entry) throw unprocessable(`Missing content for "${op.path}"`);
      files.set(op.path, entry);
    } else if (op.kind === "lfsFile") {
      const moved = op.oldPath ? take(op.oldPath) : undefined;
      let entry: FileEntry | undefined = moved;
      if (op.oid) {
        const stored = store.size(op.oid);
        if (stored === undefined) missingObjects.push(op.path);
        else if (op.size !== undefined && op.size !== stored) {
          throw badRequest(
            `Size mismatch for "${op.path}": the LFS object ${op.oid} has ${stored} bytes, not ${op.size}`,
          );
        }
        entry = lfsFile(op.oid, stored ?? op.size ?? 0);
      }
      if (!entry) throw unprocessable(`Missing oid for "${op.path}"`);
      files.set(op.path, entry);
      lfsPaths.push(op.path);
    } else if (op.kind === "deletedFile") {
      if (!files.delete(op.path)) throw entryNotFound(undefined, `A file with this name doesn't exist: ${op.path}`);
    } else {
      const prefix = `${op.path}/`;
      let removed = 0;
      for (const path of [...files.keys()]) {
        if (path.startsWith(prefix)) {
          files.delete(path);
          changed.add(path);
          removed++;
        }
      }
      if (removed === 0) throw entryNotFound(undefined, `A folder with this name doesn't exist: ${op.path}`);
    }
    changed.add(op.path);
  }
  if (missingObjects.length > 0) {
    throw badRequest(
      "Your push was rejected because an LFS pointer pointed to a file that does not exist. " +
        "Upload the object through the LFS batch endpoint before committing it.\n\nOffending files:\n" +
        missingObjects.map((path) => `  - ${path} (ref: ${ref})`).join("\n"),
    );
  }
  checkRegularFiles(files, changed, ref);
  checkFileFolderConflicts(files, changed);
  trackLfsPaths(files, changed, lfsPaths);
  for (const path of [...changed]) if (base.get(path)?.oid === files.get(path)?.oid) changed.delete(path);
  return { files, changed };
}

function checkRegularFiles(files: Map<string, FileEntry>, changed: Set<string>, ref: string): void {
  const tooLarge: string[] = [];
  const binary: string[] = [];
  for (const path of changed) {
    const entry = files.get(path);
    if (entry?.kind !== "regular") continue;
    if (entry.content.length > MAX_REGULAR_FILE_SIZE) tooLarge.push(path);
    else if (entry.content.length > MAX_REGULAR_BINARY_SIZE && entry.content.subarray(0, 8000).includes(0)) {
      binary.push(path);
    }
  }
  if (tooLarge.length > 0) throw badRequest(rejectedPush("it contains files larger than 10 MiB", tooLarge, ref));
  if (binary.length > 0) throw badRequest(rejectedPush("it contains binary files", binary, ref));
}

/** Git cannot hold `a` as a file and `a/b` at once. */
function checkFileFolderConflicts(files: Map<string, FileEntry>, changed: Set<string>): void {
  const added = [...changed].filter((path) => files.has(path));
  if (added.length === 0) return;
  const folders = new Set<string>();
  for (const path of files.keys()) {
    for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) folders.add(path.slice(0, i));
  }
  for (const path of added) {
    if (folders.has(path)) throw unprocessable(`Cannot create file "${path}": a folder with this name exists`);
  }
  for (const folder of folders) {
    if (files.has(folder)) throw unprocessable(`Cannot create folder "${folder}": a file with this name exists`);
  }
}

/** The Hub appends a `.gitattributes` line for LFS files no pattern tracks yet. */
function trackLfsPaths(files: Map<string, FileEntry>, changed: Set<string>, lfsPaths: string[]): void {
  const current = files.get(".gitattributes");
  const text = current?.kind === "regular" ? current.content.toString("utf8") : "";
  const matcher = parseGitattributes(text);
  const missing = lfsPaths.filter((path) => files.get(path)?.kind === "lfs" && !matcher.isLfs(path));
  if (missing.length === 0) return;
  const prefix = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  const lines = [...new Set(missing)].map((path) => `${gitattributesLineFor(path)}\n`).join("");
  files.set(".gitattributes", regularFile(Buffer.from(prefix + lines)));
  changed.add(".gitattributes");
}
