/** Hashes a multipart object's parts in order as they land, so completing it needs no second pass over the bytes. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

export class OrderedPartHasher {
  private readonly hash = createHash("sha256");
  private readonly written = new Map<number, number>();
  private nextPart = 1;
  private hashedBytes = 0;
  private chain: Promise<void> = Promise.resolve();
  /** Set when a part already hashed is written again (a retried part): completion must then rehash the file. */
  private stale = false;

  constructor(
    private readonly file: string,
    private readonly chunkSize: number,
  ) {}

  partWritten(part: number, size: number): void {
    if (part < this.nextPart) this.stale = true;
    this.written.set(part, size);
    this.chain = this.chain.then(() => this.catchUp()).catch(() => void (this.stale = true));
  }

  /** The digest of every byte, or undefined when the parts could not be hashed in order. */
  async digest(): Promise<{ sha256: string; size: number } | undefined> {
    await this.chain;
    if (this.stale) return undefined;
    return { sha256: this.hash.digest("hex"), size: this.hashedBytes };
  }

  private async catchUp(): Promise<void> {
    while (!this.stale && this.written.has(this.nextPart)) {
      const size = this.written.get(this.nextPart)!;
      const start = (this.nextPart - 1) * this.chunkSize;
      if (size > 0) {
        for await (const chunk of createReadStream(this.file, { start, end: start + size - 1 })) {
          this.hash.update(chunk as Buffer);
        }
      }
      this.hashedBytes += size;
      this.nextPart++;
    }
  }
}
