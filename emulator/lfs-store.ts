/** LFS objects on disk: streamed in while hashed, verified, then renamed atomically into place. */
import { createHash, randomBytes, type Hash } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { finished, type Readable } from "node:stream";
import { HubError, badRequest } from "./errors";

/**
 * Incoming chunks (64 KiB off the socket) are gathered to this size before one `pwritev`: fewer syscalls and
 * thread-pool round trips than one write per chunk.
 */
export const WRITE_SIZE = 1024 * 1024;
/** Writes under way per upload before the body is paused (backpressure): at most about 5 MiB held per upload. */
const WRITES_IN_FLIGHT = 4;
/** Reads when hashing a stored range (multipart catch-up, reassembled objects). */
const READ_SIZE = 4 * 1024 * 1024;
/**
 * Read buffers are reused from one range to the next: a fresh 4 MiB buffer is fresh memory, and touching it costs
 * a page fault per 4 KiB, as much again as the read itself.
 */
const spareBuffers: Buffer[] = [];
const MAX_SPARE_BUFFERS = 4;

export class ObjectStore {
  /** oid -> size of every stored object, so commits can check objects synchronously. */
  private readonly index = new Map<string, number>();
  private readonly objectsDir: string;
  private readonly tmpDir: string;

  constructor(readonly root: string) {
    this.objectsDir = path.join(root, "lfs", "objects");
    this.tmpDir = path.join(root, "lfs", "tmp");
  }

  async init(): Promise<void> {
    await mkdir(this.objectsDir, { recursive: true });
    await rm(this.tmpDir, { recursive: true, force: true });
    await mkdir(this.tmpDir, { recursive: true });
    await this.scan();
  }

  /** Objects left by an earlier run on the same data dir stay usable. */
  private async scan(): Promise<void> {
    for (const a of await readdir(this.objectsDir)) {
      for (const b of await readdir(path.join(this.objectsDir, a)).catch(() => [])) {
        for (const oid of await readdir(path.join(this.objectsDir, a, b)).catch(() => [])) {
          const info = await stat(path.join(this.objectsDir, a, b, oid));
          this.index.set(oid, info.size);
        }
      }
    }
  }

  size(oid: string): number | undefined {
    return this.index.get(oid);
  }

  pathOf(oid: string): string {
    return path.join(this.objectsDir, oid.slice(0, 2), oid.slice(2, 4), oid);
  }

  tempPath(label: string): string {
    return path.join(this.tmpDir, `${label}-${randomBytes(8).toString("hex")}`);
  }

  /** Streams a request body to disk, hashing each chunk as it arrives; at most a few MiB are held at a time. */
  async receive(body: Readable, oid: string, size: number): Promise<void> {
    const tmp = this.tempPath(oid);
    try {
      const hash = createHash("sha256");
      const written = await writeStream(body, tmp, { maxBytes: size, hash });
      await this.adopt(tmp, oid, size, written.size, hash.digest("hex"));
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** Hashes an assembled file (multipart) and moves it into the store if it is the promised object. */
  async adoptAssembled(file: string, oid: string, size: number): Promise<void> {
    const hash = createHash("sha256");
    const received = await hashFileRange(file, 0, Infinity, hash);
    await this.adopt(file, oid, size, received, hash.digest("hex"));
  }

  /** Moves an assembled file whose digest was computed while its parts arrived into the store. */
  async adoptHashed(file: string, oid: string, size: number, received: number, sha256: string): Promise<void> {
    await this.adopt(file, oid, size, received, sha256);
  }

  private async adopt(file: string, oid: string, size: number, received: number, sha256: string): Promise<void> {
    if (received !== size) throw badRequest(`Size mismatch: expected ${size} bytes, received ${received}`);
    if (sha256 !== oid) throw badRequest(`SHA256 mismatch: expected ${oid}, got ${sha256}`);
    if (!this.index.has(oid)) {
      const target = this.pathOf(oid);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file, target);
      this.index.set(oid, size);
    }
  }

  /** Creates (without truncating) a sparse file that parts are written into at their offsets. */
  async ensureFile(file: string): Promise<void> {
    const handle = await open(file, "a");
    await handle.close();
  }
}

export interface WriteResult {
  /** Bytes that arrived (more than `maxBytes` when the body was too long; the surplus is not written). */
  size: number;
}

/**
 * Streams `body` into `file` (a new file, or at offset `start` of an existing one), feeding every kept chunk to
 * `hash` as it arrives; fails as soon as more than `maxBytes` arrive so a wrong upload cannot fill the disk.
 * Chunks are gathered into writes of `WRITE_SIZE` that run while the next ones arrive (no await per chunk); the
 * body is paused while `WRITES_IN_FLIGHT` writes are under way.
 */
export async function writeStream(
  body: Readable,
  file: string,
  options: { maxBytes: number; start?: number; hash?: Hash },
): Promise<WriteResult> {
  const handle = await open(file, options.start === undefined ? "w" : "r+");
  const start = options.start ?? 0;
  let received = 0;
  let queued = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let inFlight = 0;
  let writeError: Error | undefined;
  let settle: (() => void) | undefined;
  const writes = new Set<Promise<void>>();

  const flush = () => {
    if (pendingBytes === 0 || writeError) return;
    const buffers = pending;
    const position = start + queued;
    queued += pendingBytes;
    pending = [];
    pendingBytes = 0;
    inFlight += 1;
    if (inFlight >= WRITES_IN_FLIGHT) body.pause();
    const write = writeFully(handle, buffers, position).then(
      () => {
        inFlight -= 1;
        writes.delete(write);
        if (inFlight < WRITES_IN_FLIGHT && !writeError && body.isPaused()) body.resume();
        settle?.();
      },
      (error: Error) => {
        inFlight -= 1;
        writes.delete(write);
        writeError ??= error;
        body.destroy(error);
        settle?.();
      },
    );
    writes.add(write);
  };

  const onData = (chunk: Buffer) => {
    received += chunk.length;
    // Past the limit, keep reading but drop the bytes: answering before the body ends breaks some clients.
    if (received > options.maxBytes) return;
    options.hash?.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= WRITE_SIZE) flush();
  };

