import { open } from "node:fs/promises";
import http, { type IncomingHttpHeaders } from "node:http";
import type https from "node:https";

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
  /** How string parts become bytes; `length` counts bytes in this encoding. */
  encoding?: "utf8" | "latin1";
}

export type RequestBody = string | Buffer | FileSlice | StreamedBody;

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: RequestBody;
  /** Fails the attempt when the connection stays silent this long. */
  idleTimeoutMs?: number;
  /** Stops reading the answer after this long and keeps what arrived: a live event stream never ends. */
  readForMs?: number;
  onBodyBytes?: (bytes: number) => void;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// One pool per protocol: connections are reused across the many calls of an upload.
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let secure: { transport: typeof https; agent: https.Agent } | undefined;

// TLS is loaded on the first https call only: it costs a few ms of start-up that a plain-http run never uses.
function secureTransport(): { transport: typeof https; agent: https.Agent } {
  if (!secure) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, see above
    const transport = require("node:https") as typeof https;
    secure = { transport, agent: new transport.Agent({ keepAlive: true, maxSockets: 64 }) };
  }
  return secure;
}

/**
 * Sends one request with Node's own http client (Node's fetch costs ~40 MB of memory more and cannot
 * stream a file slice with an exact Content-Length). Resolves with any status; rejects on network errors.
 */
export function sendHttp(request: HttpRequest): Promise<HttpResponse> {
  const target = new URL(request.url);
  const { transport, agent } = target.protocol === "https:" ? secureTransport() : { transport: http, agent: httpAgent };
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers };
    headers["Content-Length"] = String(bodyLength(request.body));
    const outgoing = transport.request(target, { method: request.method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      const done = (): void =>
        resolve({
          url: request.url,
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", done);
      if (request.readForMs !== undefined) {
        const timer = setTimeout(() => {
          done();
          response.destroy();
        }, request.readForMs);
        response.on("close", () => clearTimeout(timer));
      }
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
  if (!("parts" in body)) {
    await writeFileSlice(outgoing, body, onBytes);
    return;
  }
  const encoding = body.encoding ?? "utf8";
  for await (const part of body.parts()) {
    if (outgoing.destroyed) return;
    onBytes?.(typeof part === "string" ? Buffer.byteLength(part, encoding) : part.length);
    // Waiting for drain keeps at most one part in flight: memory stays flat whatever the body's size.
    if (!(typeof part === "string" ? outgoing.write(part, encoding) : outgoing.write(part))) {
      await drainedOrClosed(outgoing);
    }
  }
  outgoing.end();
}

/**
 * Streams a file slice through two reused buffers: a buffer is refilled only once the socket has taken it,
 * so memory stays flat and nothing is left for the garbage collector, whatever the slice's size.
 */
async function writeFileSlice(
  outgoing: http.ClientRequest,
  slice: FileSlice,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const handle = await open(slice.path, "r");
  try {
    const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)];
    const taken: Array<Promise<void>> = [Promise.resolve(), Promise.resolve()];
    const closed = new Promise<void>((resolve) => outgoing.once("close", resolve));
    let sent = 0;
    for (let current = 0; sent < slice.length; current ^= 1) {
      await Promise.race([taken[current], closed]);
      if (outgoing.destroyed) return;
      const wanted = Math.min(READ_CHUNK_BYTES, slice.length - sent);
      const { bytesRead } = await handle.read(buffers[current], 0, wanted, slice.start + sent);
      if (bytesRead === 0) throw new Error(`${slice.path} ended early: it changed while it was uploaded`);
      sent += bytesRead;
      onBytes?.(bytesRead);
      taken[current] = new Promise((resolve) =>
        outgoing.write(buffers[current].subarray(0, bytesRead), () => resolve()),
      );
    }
    outgoing.end();
  } finally {
    await handle.close();
  }
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
