/** Errors answered the way the Hub answers them: a JSON `{"error"}` body plus `X-Error-Code` / `X-Error-Message`. */

export type HubErrorCode = "RepoNotFound" | "RevisionNotFound" | "EntryNotFound" | "GatedRepo";

export interface HubErrorOptions {
  code?: HubErrorCode;
  /** Also send the message in `X-Error-Message` (the Hub does on auth and not-found errors). */
  headerMessage?: boolean;
  headers?: Record<string, string>;
  /** Extra JSON fields next to `error` (the 409 on repo creation carries `url`). */
  extraBody?: Record<string, unknown>;
}

export class HubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: HubErrorOptions = {},
  ) {
    super(message);
    this.name = "HubError";
  }
}

/** Text of the Hub's 401 for anonymous requests to private or missing repos and for writes without a token. */
export const ANONYMOUS_MESSAGE = "Invalid username or password.";

export function repoNotFound(authenticated: boolean): HubError {
  // Without valid auth the Hub cannot tell "private" from "missing", so it answers 401.
  return authenticated
    ? new HubError(404, "Repository not found", { code: "RepoNotFound", headerMessage: true })
    : new HubError(401, ANONYMOUS_MESSAGE, { code: "RepoNotFound", headerMessage: true });
}

export function revisionNotFound(revision: string): HubError {
  return new HubError(404, `Invalid rev id: ${revision}`, { code: "RevisionNotFound", headerMessage: true });
}

export function entryNotFound(commitId?: string, message = "Entry not found"): HubError {
  return new HubError(404, message, {
    code: "EntryNotFound",
    headerMessage: true,
    headers: commitId ? { "X-Repo-Commit": commitId } : {},
  });
}

export function invalidCredentials(): HubError {
  return new HubError(401, "Invalid credentials in Authorization header", { headerMessage: true });
}

export function authenticationRequired(): HubError {
  return new HubError(401, ANONYMOUS_MESSAGE, { headerMessage: true });
}

export function forbidden(message: string): HubError {
  return new HubError(403, message, { headerMessage: true });
}

export function badRequest(message: string): HubError {
  return new HubError(400, message);
}

export function unprocessable(message: string): HubError {
  return new HubError(422, message);
}

export function routeNotFound(): HubError {
  return new HubError(404, "Sorry, we can't find the page you are looking for.");
}

/** Header values must be single-line latin1; the body keeps the full text. */
export function headerSafe(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
}
