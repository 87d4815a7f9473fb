/** Directory view of a commit's flat file map: listing in git order, tree SHA-1s, and JSON entries. */
import { gitTreeOrder, gitTreeSha1 } from "./gitobjects";
import { isoSeconds } from "./http";
import { fileSize, type Commit, type FileEntry, type Repo } from "./repos";

export interface FileNode {
  kind: "file";
  name: string;
  path: string;
  entry: FileEntry;
}

export interface DirNode {
  kind: "dir";
  name: string;
  path: string;
  children: Map<string, TreeNode>;
  sorted?: TreeNode[];
  sha1?: string;
}

export type TreeNode = FileNode | DirNode;

const roots = new WeakMap<Commit, DirNode>();

/** Built once per commit, on first use. */
export function rootOf(commit: Commit): DirNode {
  let root = roots.get(commit);
  if (!root) {
    root = buildTree(commit.files);
    roots.set(commit, root);
  }
  return root;
}

function buildTree(files: ReadonlyMap<string, FileEntry>): DirNode {
  const root: DirNode = { kind: "dir", name: "", path: "", children: new Map() };
  for (const [path, entry] of files) {
    const parts = path.split("/");
    let dir = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = dir.children.get(parts[i]);
      if (!next || next.kind !== "dir") {
        next = { kind: "dir", name: parts[i], path: parts.slice(0, i + 1).join("/"), children: new Map() };
        dir.children.set(parts[i], next);
      }
      dir = next;
    }
    const name = parts[parts.length - 1];
    dir.children.set(name, { kind: "file", name, path, entry });
  }
  return root;
}

export function findNode(commit: Commit, path: string): TreeNode | undefined {
  let node: TreeNode = rootOf(commit);
  if (path === "") return node;
  for (const part of path.split("/")) {
    if (node.kind !== "dir") return undefined;
    const child: TreeNode | undefined = node.children.get(part);
    if (!child) return undefined;
    node = child;
  }
  return node;
}

function sortedChildren(dir: DirNode): TreeNode[] {
  dir.sorted ??= [...dir.children.values()].sort((a, b) =>
    gitTreeOrder({ name: a.name, isDirectory: a.kind === "dir" }, { name: b.name, isDirectory: b.kind === "dir" }),
  );
  return dir.sorted;
}

/** Children in git order; recursive mode is `git ls-tree -r -t`: each directory precedes its content. */
export function listDirectory(dir: DirNode, recursive: boolean): TreeNode[] {
  const out: TreeNode[] = [];
  const visit = (node: DirNode): void => {
    for (const child of sortedChildren(node)) {
      out.push(child);
      if (recursive && child.kind === "dir") visit(child);
    }
  };
  visit(dir);
  return out;
}

/** All files, in git order (for `siblings`). */
export function listFiles(commit: Commit): FileNode[] {
  return listDirectory(rootOf(commit), true).filter((node): node is FileNode => node.kind === "file");
}

export function treeSha1(dir: DirNode): string {
  dir.sha1 ??= gitTreeSha1(
    [...dir.children.values()].map((child) => ({
      name: child.name,
      isDirectory: child.kind === "dir",
      sha1: child.kind === "dir" ? treeSha1(child) : child.entry.oid,
    })),
  );
  return dir.sha1;
}

/** The newest commit that touched the path (a file, or anything under a directory). */
export function lastCommitOf(repo: Repo, from: Commit, node: TreeNode): Commit {
  const prefix = `${node.path}/`;
  let last = from;
  for (const commit of repo.history(from)) {
    last = commit;
    if (node.kind === "file" ? commit.changed.has(node.path) : touchesPrefix(commit.changed, prefix)) return commit;
  }
  return last;
}

function touchesPrefix(changed: ReadonlySet<string>, prefix: string): boolean {
  for (const path of changed) if (path.startsWith(prefix)) return true;
  return false;
}

// Python's RepoFile reads status, avScan and pickleImportScan, so all three are present.
const SECURITY_STATUS = {
  status: "safe",
  avScan: { virusFound: false, virusNames: null },
  pickleImportScan: null,
};

/** One entry of the tree and paths-info answers. */
export function entryJson(node: TreeNode, expand?: { repo: Repo; commit: Commit }): Record<string, unknown> {
  const json: Record<string, unknown> =
    node.kind === "dir"
      ? { type: "directory", oid: treeSha1(node), size: 0, path: node.path }
      : {
          type: "file",
          oid: node.entry.oid,
          size: fileSize(node.entry),
          path: node.path,
          ...(node.entry.kind === "lfs" && {
            lfs: { oid: node.entry.sha256, size: node.entry.size, pointerSize: node.entry.pointerSize },
          }),
        };
  if (expand) {
    const last = lastCommitOf(expand.repo, expand.commit, node);
    json.lastCommit = { id: last.id, title: last.title, date: isoSeconds(last.date) };
    if (node.kind === "file") json.securityFileStatus = SECURITY_STATUS;
  }
  return json;
}
