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
import type { CommitPlan } from "./plan";

// The Hub accepts large batches, but smaller ones keep each answer's presigned URLs fresh.
const LFS_BATCH_SIZE = 100;

export interface TransferOptions {
  /** Storage PUTs in flight at once, whole objects and parts alike. */
  concurrency: number;
  onSent?: (bytesDone: number, bytesTotal: number) => void;
}

/** Sends the bytes of every LFS file the plan uploads and storage does not hold yet, streamed from disk. */
export async function transferLfsFiles(
  connection: HubConnection,
  target: UploadTarget,
  plan: CommitPlan,
  options: TransferOptions,
): Promise<void> {
  const files = plan.files.filter((file) => file.storage === "lfs" && file.outcome === "uploaded");
  if (files.length === 0) return;
  const answers: LfsBatchAnswer[] = [];
  for (let start = 0; start < files.length; start += LFS_BATCH_SIZE) {
    const objects = files.slice(start, start + LFS_BATCH_SIZE).map((file) => ({ oid: file.sha256!, size: file.size }));
    // A pull request's branch does not exist yet: the batch call names no ref then.
    answers.push(...(await lfsBatch(connection, target.repo, objects, target.createPr ? undefined : target.revision)));
  }
  const refused = answers.find((answer) => answer.error);
  if (refused?.error) {
    throw new Error(`the Hub refused LFS object ${refused.oid}: ${refused.error.message} (${refused.error.code})`);
  }
  const fileByOid = new Map(files.map((file) => [file.sha256!, file]));
  const toSend = answers.filter((answer) => answer.actions?.upload);
  for (const answer of toSend) checkParts(answer, fileByOid.get(answer.oid)!);
  const total = toSend.reduce((sum, answer) => sum + answer.size, 0);
  let sent = 0;
  const sender: ObjectSender = {
    connection,
    limit: createLimiter(options.concurrency),
    onBytes: (bytes) => options.onSent?.((sent += bytes), total),
  };
  await Promise.all(toSend.map((answer) => sendObject(sender, answer, fileByOid.get(answer.oid)!)));
}

/** Refuses, before any byte is sent, a multipart answer whose part URLs cannot cover the file exactly. */
function checkParts(answer: LfsBatchAnswer, file: UploadFile): void {
  const parts = multipartParts(answer.actions!.upload!);
  if (!parts) return;
  const needed = Math.ceil(answer.size / parts.chunkSize);
  if (parts.urls.length !== needed) {
    throw new Error(
      `the Hub's multipart answer for ${file.pathInRepo} has ${parts.urls.length} part URL(s), but ${answer.size} bytes in parts of ${parts.chunkSize} need ${needed}; nothing was sent or committed. Run the step again, and report it with the request id if it persists`,
    );
  }
}

interface ObjectSender {
  connection: HubConnection;
  /** Shared by every PUT of the upload, so objects and their parts together stay within one bound. */
  limit: Limiter;
  onBytes: (bytes: number) => void;
}

/** Sends one object's bytes as the batch answer asks: a single PUT, or parts plus a completion call. */
async function sendObject(sender: ObjectSender, answer: LfsBatchAnswer, file: UploadFile): Promise<void> {
  const upload = answer.actions!.upload!;
  const parts = multipartParts(upload);
  if (parts) {
    await sendParts(sender, answer, upload, file, parts);
  } else {
    const whole: FileSlice = { path: file.localPath, start: 0, length: answer.size };
    await sender.limit(() =>
      putToStorage(sender.connection, upload.href, whole, { headers: upload.header ?? {}, onBytes: sender.onBytes }),
    );
  }
  const verify = answer.actions?.verify;
  if (verify) await verifyLfsObject(sender.connection, verify, { oid: answer.oid, size: answer.size });
}

async function sendParts(
  sender: ObjectSender,
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
      const response = await sender.limit(() =>
        putToStorage(sender.connection, url, slice, { onBytes: sender.onBytes }),
      );
      const etag = response.header("etag");
      if (!etag) throw new Error(`storage returned no ETag for part ${parts.numbers[index]} of ${answer.oid}`);
      return etag;
    }),
  );
  await completeMultipart(
    sender.connection,
    upload,
    answer.oid,
    parts.numbers.map((partNumber, index) => ({ partNumber, etag: etags[index] })),
  );
}
