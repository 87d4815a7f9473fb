/** The Hub's per-repo action quota on commits (128 per hour on huggingface.co), enforced when configured. */
import { HubError } from "./errors";
import { isPositiveInteger } from "./ratelimit";

export interface CommitQuotaConfig {
  perHour: number;
}

const HOUR_MS = 3600 * 1000;

export function parseCommitQuotaConfig(raw: unknown): CommitQuotaConfig | null {
  if (raw === null) return null;
  const { perHour } = (raw ?? {}) as Record<string, unknown>;
  if (!isPositiveInteger(perHour)) throw new HubError(400, 'Expected {"perHour": <positive integer>} or null');
  return { perHour };
}

export class CommitQuota {
  private config: CommitQuotaConfig | null = null;
  /** Commit times per repo `_id` (stable across renames), oldest first. */
  private readonly history = new Map<string, number[]>();

  configure(config: CommitQuotaConfig | null): void {
    this.config = config;
    this.history.clear();
  }

  /** Throws the Hub's 429 when the repo already took `perHour` commits within the last hour. */
  check(repoKey: string, now = Date.now()): void {
    if (!this.config) return;
    const recent = this.recent(repoKey, now);
    if (recent.length < this.config.perHour) return;
    const retryAfter = Math.max(1, Math.ceil((recent[0] + HOUR_MS - now) / 1000));
    const { perHour } = this.config;
    throw new HubError(
      429,
      `You have exceeded the rate limit for repository commits (${perHour} per hour). ` +
        `You can retry this action in ${humanDuration(retryAfter)}. ` +
        `Upload more files per commit: a repo accepts at most ${perHour} commits per hour.`,
      { headerMessage: true, headers: { "Retry-After": String(retryAfter) } },
    );
  }

  record(repoKey: string, now = Date.now()): void {
    if (!this.config) return;
    this.recent(repoKey, now).push(now);
  }

  private recent(repoKey: string, now: number): number[] {
    const times = (this.history.get(repoKey) ?? []).filter((time) => time > now - HOUR_MS);
    this.history.set(repoKey, times);
    return times;
  }
}

function humanDuration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 60 ? "1 hour" : minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
