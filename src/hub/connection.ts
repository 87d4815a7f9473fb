import { HubError, HubUnreachableError, errorMessageFromBody, withoutQuery } from "./errors";
import { type HttpRequest, type HttpResponse, type RequestBody, headerValue, sendHttp } from "./http";
import {
  DEFAULT_RETRY_POLICY,
  type RetryDecision,
  type RetryPolicy,
  isNetworkError,
  isRetryableStatus,
  parseRateLimit,
  serverRequestedWaitMs,
  withRetries,
} from "./retry";

/** Where the Hub is, who we are to it, and how failures are retried. */
export interface HubConnection {
  endpoint: string;
  token?: string;
  /** For a short-lived token (keyless auth): when it expires, ISO 8601. */
  tokenExpiresAt?: string;
  userAgent: string;
  retry?: RetryPolicy;
  /** Told about each retry before its wait, so the log can say what failed and why. */
  onRetry?: (notice: RetryNotice) => void;
}

export interface RetryNotice {
  method: string;
  url: string;
  attempt: number;
  waitMs: number;
  cause: string;
}

export interface HubRequest {
  method?: string;
  /** A path under the endpoint (`/api/...`) or an absolute URL, such as a presigned storage URL. */
  url: string;
  json?: unknown;
  body?: RequestBody;
  headers?: Record<string, string>;
  /** Presigned storage calls need no token; even when asked, it only goes to the endpoint's own origin. */
  withAuth?: boolean;
  onBodyBytes?: (bytes: number) => void;
  /** False for calls that must not be re-sent blindly (a commit): their caller decides. */
  retry?: boolean;
  /** Keep what arrived after this long, for answers that may never end (a live log's event stream). */
  readForMs?: number;
}

/** A Hub answer, read whole: Hub API answers are small (file bytes never come back this way). */
export class HubResponse {
  constructor(private readonly raw: HttpResponse) {}

  get status(): number {
    return this.raw.status;
  }

  header(name: string): string | undefined {
    return headerValue(this.raw.headers, name);
  }

  text(): string {
    return this.raw.body.toString("utf8");
  }

  json<T>(): T {
    return JSON.parse(this.text()) as T;
  }
}

/**
 * Sends a request to the Hub and returns the answer, retrying network errors, timeouts, 408, 429 and 5xx
 * with backoff (or the wait the Hub asks for) within the connection's retry policy; any other non-2xx
 * answer, or the last failure, is thrown as a HubError (HubUnreachableError when nothing answered).
 */
export async function hubRequest(connection: HubConnection, request: HubRequest): Promise<HubResponse> {
  const method = request.method ?? "GET";
  const url = request.url.startsWith("http")
    ? onEndpoint(connection, request.url)
    : `${connection.endpoint}${request.url}`;
  const headers: Record<string, string> = { "User-Agent": connection.userAgent, ...request.headers };
  if (request.withAuth !== false && connection.token && sameOrigin(url, connection.endpoint)) {
    headers.Authorization = `Bearer ${connection.token}`;
  }
  let body = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["Content-Type"] ??= "application/json";
  }
  const policy = connection.retry ?? DEFAULT_RETRY_POLICY;
  const send = {
    method,
    url,
    headers,
    body,
    idleTimeoutMs: policy.timeoutMs,
    onBodyBytes: request.onBodyBytes,
    readForMs: request.readForMs,
  };
  return withRetries(
    async () => {
      const raw = await sendFollowingRedirects(connection, send).catch((error: unknown) => {
        throw isNetworkError(error) ? new HubUnreachableError(method, url, (error as Error).message) : error;
      });
      if (raw.status >= 200 && raw.status < 300) return new HubResponse(raw);
      throw hubErrorFromHttp(method, raw);
    },
    {
      policy,
      classify: request.retry === false ? () => ({ action: "fail" }) : classifyRequestFailure,
      onRetry: ({ attempt, waitMs, error }) =>
        connection.onRetry?.({ method, url: withoutQuery(url), attempt, waitMs, cause: causeOf(error as Error) }),
    },
  );
}

/** The origin the Hub names in the URLs it returns (LFS verify and completion, commits, new repos). */
const DEFAULT_HUB_ORIGIN = "https://huggingface.co";

/**
 * A URL the Hub returned, moved onto the configured endpoint: behind a proxy or mirror the runner may not
 * reach huggingface.co itself, as the Python client knows. Other origins (presigned storage) are kept.
 */
export function onEndpoint(connection: HubConnection, url: string): string {
  if (connection.endpoint === DEFAULT_HUB_ORIGIN) return url;
  const onDefault = url === DEFAULT_HUB_ORIGIN || url.startsWith(`${DEFAULT_HUB_ORIGIN}/`);
  return onDefault ? `${connection.endpoint}${url.slice(DEFAULT_HUB_ORIGIN.length)}` : url;
}

/** A request is worth sending again when nothing answered, or the Hub's answer says it may pass later. */
function classifyRequestFailure(error: unknown): RetryDecision {
  if (error instanceof HubUnreachableError) return { action: "retry" };
  if (error instanceof HubError && isRetryableStatus(error.status, error.serverMessage)) {
    return { action: "retry", waitMs: error.requestedWaitMs };
  }
  return { action: "fail" };
}

const MAX_REDIRECTS = 5;

/**
 * Follows the Hub's redirects (307 for a renamed repo, with a relative Location), re-sending the same
 * method and body; the token goes along only to the endpoint's own origin.
 */
async function sendFollowingRedirects(connection: HubConnection, request: HttpRequest): Promise<HttpResponse> {
  let current = request;
  for (let hops = 0; ; hops++) {
    const raw = await sendHttp(current);
    const location = headerValue(raw.headers, "location");
    if (![301, 302, 303, 307, 308].includes(raw.status) || !location || hops >= MAX_REDIRECTS) return raw;
    const url = new URL(location, current.url).href;
    const headers = { ...current.headers };
    if (!sameOrigin(url, connection.endpoint)) delete headers.Authorization;
    // 303 (and, by custom, 301/302) turn into a GET without a body.
    const keepsBody = raw.status === 307 || raw.status === 308;
    current = { ...current, url, headers, ...(keepsBody ? {} : { method: "GET", body: undefined }) };
  }
}

/** What made an attempt fail, in a few words for the retry log line. */
export function causeOf(failure: Error): string {
  if (failure instanceof HubError) {
    return [String(failure.status), failure.errorCode, failure.serverMessage].filter(Boolean).join(" ");
  }
  return failure instanceof HubUnreachableError ? failure.reason : failure.message;
}

function hubErrorFromHttp(method: string, raw: HttpResponse): HubError {
  const requestedWaitMs = serverRequestedWaitMs(raw.headers);
  return new HubError({
    method,
    url: raw.url,
    status: raw.status,
    serverMessage: errorMessageFromBody(raw.body.toString("utf8"), headerValue(raw.headers, "x-error-message") ?? null),
    errorCode: headerValue(raw.headers, "x-error-code"),
    requestId: headerValue(raw.headers, "x-request-id"),
    requestedWaitMs,
    limit: parseRateLimit(headerValue(raw.headers, "ratelimit"))?.policy,
    answer: parseJson(raw.body.toString("utf8")),
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isHubError(error: unknown, status?: number): error is HubError {
  return error instanceof HubError && (status === undefined || error.status === status);
}

function sameOrigin(url: string, endpoint: string): boolean {
  return new URL(url).origin === new URL(endpoint).origin;
}
