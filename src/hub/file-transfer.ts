import { createReadStream } from "node:fs";
import http from "node:http";
import https from "node:https";
import { HubError, errorMessageFromBody } from "./errors";
import { READ_CHUNK_BYTES } from "./hashing";

export interface FileSlice {
  path: string;
  start: number;
  /** Bytes in the slice; zero-length slices are allowed. */
  length: number;
}

export interface PutResult {
  etag?: string;
}

/**
 * PUTs a slice of a local file to a storage URL, streamed straight from disk with an exact
 * Content-Length (presigned storage refuses chunked bodies).
 */
export function putFileSlice(
  url: string,
  slice: FileSlice,
  headers: Record<string, string>,
  onBytes?: (bytes: number) => void,
): Promise<PutResult> {
  const target = new URL(url);
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      { method: "PUT", headers: { ...headers, "Content-Length": String(slice.length) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            resolve({ etag: headerValue(response.headers.etag) });
            return;
          }
          const body = Buffer.concat(chunks).toString("utf8");
          reject(
            new HubError(
              "PUT",
              url,
              status,
              errorMessageFromBody(body, headerValue(response.headers["x-error-message"]) ?? null),
              headerValue(response.headers["x-error-code"]),
              headerValue(response.headers["x-request-id"]),
            ),
          );
        });
      },
    );
    request.on("error", reject);
    if (slice.length === 0) {
      request.end();
      return;
    }
    const source = createReadStream(slice.path, {
      start: slice.start,
      end: slice.start + slice.length - 1,
      highWaterMark: READ_CHUNK_BYTES,
    });
    source.on("error", (error) => request.destroy(error));
    if (onBytes) source.on("data", (chunk) => onBytes(chunk.length));
    source.pipe(request);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
