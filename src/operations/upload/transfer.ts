import type { HubConnection } from "../../hub/connection";
import type { FileSlice } from "../../hub/http";
import {
  type LfsAction,
  type LfsBatchAnswer,
  completeMultipart,
  lfsBatch,
  multipartParts,
  putToStorage,
  verifyLfsObject,
} from "../../hub/lfs";
import { type Limiter, createLimiter } from "./concurrency";
import type { UploadFile } from "./file";
import type { UploadTarget } from "./inspect";

// The Hub accepts large batches, but smaller ones keep each answer's presigned URLs fresh.
const LFS_BATCH_SIZE = 100;

export interface TransferOptions {
  /** Storage PUTs in flight at once, whole objects and parts alike. */
  concurrency: number;
  /** Bytes that went on the wire so far, of the bytes that may still have to go. */
  onSent?: (bytesSent: number, bytesToSend: number) => void;
}

/**
 * Sends LFS files as they become ready: each file handed over (its sha256 known) joins the next LFS batch
 * call, and its bytes go to storage while later files are still being hashed. Files storage already holds
 * are skipped. `finish` waits for every byte, and fails with the first error.
 */
export class LfsTransfer {
  private readonly waiting: UploadFile[] = [];
  private readonly sending: Array<Promise<void>> = [];
  private batching: Promise<void> = Promise.resolve();
  private readonly limit: Limiter;
  private bytesSent = 0;
  /** Bytes of the files handed over that storage may not hold yet; shrinks when storage already has one. */
  private bytesToSend = 0;
  private failure: unknown;

  constructor(
    private readonly connection: HubConnection,
    private readonly target: UploadTarget,
    private readonly options: TransferOptions,
  ) {
    this.limit = createLimiter(options.concurrency);
  }

  /** A file whose bytes storage may not hold yet; its sha256 is known. */
  add(file: UploadFile): void {
    this.waiting.push(file);
    this.bytesToSend += file.size;
    // One batch call at a time: files that arrive meanwhile go together in the next one.
    this.batching = this.batching.then(() => this.sendWaiting()).catch((error: unknown) => this.fail(error));
  }

  async finish(): Promise<void> {
    await this.batching;
    await Promise.allSettled(this.sending);
    if (this.failure) throw this.failure;
  }

  /** Stops sending (a later stage failed) and waits until nothing is in flight. */
  async abandon(reason: unknown): Promise<void> {
    this.fail(reason);
    await this.finish().catch(() => undefined);
  }

  private fail(error: unknown): void {
    this.failure ??= error;
  }

  private async sendWaiting(): Promise<void> {
    if (this.failure) return;
    const files = this.waiting.splice(0, LFS_BATCH_SIZE);
    if (files.length === 0) return;
    const objects = files.map((file) => ({ oid: file.sha256!, size: file.size }));
    // A pull request's branch does not exist yet: the batch call names no ref then.
    const answers = await lfsBatch(
      this.connection,
      this.target.repo,
      objects,
      this.target.createPr ? undefined : this.target.revision,
    );
    const refused = answers.find((answer) => answer.error);
    if (refused?.error) {
      throw new Error(`the Hub refused LFS object ${refused.oid}: ${refused.error.message} (${refused.error.code})`);
    }
    const fileByOid = new Map(files.map((file) => [file.sha256!, file]));
    for (const answer of answers) {
      const file = fileByOid.get(answer.oid)!;
      if (!answer.actions?.upload) {
        this.bytesToSend -= file.size;
        continue;
      }
      checkParts(answer, file);
      this.sending.push(this.sendObject(answer, file).catch((error: unknown) => this.fail(error)));
    }
  }

  /** Sends one object's bytes as the batch answer asks: a single PUT, or parts plus a completion call. */
  private async sendObject(answer: LfsBatchAnswer, file: UploadFile): Promise<void> {
    const upload = answer.actions!.upload!;
    const parts = multipartParts(upload);
    if (parts) {
      await this.sendParts(answer, upload, file, parts);
    } else {
      const whole: FileSlice = { path: file.localPath, start: 0, length: answer.size };
      await this.put(upload.href, whole, upload.header ?? {});
    }
    const verify = answer.actions?.verify;
    if (verify) await verifyLfsObject(this.connection, verify, { oid: answer.oid, size: answer.size });
  }

  private async sendParts(
    answer: LfsBatchAnswer,
    upload: LfsAction,
    file: UploadFile,
    parts: { chunkSize: number; urls: string[]; numbers: number[] },
  ): Promise<void> {
    const etags = await Promise.all(
      parts.urls.map(async (url, index) => {
        const start = index * parts.chunkSize;
        const slice: FileSlice = {
          path: file.localPath,
          start,
          length: Math.max(0, Math.min(parts.chunkSize, answer.size - start)),
        };
        const etag = (await this.put(url, slice, {})).header("etag");
        if (!etag) throw new Error(`storage returned no ETag for part ${parts.numbers[index]} of ${answer.oid}`);
        return etag;
      }),
    );
    await completeMultipart(
      this.connection,
      upload,
      answer.oid,
      parts.numbers.map((partNumber, index) => ({ partNumber, etag: etags[index] })),
    );
  }

  // Every PUT of the upload shares one bound, so objects and their parts together stay within `concurrency`.
  private put(url: string, slice: FileSlice, headers: Record<string, string>) {
    return this.limit(() => {
      if (this.failure) throw this.failure;
      return putToStorage(this.connection, url, slice, {
        headers,
        onBytes: (bytes) => this.options.onSent?.((this.bytesSent += bytes), this.bytesToSend),
      });
    });
  }
}

/** Refuses, before any byte of it is sent, a multipart answer whose part URLs cannot cover the file exactly. */
function checkParts(answer: LfsBatchAnswer, file: UploadFile): void {
  const parts = multipartParts(answer.actions!.upload!);
  if (!parts) return;
  const needed = Math.ceil(answer.size / parts.chunkSize);
  if (parts.urls.length !== needed) {
    throw new Error(
      `the Hub's multipart answer for ${file.pathInRepo} has ${parts.urls.length} part URL(s), but ${answer.size} bytes in parts of ${parts.chunkSize} need ${needed}; nothing was committed. Run the step again, and report it with the request id if it persists`,
    );
  }
}
