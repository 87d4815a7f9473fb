/** Every request the emulator received (admin routes aside), so tests can count calls per route. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultAction } from "./faults";

export interface LoggedRequest {
  method: string;
  /** The pathname as sent, without the query. */
  path: string;
  /** The status line sent (for `drop-response`: the one the emulator would have sent); null when none went out. */
  status: number | null;
  /** The injected fault, if one applied. */
  fault?: FaultAction;
  /** The `Content-Length` request header as a number; null when absent (or not a number). */
  contentLength: number | null;
  /** Whether the body came with `Transfer-Encoding: chunked`. */
  chunked: boolean;
  /** The `User-Agent` request header; null when absent. */
  userAgent: string | null;
  /** The JSON body a route read, so tests can check what a client sent; absent for other bodies. */
  json?: unknown;
}

interface Entry extends LoggedRequest {
  /** Until the exchange is over, the status is read from the live response. */
  res?: ServerResponse;
  req?: IncomingMessage;
}

const jsonBodies = new WeakMap<IncomingMessage, unknown>();

/** Called by the JSON body readers: the parsed body goes into the request's log entry. */
export function rememberJsonBody(req: IncomingMessage, body: unknown): void {
  jsonBodies.set(req, body);
}

/** Enough for any test or benchmark run, bounded so a long-lived emulator does not grow without end. */
const MAX_ENTRIES = 100_000;

export class RequestLog {
  private entries: Entry[] = [];

  record(method: string, path: string, req: IncomingMessage, res: ServerResponse): LoggedRequest {
    const declared = req.headers["content-length"];
    const entry: Entry = {
      method,
      path,
      status: null,
      contentLength: declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : null,
      chunked: /(^|,)\s*chunked\s*$/i.test(req.headers["transfer-encoding"] ?? ""),
      userAgent: req.headers["user-agent"] ?? null,
      res,
      req,
    };
    res.once("close", () => {
      if (entry.res && entry.status === null && res.headersSent) entry.status = res.statusCode;
      if (jsonBodies.has(req)) entry.json = jsonBodies.get(req);
      entry.res = undefined;
      entry.req = undefined;
    });
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  list(): LoggedRequest[] {
    return this.entries.map(({ method, path, status, fault, contentLength, chunked, userAgent, res, req, json }) => {
      const body = req && jsonBodies.has(req) ? jsonBodies.get(req) : json;
      return {
        method,
        path,
        status: status ?? (res?.headersSent ? res.statusCode : null),
        ...(fault && { fault }),
        contentLength,
        chunked,
        userAgent,
        ...(body !== undefined && { json: body }),
      };
    });
  }

  clear(): void {
    this.entries = [];
  }
}
