import { type HubConnection, type HubResponse, hubRequest } from "./connection";
import type { Limiter } from "./concurrency";
import type { FileSlice } from "./http";
import { type RepoRef, repoUrlPart } from "./repo-ref";

const LFS_CONTENT_TYPE = "application/vnd.git-lfs+json";
// The Hub accepts large batches, but smaller ones keep each answer's presigned URLs fresh.
const LFS_BATCH_SIZE = 100;

export interface LfsObject {
  oid: string;
  size: number;
}

interface LfsAction {
  href: string;
  header?: Record<string, string>;
}

export interface LfsBatchAnswer {
  oid: string;
  size: number;
  actions?: { upload?: LfsAction; verify?: LfsAction };
  error?: { code: number; message: string };
}

/** Asks the Hub where to upload each object; objects it already has come back without actions. */
export async function lfsBatch(
  connection: HubConnection,
  ref: RepoRef,
  objects: LfsObject[],
  branch?: string,
): Promise<LfsBatchAnswer[]> {
  const answers: LfsBatchAnswer[] = [];
  for (let start = 0; start < objects.length; start += LFS_BATCH_SIZE) {
    const response = await hubRequest(connection, {
      method: "POST",
      url: `/${repoUrlPart(ref)}.git/info/lfs/objects/batch`,
      headers: { Accept: LFS_CONTENT_TYPE, "Content-Type": LFS_CONTENT_TYPE },
      body: JSON.stringify({
        operation: "upload",
        transfers: ["basic", "multipart"],
        hash_algo: "sha256",
        ...(branch ? { ref: { name: branch } } : {}),
        objects: objects.slice(start, start + LFS_BATCH_SIZE),
      }),
    });
    const body = response.json<{ objects: LfsBatchAnswer[] }>();
    answers.push(...body.objects);
  }
  return answers;
}

export interface LfsUploadOptions {
  /** Shared by every PUT of the upload, so objects and their parts together stay within one bound. */
  limit: Limiter;
  onBytes?: (bytes: number) => void;
}

/** Sends one object's bytes as the batch answer asks: a single PUT, or parts plus a completion call. */
export async function uploadLfsObject(
  connection: HubConnection,
  answer: LfsBatchAnswer,
  localPath: string,
  options: LfsUploadOptions,
): Promise<void> {
  const upload = answer.actions?.upload;
  if (!upload) return;
  const chunkSize = Number(upload.header?.chunk_size);
  if (chunkSize > 0) {
    await uploadMultipart(connection, answer, upload, chunkSize, localPath, options);
  } else {
    const whole = { path: localPath, start: 0, length: answer.size };
    await options.limit(() => putToStorage(connection, upload.href, whole, upload.header ?? {}, options.onBytes));
  }
  const verify = answer.actions?.verify;
  if (verify) {
    await hubRequest(connection, {
      method: "POST",
      url: verify.href,
      headers: { Accept: LFS_CONTENT_TYPE, "Content-Type": LFS_CONTENT_TYPE, ...verify.header },
      body: JSON.stringify({ oid: answer.oid, size: answer.size }),
    });
  }
}

async function uploadMultipart(
  connection: HubConnection,
  answer: LfsBatchAnswer,
  upload: LfsAction,
  chunkSize: number,
  localPath: string,
  options: LfsUploadOptions,
): Promise<void> {
  const partNames = Object.keys(upload.header ?? {})
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b));
  const etags = await Promise.all(
    partNames.map(async (name, index) => {
      const start = index * chunkSize;
      const slice: FileSlice = {
        path: localPath,
        start,
        length: Math.max(0, Math.min(chunkSize, answer.size - start)),
      };
      const response = await options.limit(() =>
        putToStorage(connection, upload.header![name], slice, {}, options.onBytes),
      );
      const etag = response.header("etag");
      if (!etag) throw new Error(`storage returned no ETag for part ${name} of ${answer.oid}`);
      return etag;
    }),
  );
  await hubRequest(connection, {
    method: "POST",
    url: upload.href,
    withAuth: false,
    headers: { Accept: LFS_CONTENT_TYPE, "Content-Type": LFS_CONTENT_TYPE },
    body: JSON.stringify({
      oid: answer.oid,
      parts: partNames.map((name, index) => ({ partNumber: Number(name), etag: etags[index] })),
    }),
  });
}

/** PUTs file bytes to a presigned storage URL: no Hub token, an exact Content-Length, streamed from disk. */
function putToStorage(
  connection: HubConnection,
  url: string,
  slice: FileSlice,
  headers: Record<string, string>,
  onBytes?: (bytes: number) => void,
): Promise<HubResponse> {
  return hubRequest(connection, { method: "PUT", url, headers, body: slice, withAuth: false, onBodyBytes: onBytes });
}
