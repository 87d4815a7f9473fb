import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { READ_CHUNK_BYTES } from "../../hub/http";

const SAMPLE_BYTES = 512;

export type ProgressCallback = (bytes: number) => void;

/**
 * sha256 of a file, read into two reused buffers: the next read runs while the current one is hashed, and
 * no buffer is left for the garbage collector (a new buffer per chunk cost more CPU than the reads).
 */
export async function sha256OfFile(path: string, onBytes?: ProgressCallback): Promise<string> {
  const hash = createHash("sha256");
  const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)];
  const handle = await open(path, "r");
  try {
    let position = 0;
    let current = 0;
    let reading = handle.read(buffers[current], 0, READ_CHUNK_BYTES, position);
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      position += bytesRead;
      const filled = buffers[current];
      current ^= 1;
      reading = handle.read(buffers[current], 0, READ_CHUNK_BYTES, position);
      hash.update(filled.subarray(0, bytesRead));
      onBytes?.(bytesRead);
    }
  } finally {
    await handle.close();
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

/**
 * The first bytes of a file, which the Hub's preupload call uses to tell text from binary. Read synchronously:
 * for thousands of files the promise API's file handles cost more than the reads.
 */
export function readSample(path: string): Buffer {
  const descriptor = openSync(path, "r");
  try {
    // Small unsafe buffers come from Node's shared pool: no allocation of its own for each file.
    const buffer = Buffer.allocUnsafe(SAMPLE_BYTES);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, SAMPLE_BYTES, 0));
  } finally {
    closeSync(descriptor);
  }
}
