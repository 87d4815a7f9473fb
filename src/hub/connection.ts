import { HubError, hubErrorFromResponse } from "./errors";

/** Where the Hub is and who we are to it. */
export interface HubConnection {
  endpoint: string;
  token?: string;
  userAgent: string;
}

export interface HubRequest {
  method?: string;
  /** A path under the endpoint (`/api/...`) or an absolute URL, such as a presigned storage URL. */
  url: string;
  json?: unknown;
  body?: BodyInit | AsyncIterable<Uint8Array>;
  headers?: Record<string, string>;
  /** Presigned storage calls need no token; even when asked, it only goes to the endpoint's own origin. */
  withAuth?: boolean;
}

/** Sends one request to the Hub and returns the response, or throws a HubError for any non-2xx answer. */
export async function hubRequest(connection: HubConnection, request: HubRequest): Promise<Response> {
  const method = request.method ?? "GET";
  const url = request.url.startsWith("http") ? request.url : `${connection.endpoint}${request.url}`;
  const headers: Record<string, string> = { "User-Agent": connection.userAgent, ...request.headers };
  if (request.withAuth !== false && connection.token && sameOrigin(url, connection.endpoint)) {
    headers.Authorization = `Bearer ${connection.token}`;
  }
  let body = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["Content-Type"] ??= "application/json";
  }
  const init: RequestInit & { duplex?: "half" } = { method, headers, body: body as BodyInit | undefined };
  // Streamed bodies need half-duplex mode in Node's fetch.
  if (body && typeof body === "object" && Symbol.asyncIterator in body) init.duplex = "half";
  const response = await fetch(url, init);
  if (!response.ok) throw await hubErrorFromResponse(method, response);
  return response;
}

/**
 * A fetch for `@huggingface/hub` calls: same user agent as ours, and Hub failures become HubError
 * with the X-Error-Code that the library would otherwise drop.
 */
export function libraryFetch(connection: HubConnection): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("User-Agent", connection.userAgent);
    const response = await fetch(input, { ...init, headers });
    if (!response.ok) throw await hubErrorFromResponse(init?.method ?? "GET", response);
    return response;
  };
}

/** The options every `@huggingface/hub` call takes to reach the same Hub as we do. */
export function libraryOptions(connection: HubConnection): {
  accessToken: string;
  hubUrl: string;
  fetch: typeof fetch;
} {
  // Anonymous reads are allowed; the library only checks the token's prefix when one is given.
  return { accessToken: connection.token ?? "", hubUrl: connection.endpoint, fetch: libraryFetch(connection) };
}

export function isHubError(error: unknown, status?: number): error is HubError {
  return error instanceof HubError && (status === undefined || error.status === status);
}

function sameOrigin(url: string, endpoint: string): boolean {
  return new URL(url).origin === new URL(endpoint).origin;
}
