import { type HubConnection, type HubResponse, hubRequest } from "./connection";
import type { FileSlice } from "./http";
import { type RepoRef, repoUrlPart } from "./repo-ref";

const LFS_CONTENT_TYPE = "application/vnd.git-lfs+json";
const LFS_HEADERS = { Accept: LFS_CONTENT_TYPE, "Content-Type": LFS_CONTENT_TYPE };

export interface LfsObject {
  oid: string;
  size: number;
}

export interface LfsAction {
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
  repo: RepoRef,
  objects: LfsObject[],
  branch?: string,
): Promise<LfsBatchAnswer[]> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: `/${repoUrlPart(repo)}.git/info/lfs/objects/batch`,
    headers: LFS_HEADERS,
    body: JSON.stringify({
      operation: "upload",
      transfers: ["basic", "multipart"],
      hash_algo: "sha256",
      ...(branch ? { ref: { name: branch } } : {}),
      objects,
    }),
  });
  return response.json<{ objects: LfsBatchAnswer[] }>().objects;
}

/** A multipart upload's part size and presigned part URLs, in part order; undefined for a basic upload. */
export function multipartParts(
  upload: LfsAction,
): { chunkSize: number; urls: string[]; numbers: number[] } | undefined {
  const chunkSize = Number(upload.header?.chunk_size);
  if (!(chunkSize > 0)) return undefined;
  const names = Object.keys(upload.header ?? {})
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b));
  return { chunkSize, urls: names.map((name) => upload.header![name]), numbers: names.map(Number) };
}

/** PUTs file bytes to a presigned storage URL: no Hub token, an exact Content-Length, streamed from disk. */
export function putToStorage(
  connection: HubConnection,
  url: string,
  slice: FileSlice,
  options: { headers?: Record<string, string>; onBytes?: (bytes: number) => void } = {},
): Promise<HubResponse> {
  return hubRequest(connection, {
    method: "PUT",
    url,
    headers: options.headers,
    body: slice,
    withAuth: false,
    onBodyBytes: options.onBytes,
  });
}

/** Tells storage that every part of a multipart upload is in. */
export async function completeMultipart(
  connection: HubConnection,
  upload: LfsAction,
  oid: string,
  parts: Array<{ partNumber: number; etag: string }>,
): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: upload.href,
    withAuth: false,
    headers: LFS_HEADERS,
    body: JSON.stringify({ oid, parts }),
  });
}

/** Asks the Hub to confirm it holds the object, as the batch answer's verify action requests. */
export async function verifyLfsObject(connection: HubConnection, verify: LfsAction, object: LfsObject): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: verify.href,
    headers: { ...LFS_HEADERS, ...verify.header },
    body: JSON.stringify(object),
  });
}
