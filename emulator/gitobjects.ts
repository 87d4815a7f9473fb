/** Git object ids: blob SHA-1s, LFS pointer files, tree SHA-1s and our commit ids. */
import { createHash } from "node:crypto";

export function gitBlobSha1(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/** The pointer text git-lfs stores in place of the content; its blob SHA-1 is what the tree reports as `oid`. */
export function lfsPointer(sha256: string, size: number): Buffer {
  return Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${size}\n`);
}

export interface TreeObjectEntry {
  name: string;
  isDirectory: boolean;
  sha1: string;
}

/** Git orders tree entries by name, comparing a directory as if its name ended with "/". */
export function gitTreeOrder(a: { name: string; isDirectory: boolean }, b: { name: string; isDirectory: boolean }) {
  const ka = a.isDirectory ? `${a.name}/` : a.name;
  const kb = b.isDirectory ? `${b.name}/` : b.name;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function gitTreeSha1(entries: TreeObjectEntry[]): string {
  const parts: Buffer[] = [];
  for (const entry of [...entries].sort(gitTreeOrder)) {
    parts.push(Buffer.from(`${entry.isDirectory ? "40000" : "100644"} ${entry.name}\0`));
    parts.push(Buffer.from(entry.sha1, "hex"));
  }
  const body = Buffer.concat(parts);
  return createHash("sha1").update(`tree ${body.length}\0`).update(body).digest("hex");
}

let commitCounter = 0;

/** 40-hex commit ids; the counter keeps two identical commits in the same millisecond apart. */
export function newCommitId(parent: string | undefined, message: string, date: Date, changes: string): string {
  commitCounter += 1;
  return createHash("sha1")
    .update(`parent ${parent ?? ""}\ndate ${date.toISOString()}\ncounter ${commitCounter}\n`)
    .update(`changes ${changes}\n\n${message}`)
    .digest("hex");
}

/** 24-hex ids like the Hub's Mongo `_id`: a timestamp then randomness. */
export function newObjectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, "0");
  return seconds + createHash("sha1").update(`${Math.random()}:${process.hrtime.bigint()}`).digest("hex").slice(0, 16);
}

export function isSha256Hex(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
}

export function isCommitId(value: string): boolean {
  return /^[0-9a-f]{40}$/.test(value);
}
