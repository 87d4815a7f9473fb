/** The storage side's building blocks: batched writes hashed on arrival, ranged hashing, parts hashed in order. */
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { hashFileRange, WRITE_SIZE, writeStream } from "../../emulator/lfs-store";
import { OrderedPartHasher } from "../../emulator/part-hasher";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "lfs-store-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** A body arriving in chunks of `size` bytes, as a socket delivers it. */
function body(content: Buffer, size = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
    })(),
    { objectMode: false },
  );
}

describe("writeStream", () => {
  it("writes a body of many write batches whole, and hashes it as it arrives", async () => {
    const content = randomBytes(5 * WRITE_SIZE + 12345);
    const file = path.join(dir, "whole");
    const hash = createHash("sha256");
    const result = await writeStream(body(content), file, { maxBytes: content.length, hash });
    expect(result.size).toBe(content.length);
    expect(hash.digest("hex")).toBe(sha256(content));
    expect((await readFile(file)).equals(content)).toBe(true);
  });

  it("writes at an offset of an existing file without touching the rest", async () => {
    const file = path.join(dir, "offset");
    const base = randomBytes(3 * WRITE_SIZE);
    await writeFile(file, base);
    const part = randomBytes(WRITE_SIZE + 7);
    await writeStream(body(part, 1000), file, { maxBytes: part.length, start: WRITE_SIZE });
    const expected = Buffer.concat([base.subarray(0, WRITE_SIZE), part, base.subarray(2 * WRITE_SIZE + 7)]);
    expect((await readFile(file)).equals(expected)).toBe(true);
  });

  it("reads a body longer than allowed to its end, writes none of the surplus, and refuses it", async () => {
    const file = path.join(dir, "long");
    const content = randomBytes(2 * WRITE_SIZE);
    const hash = createHash("sha256");
    const stream = body(content);
    await expect(writeStream(stream, file, { maxBytes: WRITE_SIZE + 1, hash })).rejects.toMatchObject({ status: 400 });
    expect(stream.readableEnded).toBe(true);
    expect((await readFile(file)).length).toBeLessThanOrEqual(WRITE_SIZE + 1);
  });

  it("fails when the body is cut, after the writes under way have landed", async () => {
    const file = path.join(dir, "cut");
    const stream = new PassThrough();
    const done = writeStream(stream, file, { maxBytes: 10 * WRITE_SIZE });
    stream.write(randomBytes(2 * WRITE_SIZE));
    await new Promise((resolve) => setImmediate(resolve));
    stream.destroy();
    await expect(done).rejects.toMatchObject({ code: "ERR_STREAM_PREMATURE_CLOSE" });
    // The file is closed: it can be removed and written again.
    await rm(file);
    await writeFile(file, "again");
  });

  it("goes on after pausing for writes, with a body that arrives faster than the disk takes it", async () => {
    const file = path.join(dir, "fast");
    const content = randomBytes(20 * WRITE_SIZE);
    const result = await writeStream(body(content, WRITE_SIZE), file, { maxBytes: content.length });
    expect(result.size).toBe(content.length);
    expect(sha256(await readFile(file))).toBe(sha256(content));
  });
});

describe("hashFileRange", () => {
  it("hashes a range, or up to the end of the file, in reads larger than one buffer", async () => {
    const file = path.join(dir, "range");
    const content = randomBytes(9 * 1024 * 1024 + 5);
    await writeFile(file, content);
    const whole = createHash("sha256");
    expect(await hashFileRange(file, 0, Infinity, whole)).toBe(content.length);
    expect(whole.digest("hex")).toBe(sha256(content));
    const range = createHash("sha256");
    expect(await hashFileRange(file, 1000, 5 * 1024 * 1024, range)).toBe(5 * 1024 * 1024);
    expect(range.digest("hex")).toBe(sha256(content.subarray(1000, 1000 + 5 * 1024 * 1024)));
    const past = createHash("sha256");
    expect(await hashFileRange(file, content.length - 10, 100, past)).toBe(10);
  });
});

describe("OrderedPartHasher", () => {
  const chunk = 1000;
  const content = randomBytes(3 * chunk + 500);
  const partOf = (n: number) => content.subarray((n - 1) * chunk, n * chunk);
  let file: string;
  beforeEach(async () => {
    file = path.join(dir, `parts-${randomBytes(4).toString("hex")}`);
    await writeFile(file, content);
  });

  /** Lands part n: hashed live when the hasher offers it, else left for it to read back. */
  function land(hasher: OrderedPartHasher, n: number) {
    const live = hasher.startPart(n);
    live?.update(partOf(n));
    hasher.partWritten(n, partOf(n).length, live);
    return live !== undefined;
  }

  it("hashes parts landing in order live, without reading them back", async () => {
    const hasher = new OrderedPartHasher(path.join(dir, "no-such-file"), chunk);
    expect([1, 2, 3, 4].map((n) => land(hasher, n))).toEqual([true, true, true, true]);
    expect(await hasher.digest()).toEqual({ sha256: sha256(content), size: content.length });
  });

  it("reads back parts that landed ahead of their turn", async () => {
    const hasher = new OrderedPartHasher(file, chunk);
    expect(land(hasher, 3)).toBe(false);
    expect(land(hasher, 2)).toBe(false);
    expect(land(hasher, 1)).toBe(true);
    expect(land(hasher, 4)).toBe(false);
    expect(await hasher.digest()).toEqual({ sha256: sha256(content), size: content.length });
  });

  it("hashes only one part live at a time; the others are read back", async () => {
    const hasher = new OrderedPartHasher(file, chunk);
    const first = hasher.startPart(1);
    expect(first).toBeDefined();
    expect(hasher.startPart(2)).toBeUndefined();
    hasher.partWritten(2, chunk);
    first?.update(partOf(1));
    hasher.partWritten(1, chunk, first);
    land(hasher, 3);
    land(hasher, 4);
    expect(await hasher.digest()).toEqual({ sha256: sha256(content), size: content.length });
  });

  it("drops the live hash of a part that failed, and hashes its retry", async () => {
    const hasher = new OrderedPartHasher(file, chunk);
    const failed = hasher.startPart(1);
    failed?.update(randomBytes(300));
    hasher.partFailed(1);
    for (const n of [1, 2, 3, 4]) land(hasher, n);
    expect(await hasher.digest()).toEqual({ sha256: sha256(content), size: content.length });
  });

  it("gives up (undefined: rehash the file) when a part already hashed is written again", async () => {
    const hasher = new OrderedPartHasher(file, chunk);
    for (const n of [1, 2, 1, 3, 4]) land(hasher, n);
    expect(await hasher.digest()).toBeUndefined();
  });

  it("gives up when completion comes while a part is still arriving", async () => {
    const hasher = new OrderedPartHasher(file, chunk);
    for (const n of [1, 2, 3]) land(hasher, n);
    hasher.startPart(4);
    expect(await hasher.digest()).toBeUndefined();
  });
});