  try {
    await new Promise<void>((resolve, reject) => {
      body.on("data", onData);
      finished(body, (error) => {
        body.off("data", onData);
        if (error) return reject(writeError ?? error);
        flush();
        resolve();
      });
      body.resume();
    });
  } finally {
    // Every write under way lands (or fails) before the file is closed, renamed or removed.
    while (writes.size > 0) {
      await new Promise<void>((resolve) => (settle = resolve));
      settle = undefined;
    }
    await handle.close();
  }
  if (writeError) throw writeError;
  if (received > options.maxBytes)
    throw new HubError(400, `Body is larger than the expected ${options.maxBytes} bytes`);
  return { size: received };
}

/** One `pwritev` of the buffers at `position`, continued until every byte is written. */
async function writeFully(handle: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  let rest = buffers;
  let at = position;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest, at);
    at += bytesWritten;
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= rest[0].length) {
      skip -= rest[0].length;
      rest = rest.slice(1);
    }
    if (skip > 0) rest = [rest[0].subarray(skip), ...rest.slice(1)];
  }
}

/**
 * Feeds `length` bytes of `file` from `start` (or up to its end) into `hash`, with large reads into two reused
 * buffers so the next read runs while the current one is hashed. Returns the bytes hashed.
 */
export async function hashFileRange(file: string, start: number, length: number, hash: Hash): Promise<number> {
  const handle = await open(file, "r");
  const buffers = [
    spareBuffers.pop() ?? Buffer.allocUnsafe(READ_SIZE),
    spareBuffers.pop() ?? Buffer.allocUnsafe(READ_SIZE),
  ];
  try {
    const end = start + length;
    let turn = 0;
    const issue = (at: number) => {
      const want = Math.min(READ_SIZE, end - at);
      if (want <= 0) return undefined;
      const buffer = buffers[turn];
      turn ^= 1;
      return { at, want, read: handle.read(buffer, 0, want, at) };
    };
    let hashed = 0;
    let current = issue(start);
    while (current) {
      const { bytesRead, buffer } = await current.read;
      if (bytesRead === 0) break;
      const after = current.at + bytesRead;
      // A full read lets the next one run while this one is hashed; after a short one, reading goes on from where it stopped.
      const full = bytesRead === current.want;
      const next = full ? issue(after) : undefined;
      hash.update(buffer.subarray(0, bytesRead));
      hashed += bytesRead;
      current = full ? next : issue(after);
    }
    return hashed;
  } finally {
    await handle.close();
    spareBuffers.push(...buffers.slice(0, Math.max(0, MAX_SPARE_BUFFERS - spareBuffers.length)));
  }
}
