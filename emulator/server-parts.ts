import type { FaultInjector } from "./faults";
import type { Hub } from "./hub";
import type { TokenExchange } from "./oidc";
import type { RateLimiter } from "./ratelimit";
import type { RequestLog } from "./request-log";

/** What the HTTP server dispatches to: the Hub's state and the test-only controls. */
export interface ServerParts {
  hub: Hub;
  limiter: RateLimiter;
  faults: FaultInjector;
  requestLog: RequestLog;
  tokenExchange: TokenExchange;
  /** Aborted when the emulator closes, so pending fault delays give up. */
  shutdown: AbortSignal;
  /** `host:port` for URLs when a request has no Host header. */
  fallbackHost: () => string;
  /** `--public-url`: the origin of the verify, completion and commit URLs handed out; default the request's own. */
  publicUrl?: string;
}
