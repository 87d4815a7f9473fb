import { createReadStream } from "node:fs";
import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";

// 1 MiB reads keep hashing and sending at full speed while few buffers wait for the garbage collector.
export const READ_CHUNK_BYTES = 1024 * 1024;

/** A slice of a local file sent as a request body, read from disk as the socket drains. */
export interface FileSlice {
  path: string;
  start: number;
  length: number;
}

/** A body of known length whose parts are produced while it is sent; `parts` is called again for each attempt. */
export interface StreamedBody {
  length: number;
  parts: () => AsyncIterable<string | Buffer>;
}

export type RequestBody = string | Buffer | FileSlice | StreamedBody;

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: RequestBody;
  /** Fails the attempt when the connection stays silent this long. */
  idleTimeoutMs?: number;
  onBodyBytes?: (bytes: number) => void;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// One pool per protocol: connections are reused across the many calls of an upload.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * Sends one request with Node's own http client (Node's fetch costs ~40 MB of memory more and cannot
 * stream a file slice with an exact Content-Length). Resolves with any status; rejects on network errors.
 */
export function sendHttp(request: HttpRequest): Promise<HttpResponse> {
  const target = new URL(request.url);
  const transport = target.protocol === "https:" ? https : http;
  const agent = target.protocol === "https:" ? agents["https:"] : agents["http:"];
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers };
    headers["Content-Length"] = String(bodyLength(request.body));
    const outgoing = transport.request(target, { method: request.method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          url: request.url,
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on("error", reject);
    if (request.idleTimeoutMs) {
      outgoing.setTimeout(request.idleTimeoutMs, () =>
        outgoing.destroy(
          Object.assign(new Error(`no answer within ${request.idleTimeoutMs} ms`), { code: "ETIMEDOUT" }),
        ),
      );
    }
    writeBody(outgoing, request.body, request.onBodyBytes).catch((error: unknown) => outgoing.destroy(error as Error));
  });
}

// Every body has a length known up front: the Hub's clients never send chunked bodies.
function bodyLength(body: RequestBody | undefined): number {
  if (body === undefined) return 0;
  if (typeof body === "string") return Buffer.byteLength(body);
  return body.length;
}

async function writeBody(
  outgoing: http.ClientRequest,
  body: RequestBody | undefined,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  if (body === undefined || typeof body === "string" || Buffer.isBuffer(body)) {
    outgoing.end(body);
    return;
  }
  const parts =
    "parts" in body
      ? body.parts()
      : body.length === 0
        ? []
        : createReadStream(body.path, {
            start: body.start,
            end: body.start + body.length - 1,
            highWaterMark: READ_CHUNK_BYTES,
          });
  for await (const part of parts) {
    if (outgoing.destroyed) return;
    onBytes?.(typeof part === "string" ? Buffer.byteLength(part) : part.length);
    // Waiting for drain keeps at most one part in flight: memory stays flat whatever the body's size.
    if (!outgoing.write(part)) await drainedOrClosed(outgoing);
  }
  outgoing.end();
}

function drainedOrClosed(outgoing: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      outgoing.off("drain", done);
      outgoing.off("close", done);
      resolve();
    };
    outgoing.once("drain", done);
    outgoing.once("close", done);
  });
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
