/**
 * Hashes a multipart object's parts in order, so completing it needs no second pass over the bytes: the part that
 * is next in order is hashed live while it arrives (on a copy of the running hash, kept only if the part lands
 * whole); parts that land ahead of their turn are read back from disk, in large reads, once their turn comes.
 */
import { createHash, type Hash } from "node:crypto";
import { hashFileRange } from "./lfs-store";

export class OrderedPartHasher {
  private hash = createHash("sha256");
  private readonly written = new Map<number, number>();
  private nextPart = 1;
  private hashedBytes = 0;
  private chain: Promise<void> = Promise.resolve();
  /** Read-back of written parts under way: no part is hashed live meanwhile. */
  private catchingUp = false;
  /** The part being hashed live, and its copy of the running hash. */
  private live: { part: number; hash: Hash } | undefined;
  /** Set when a part already hashed is written again (a retried part): completion must then rehash the file. */
  private stale = false;

  constructor(
    private readonly file: string,
    private readonly chunkSize: number,
  ) {}

  /**
   * Called when a part's bytes start to arrive: a hash to feed them into when this part is the next to hash and
   * nothing else is being hashed, else undefined (the part is read back from disk later).
   */
  startPart(part: number): Hash | undefined {
    if (this.stale || this.catchingUp || this.live || part !== this.nextPart || this.written.has(part))
      return undefined;
    this.live = { part, hash: this.hash.copy() };
    return this.live.hash;
  }

  /** A part that started live did not land (aborted, wrong size): its copy of the hash is dropped. */
  partFailed(part: number): void {
    if (this.live?.part === part) this.live = undefined;
  }

  /** `part` landed whole with `size` bytes; `live` is the hash `startPart` gave it, if any. */
  partWritten(part: number, size: number, live?: Hash): void {
    if (live && this.live?.part === part && this.live.hash === live) {
      this.live = undefined;
      this.hash = live;
      this.hashedBytes += size;
      this.nextPart++;
    } else {
      if (this.live?.part === part) this.live = undefined;
      if (part < this.nextPart) this.stale = true;
      this.written.set(part, size);
    }
    this.chain = this.chain.then(() => this.catchUp()).catch(() => void (this.stale = true));
  }

  /** The digest of every byte, or undefined when the parts could not be hashed in order. */
  async digest(): Promise<{ sha256: string; size: number } | undefined> {
    await this.chain;
    if (this.stale || this.live) return undefined;
    return { sha256: this.hash.digest("hex"), size: this.hashedBytes };
  }

  private async catchUp(): Promise<void> {
    this.catchingUp = true;
    try {
      while (!this.stale && !this.live && this.written.has(this.nextPart)) {
        const size = this.written.get(this.nextPart)!;
        const start = (this.nextPart - 1) * this.chunkSize;
        if (size > 0 && (await hashFileRange(this.file, start, size, this.hash)) !== size) this.stale = true;
        this.written.delete(this.nextPart);
        this.hashedBytes += size;
        this.nextPart++;
      }
    } finally {
      this.catchingUp = false;
    }
  }
}
