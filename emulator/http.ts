/** Request context and the small response/body helpers every route uses. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { HubError, badRequest, headerSafe } from "./errors";
import type { Principal } from "./auth";
import { rememberJsonBody } from "./request-log";

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** `http://<Host>` as the client addressed us; every URL we hand out is built from it. */
  baseUrl: string;
  /**
   * The origin of the URLs the Hub hands out for its own API (LFS verify and multipart completion, commit URLs):
   * `--public-url` when set (as the real Hub names https://huggingface.co), else `baseUrl`.
   */
  publicUrl: string;
  principal: Principal | null;
}

const JSON_TYPE = "application/json; charset=utf-8";

export function baseUrlOf(req: IncomingMessage, fallbackHost: string): string {
  const forwardedProto = firstHeader(req.headers["x-forwarded-proto"]);
  const forwardedHost = firstHeader(req.headers["x-forwarded-host"]);
  const proto = forwardedProto?.split(",")[0].trim() || "http";
  const host = forwardedHost?.split(",")[0].trim() || req.headers.host || fallbackHost;
  return `${proto}://${host}`;
}

export function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = JSON_TYPE,
): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...headers, "Content-Type": contentType, "Content-Length": String(payload.length) });
  res.end(payload);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  const payload = Buffer.from(text);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(payload.length),
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: HubError): void {
  const { code, headerMessage, headers = {}, extraBody = {} } = error.options;
  const errorHeaders: Record<string, string> = { ...headers };
  if (code) errorHeaders["X-Error-Code"] = code;
  if (headerMessage) errorHeaders["X-Error-Message"] = headerSafe(error.message);
  if (!res.headersSent) sendJson(res, error.status, { error: error.message, ...extraBody }, errorHeaders);
  else res.destroy();
}

/** A relative 307 with the text body Express gives, as the Hub answers for renamed repos. */
export function sendRedirect(res: ServerResponse, location: string): void {
  sendText(res, 307, `Temporary Redirect. Redirecting to ${location}`, { Location: location });
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) throw new HubError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  await assertIntactBody(req);
  return Buffer.concat(chunks);
}

/** Connections whose bytes stopped parsing as HTTP: the server's `clientError` marks them. */
const brokenConnections = new WeakSet<Socket>();

export function markBrokenConnection(socket: Socket): void {
  brokenConnections.add(socket);
}

export const BODY_LONGER_THAN_DECLARED =
  "The request carried more bytes than its Content-Length declared; the request was not applied";

/**
 * After a body was read in full: bytes past the declared Content-Length reach Node's parser as a next request
 * that does not parse. Waits one turn for such bytes, then refuses the request, so a body that does not match
 * its Content-Length never changes anything.
 */
export async function assertIntactBody(req: IncomingMessage): Promise<void> {
  const socket = req.socket as Socket | undefined;
  if (!socket) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (brokenConnections.has(socket)) throw badRequest(BODY_LONGER_THAN_DECLARED);
}

const JSON_BODY_LIMIT = 64 * 1024 * 1024;

/** Any JSON value (an array, `null`...); an empty body is an error. */
export async function readJsonValue(req: IncomingMessage): Promise<unknown> {
  const raw = (await readBody(req, JSON_BODY_LIMIT)).toString("utf8");
  try {
    const value: unknown = JSON.parse(raw);
    rememberJsonBody(req, value);
    return value;
  } catch {
    throw badRequest("Invalid JSON body");
  }
}

/** Parses a JSON body; form-encoded bodies (the Python client's paths-info) become an object of arrays. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = (await readBody(req, JSON_BODY_LIMIT)).toString("utf8");
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return parseForm(raw);
  if (raw.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest("Invalid JSON body");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest("Expected a JSON object as body");
  }
  rememberJsonBody(req, parsed);
  return parsed as Record<string, unknown>;
}

function parseForm(raw: string): Record<string, unknown> {
  const form = new URLSearchParams(raw);
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    out[key.replace(/\[\]$/, "")] = key === "paths" || key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  return out;
}

/** Query and form booleans arrive as `true`, `True` (Python requests) or `1`. */
export function isTruthy(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value !== "string") return false;
  return ["true", "1", "yes"].includes(value.toLowerCase());
}

export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`"${key}" must be a string`);
  return value;
}

export function linkNext(url: string): Record<string, string> {
  return { Link: `<${url}>; rel="next"` };
}

/** Seconds-precision ISO dates, as the Hub prints them (`2024-02-19T10:57:45.000Z`). */
export function isoSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}
