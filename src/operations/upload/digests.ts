import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { READ_CHUNK_BYTES } from "../../hub/http";

const SAMPLE_BYTES = 512;

export type ProgressCallback = (bytes: number) => void;

/** sha256 of a file, streamed: memory stays flat whatever the size. */
export async function sha256OfFile(path: string, onBytes?: ProgressCallback): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
    hash.update(chunk as Buffer);
    onBytes?.((chunk as Buffer).length);
  }
  return hash.digest("hex");
}

/** The git blob SHA-1 the Hub reports as a regular file's `oid`. */
export function gitBlobSha1(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/** The pointer text git-lfs stores in place of a large file; the Hub's `oid` for an LFS file is its blob SHA-1. */
export function lfsPointer(sha256: string, size: number): Buffer {
  return Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${size}\n`);
}

/** The first bytes of a file, which the Hub's preupload call uses to tell text from binary. */
export async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
