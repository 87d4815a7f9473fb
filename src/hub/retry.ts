import type { IncomingHttpHeaders } from "node:http";
import { headerValue } from "./http";

/** How hard the HTTP layer tries before a failure reaches the user. */
export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Total time one request may spend waiting between attempts. */
  maxRetryWaitMs: number;
  /** A request whose connection stays silent this long is abandoned (and retried). */
  timeoutMs: number;
  /** First backoff; it doubles per attempt up to maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

// The Python client retries five times with backoff from 1 s doubling to 8 s; we wait longer when the Hub asks.
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  maxRetryWaitMs: 300_000,
  timeoutMs: 120_000,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
};

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const NETWORK_ERROR_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);

export function isRetryableStatus(status: number, message = ""): boolean {
  // 409 also means "another conflicting operation is in progress", which clears by itself.
  return RETRYABLE_STATUSES.has(status) || (status === 409 && /conflicting operation/i.test(message));
}

/** Connection failures worth another attempt: the request may not have reached the Hub, or its answer was lost. */
export function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  if (code && NETWORK_ERROR_CODES.has(code)) return true;
  return error instanceof Error && /socket hang up|aborted/i.test(error.message);
}

/** What the Hub's `RateLimit: "api";r=<left>;t=<seconds>` header says, when it is there. */
export function parseRateLimit(
  header: string | undefined,
): { policy?: string; remaining: number; resetSeconds: number } | undefined {
  if (!header) return undefined;
  const remaining = /(?:^|;)\s*r=(\d+)/.exec(header)?.[1];
  const reset = /(?:^|;)\s*t=(\d+)/.exec(header)?.[1];
  if (remaining === undefined || reset === undefined) return undefined;
  const policy = /^"([^"]+)"/.exec(header.trim())?.[1];
  return { policy, remaining: Number(remaining), resetSeconds: Number(reset) };
}

/** The wait the Hub asked for: RateLimit's reset when nothing is left (plus a second), else Retry-After. */
export function serverRequestedWaitMs(headers: IncomingHttpHeaders): number | undefined {
  const rateLimit = parseRateLimit(headerValue(headers, "ratelimit"));
  if (rateLimit && rateLimit.remaining === 0) return (rateLimit.resetSeconds + 1) * 1000;
  const retryAfter = headerValue(headers, "retry-after");
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  return undefined;
}

/** Exponential backoff with jitter (x0.5 to x1.5), so parallel jobs do not retry in lockstep. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random()));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a failed attempt calls for: the same request again, a new plan first, or giving up. */
export type RetryDecision =
  { action: "retry"; waitMs?: number } | { action: "replan"; waitMs?: number } | { action: "fail" };

export interface Attempt {
  /** 1 for the first attempt. */
  number: number;
  /** Set when the previous attempt asked for a new plan. */
  replan: boolean;
  /** Every failure so far, oldest first. */
  failures: unknown[];
}

export interface FailedAttempt {
  attempt: number;
  waitMs: number;
  error: unknown;
  decision: "retry" | "replan";
}

export interface RetryOptions {
  policy: RetryPolicy;
  classify: (error: unknown) => RetryDecision;
  /** Told before each wait, so the log can say what failed and what happens next. */
  onRetry?: (failed: FailedAttempt) => void;
}

/**
 * Runs `work` until it succeeds, the classifier says fail, the policy's attempts run out, or the next wait
 * would pass the policy's total wait: the one retry loop of the action.
 */
export async function withRetries<T>(work: (attempt: Attempt) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy } = options;
  const failures: unknown[] = [];
  let waitedMs = 0;
  let replan = false;
  for (let number = 1; ; number++) {
    try {
      return await work({ number, replan, failures });
    } catch (error) {
      failures.push(error);
      const decision = options.classify(error);
      const waitMs = decision.action === "fail" ? 0 : (decision.waitMs ?? backoffMs(number, policy));
      if (decision.action === "fail" || number >= policy.maxAttempts || waitedMs + waitMs > policy.maxRetryWaitMs) {
        throw error;
      }
      options.onRetry?.({ attempt: number, waitMs, error, decision: decision.action });
      await sleep(waitMs);
      waitedMs += waitMs;
      replan = decision.action === "replan";
    }
  }
}
