/** LFS objects on disk: streamed in while hashed, verified, then renamed atomically into place. */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { HubError, badRequest } from "./errors";

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

  /** Streams a request body to disk while hashing; nothing is buffered beyond the stream's chunks. */
  async receive(body: Readable, oid: string, size: number): Promise<void> {
    const tmp = this.tempPath(oid);
    try {
      const written = await writeStream(body, tmp, { maxBytes: size, hash: true });
      await this.adopt(tmp, oid, size, written.size, written.sha256 ?? "");
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** Hashes an assembled file (multipart) and moves it into the store if it is the promised object. */
  async adoptAssembled(file: string, oid: string, size: number): Promise<void> {
    const hash = createHash("sha256");
    let received = 0;
    await pipeline(createReadStream(file), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        hash.update(chunk);
        received += chunk.length;
      }
    });
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
  size: number;
  /** Only when hashing was asked for. */
  sha256?: string;
}

/**
 * Streams `body` into `file` (a new file, or at offset `start` of an existing one), optionally hashing;
 * fails as soon as more than `maxBytes` arrive so a wrong upload cannot fill the disk.
 */
export async function writeStream(
  body: Readable,
  file: string,
  options: { maxBytes: number; start?: number; hash: boolean },
): Promise<WriteResult> {
  const hash = options.hash ? createHash("sha256") : undefined;
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      // Past the limit, keep reading but drop the bytes: answering before the body ends breaks some clients.
      if (received > options.maxBytes) return callback();
      hash?.update(chunk);
      callback(null, chunk);
    },
  });
  const sink =
    options.start === undefined
      ? createWriteStream(file, { flags: "w" })
      : createWriteStream(file, { flags: "r+", start: options.start });
  await pipeline(body, meter, sink);
  if (received > options.maxBytes)
    throw new HubError(400, `Body is larger than the expected ${options.maxBytes} bytes`);
  return { size: received, sha256: hash?.digest("hex") };
}
