/** What each fault does on the wire: an injected answer, a cut connection, a delay, a lost answer. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import type { FaultRule } from "./faults";
import type { LoggedRequest } from "./request-log";

const INJECTED_BODY = JSON.stringify({ error: "Injected fault" });
/** Long enough that half of it is a visibly truncated JSON answer. */
const TRUNCATED_BODY = JSON.stringify({ error: "Injected fault: the connection is reset before this body ends" });
/** Request bodies held in memory during a delay; past this the rest streams from the socket as usual. */
const MAX_HELD_BODY = 64 * 1024 * 1024;

/**
 * Applies `rule` to the request. Returns the request to process next (`delay`, `drop-response`), or null
 * when the fault answered or cut the connection itself (`status`, `reset`, or the emulator closing).
 */
export async function applyFault(
  rule: FaultRule,
  req: IncomingMessage,
  res: ServerResponse,
  entry: LoggedRequest,
  shutdown: AbortSignal,
): Promise<IncomingMessage | null> {
  entry.fault = rule.action;
  switch (rule.action) {
    case "status":
      await drain(req);
      sendInjected(res, rule);
      return null;
    case "reset":
      await (hasBody(req) ? cutDuringBody(req) : cutDuringAnswer(res, rule));
      return null;
    case "delay":
      return holdFor(req, rule.delayMs ?? 0, shutdown);
    case "drop-response":
      dropAnswer(res, entry);
      return req;
  }
}

function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers["content-length"]) > 0 || /chunked/i.test(req.headers["transfer-encoding"] ?? "");
}

/** Reads and discards the body, so the client is not cut off while still sending. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.once("end", resolve);
    req.once("close", resolve);
    req.on("error", () => resolve());
    req.resume();
  });
}

function sendInjected(res: ServerResponse, rule: FaultRule): void {
  const body = Buffer.from(rule.body ?? INJECTED_BODY);
  const json = rule.body === undefined || isJson(rule.body);
  res.writeHead(rule.status ?? 500, {
    "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    ...rule.headers,
    "Content-Length": String(body.length),
  });
  res.end(body);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Lets about half of the body in (at least its first chunk), then destroys the socket. */
function cutDuringBody(req: IncomingMessage): Promise<void> {
  const length = Number(req.headers["content-length"]);
  const threshold = length > 0 ? Math.ceil(length / 2) : 1;
  let received = 0;
  return new Promise((resolve) => {
    const cut = () => {
      req.socket.destroy();
      resolve();
    };
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received >= threshold) cut();
    });
    req.once("end", cut);
    req.once("close", cut);
    req.on("error", cut);
  });
}

/** Sends a 200's status line and headers with the full Content-Length, half the body, then destroys the socket. */
function cutDuringAnswer(res: ServerResponse, rule: FaultRule): Promise<void> {
  const body = Buffer.from(rule.body !== undefined && rule.body.length >= 2 ? rule.body : TRUNCATED_BODY);
  res.writeHead(rule.status ?? 200, {
    "Content-Type": "application/json; charset=utf-8",
    ...rule.headers,
    "Content-Length": String(body.length),
  });
  return new Promise((resolve) => {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      res.socket?.destroy();
      resolve();
    });
  });
}

/**
 * Waits, holding the body as it arrives: a client that gives up meanwhile still sees its request land,
 * as when a proxy already received it.
 */
async function holdFor(req: IncomingMessage, delayMs: number, shutdown: AbortSignal): Promise<IncomingMessage | null> {
  const held: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    held.push(chunk);
    size += chunk.length;
    if (size >= MAX_HELD_BODY) req.pause();
  };
  const ignoreAbort = () => undefined;
  req.on("data", onData);
  req.on("error", ignoreAbort);
  try {
    await sleep(delayMs, undefined, { signal: shutdown });
  } catch {
    return null;
  } finally {
    // Pause before unhooking: a flowing stream without listeners would drop the bytes.
    req.pause();
    req.off("data", onData);
    req.off("error", ignoreAbort);
  }
  return held.length === 0 ? req : replay(req, held);
}

/** The request with its already-read chunks put back in front of the rest of its body. */
function replay(req: IncomingMessage, held: Buffer[]): IncomingMessage {
  const ended = req.readableEnded;
  async function* body(): AsyncGenerator<Buffer> {
    yield* held;
    if (!ended) yield* req as AsyncIterable<Buffer>;
  }
  const stream = Readable.from(body(), { objectMode: false });
  // Handlers only read the headers and the body; the rest is the original request's.
  return Object.assign(stream, {
    headers: req.headers,
    method: req.method,
    url: req.url,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/** Lets the handler run to completion (state changes included), then destroys the socket instead of answering. */
function dropAnswer(res: ServerResponse, entry: LoggedRequest): void {
  const drop = () => {
    entry.status ??= res.statusCode;
    res.socket?.destroy();
  };
  res.write = (() => {
    drop();
    return false;
  }) as unknown as ServerResponse["write"];
  res.end = (() => {
    drop();
    return res;
  }) as unknown as ServerResponse["end"];
}
