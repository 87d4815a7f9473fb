import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/**
 * Reads regular files, one at a time, into one buffer that grows to the largest of them (regular files are
 * at most 10 MiB): no new buffer per file for the garbage collector. Synchronous: for thousands of small files
 * the promise API's file handles cost more main-thread time than the reads themselves.
 */
export class ContentReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /** The file's content, which must still be the `size` bytes selection saw (a commit body's length counts on it). */
  read(path: string, size: number): Buffer {
    // One byte more than expected shows a file that grew.
    if (this.buffer.length < size + 1) this.buffer = Buffer.allocUnsafe(size + 1);
    const descriptor = openSync(path, "r");
    try {
      let length = 0;
      for (let read = -1; read !== 0 && length <= size; length += read) {
        read = readSync(descriptor, this.buffer, length, size + 1 - length, length);
      }
      if (length !== size) {
        const now = fstatSync(descriptor).size;
        throw new Error(`${path} changed while it was uploaded (${size} bytes, now ${now}): run the step again`);
      }
    } finally {
      closeSync(descriptor);
    }
    return this.buffer.subarray(0, size);
  }
}
