/** `RateLimit` / `RateLimit-Policy` headers over fixed windows; the "api" policy is enforced when configured. */
import { HubError } from "./errors";

export type RatePolicy = "api" | "resolvers";

export interface RateLimitConfig {
  /** Requests allowed per window and client (token, or IP without a token). */
  quota: number;
  windowSeconds: number;
}

/** The Hub's 5-minute windows with generous quotas: clients read the headers, ordinary tests never hit the limit. */
const DEFAULTS: Record<RatePolicy, RateLimitConfig> = {
  api: { quota: 10_000, windowSeconds: 300 },
  resolvers: { quota: 100_000, windowSeconds: 300 },
};

export interface RateDecision {
  headers: Record<string, string>;
  /** The request is over the quota and must be answered 429. */
  limited: boolean;
}

/** Counts per client over fixed windows that start at `origin` (epoch for the defaults). */
class FixedWindowCounter {
  private window = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly origin: number,
  ) {}

  take(client: string, now: number): { used: number; resetSeconds: number } {
    const windowMs = this.config.windowSeconds * 1000;
    const window = Math.floor((now - this.origin) / windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const used = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, used);
    const windowEnd = this.origin + (window + 1) * windowMs;
    return { used, resetSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
  }
}

export function parseRateLimitConfig(raw: unknown): RateLimitConfig | null {
  if (raw === null) return null;
  const { quota, windowSeconds } = (raw ?? {}) as Record<string, unknown>;
  if (!isPositiveInteger(quota) || !isPositiveInteger(windowSeconds)) {
    throw new HubError(400, 'Expected {"quota": <positive integer>, "windowSeconds": <positive integer>} or null');
  }
  return { quota, windowSeconds };
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

export class RateLimiter {
  private counters: Record<RatePolicy, FixedWindowCounter>;
  private enforced = false;

  constructor(config: RateLimitConfig | null = null) {
    this.counters = {
      api: new FixedWindowCounter(DEFAULTS.api, 0),
      resolvers: new FixedWindowCounter(DEFAULTS.resolvers, 0),
    };
    this.configure(config);
  }

  /** Enforces `config` on "api" from now on (windows start now, so tests know where they stand); null: count only. */
  configure(config: RateLimitConfig | null, now = Date.now()): void {
    this.enforced = config !== null;
    this.counters.api = config ? new FixedWindowCounter(config, now) : new FixedWindowCounter(DEFAULTS.api, 0);
  }

  take(policy: RatePolicy, client: string, now = Date.now()): RateDecision {
    const counter = this.counters[policy];
    const { quota, windowSeconds } = counter.config;
    const { used, resetSeconds } = counter.take(client, now);
    return {
      headers: {
        RateLimit: `"${policy}";r=${Math.max(0, quota - used)};t=${resetSeconds}`,
        "RateLimit-Policy": `"fixed window";"${policy}";q=${quota};w=${windowSeconds}`,
      },
      limited: this.enforced && policy === "api" && used > quota,
    };
  }

  /** The Hub's 429 text for the "api" bucket. */
  exceededMessage(): string {
    const { quota, windowSeconds } = this.counters.api.config;
    return (
      `We had to rate limit you, you hit the quota of ${quota} api requests per ${period(windowSeconds)} period. ` +
      "Upgrade to a PRO user or Team/Enterprise organization account (https://hf.co/pricing) to get higher limits. " +
      "See https://huggingface.co/docs/hub/rate-limits"
    );
  }
}

function period(seconds: number): string {
  if (seconds % 60 !== 0) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  return seconds === 60 ? "1 minute" : `${seconds / 60} minutes`;
}
