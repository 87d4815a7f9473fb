/** `RateLimit` / `RateLimit-Policy` headers over 5-minute fixed windows; counted, never enforced. */

export type RatePolicy = "api" | "resolvers";

const WINDOW_SECONDS = 300;
/** Generous quotas: clients read the headers, tests never hit the limit. */
const QUOTAS: Record<RatePolicy, number> = { api: 10_000, resolvers: 100_000 };

export class RateLimiter {
  private window = 0;
  private readonly counts = new Map<string, number>();

  headers(policy: RatePolicy, client: string, now = Date.now()): Record<string, string> {
    const seconds = Math.floor(now / 1000);
    const window = Math.floor(seconds / WINDOW_SECONDS);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const key = `${policy}:${client}`;
    const used = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, used);
    const quota = QUOTAS[policy];
    const reset = (window + 1) * WINDOW_SECONDS - seconds;
    return {
      RateLimit: `"${policy}";r=${Math.max(0, quota - used)};t=${reset}`,
      "RateLimit-Policy": `"fixed window";"${policy}";q=${quota};w=${WINDOW_SECONDS}`,
    };
  }
}
