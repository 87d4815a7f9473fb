export interface HubFailure {
  method: string;
  url: string;
  status: number;
  serverMessage: string;
  errorCode?: string;
  requestId?: string;
  /** The wait the Hub asked for (RateLimit or Retry-After), when it named one. */
  requestedWaitMs?: number;
  /** The rate limit's policy name, e.g. "api", when the Hub named one. */
  limit?: string;
  /** The answer's JSON body, when it had one (a 409 on create carries the repo's `url`). */
  answer?: unknown;
}

/** A failed Hub call: what was asked, and everything the Hub said about why. */
export class HubError extends Error implements HubFailure {
  declare readonly method: string;
  declare readonly url: string;
  declare readonly status: number;
  declare readonly serverMessage: string;
  declare readonly errorCode?: string;
  declare readonly requestId?: string;
  declare readonly requestedWaitMs?: number;
  declare readonly limit?: string;
  declare readonly answer?: unknown;

  constructor(failure: HubFailure) {
    super(describeHubFailure(failure));
    this.name = "HubError";
    Object.assign(this, failure);
  }
}

function describeHubFailure({ method, url, status, serverMessage, errorCode, requestId }: HubFailure): string {
  const parts = [`${method} ${withoutQuery(url)} answered ${status}`];
  if (errorCode) parts.push(`X-Error-Code ${errorCode}`);
  if (serverMessage) parts.push(`"${serverMessage}"`);
  if (requestId) parts.push(`request id ${requestId}`);
  return parts.join(", ");
}

// Presigned storage URLs carry credentials in their query string; never repeat them.
export function withoutQuery(url: string): string {
  const index = url.indexOf("?");
  return index === -1 ? url : url.slice(0, index);
}

const MAX_MESSAGE_LENGTH = 500;

/** Reads the Hub's error text from any of the body shapes it uses. */
export function errorMessageFromBody(body: string, headerMessage: string | null): string {
  let message = "";
  try {
    const json: unknown = JSON.parse(body);
    message = messageFromJson(json);
  } catch {
    message = body.trim();
  }
  if (!message && headerMessage) message = headerMessage;
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}

function messageFromJson(json: unknown): string {
  if (typeof json !== "object" || json === null) return String(json);
  const record = json as Record<string, unknown>;
  const error = record.error;
  const texts: string[] = [];
  if (typeof error === "string") texts.push(error);
  else if (Array.isArray(error)) texts.push(...error.map(String));
  if (typeof record.error_description === "string") texts.push(record.error_description);
  if (Array.isArray(record.errors)) {
    for (const item of record.errors) {
      if (item && typeof item === "object" && "message" in item) texts.push(String(item.message));
    }
  }
  if (texts.length === 0 && typeof record.message === "string") texts.push(record.message);
  return texts.join("; ");
}

/** The Hub could not be reached (or stopped answering) even after retries. */
export class HubUnreachableError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${method} ${withoutQuery(url)} got no answer: ${reason}`);
    this.name = "HubUnreachableError";
  }
}
