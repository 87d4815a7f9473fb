import {
  DEFAULT_RETRY_POLICY,
  backoffMs,
  isNetworkError,
  isRetryableStatus,
  parseRateLimit,
  type FailedAttempt,
  type RetryDecision,
  serverRequestedWaitMs,
  withRetries,
} from "../../src/hub/retry";

describe("retry decisions", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries status %i", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });

  it.each([400, 401, 403, 404, 412, 422])("does not retry status %i", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });

  it("retries a 409 only when another operation is in progress", () => {
    expect(isRetryableStatus(409, "another conflicting operation is in progress")).toBe(true);
    expect(isRetryableStatus(409, "You already created this model repo")).toBe(false);
  });

  it("treats resets, refusals and timeouts as network errors", () => {
    expect(isNetworkError(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe(true);
    expect(isNetworkError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isNetworkError(Object.assign(new Error("x"), { code: "ETIMEDOUT" }))).toBe(true);
    expect(isNetworkError(new Error("socket hang up"))).toBe(true);
    expect(isNetworkError(new Error("Input is wrong"))).toBe(false);
  });
});

describe("waits", () => {
  it("reads the RateLimit header", () => {
    expect(parseRateLimit('"api";r=0;t=42')).toEqual({ policy: "api", remaining: 0, resetSeconds: 42 });
    expect(parseRateLimit("nonsense")).toBeUndefined();
  });

  it("waits for the window reset plus a second when nothing is left", () => {
    expect(serverRequestedWaitMs({ ratelimit: '"api";r=0;t=7', "retry-after": "99" })).toBe(8000);
  });

  it("otherwise honours Retry-After", () => {
    expect(serverRequestedWaitMs({ ratelimit: '"api";r=12;t=7', "retry-after": "3" })).toBe(3000);
    expect(serverRequestedWaitMs({})).toBeUndefined();
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(1, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(1000);
    expect(backoffMs(3, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(4000);
    expect(backoffMs(10, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(8000);
    expect(backoffMs(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(500);
    expect(backoffMs(1, DEFAULT_RETRY_POLICY, () => 0.999)).toBe(1499);
  });
});

describe("withRetries", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, maxRetryWaitMs: 1000, baseDelayMs: 1, maxDelayMs: 2 };
  const failing = (count: number) => {
    let calls = 0;
    return async (): Promise<string> => {
      if (++calls <= count) throw new Error(`failure ${calls}`);
      return `done after ${calls}`;
    };
  };

  it("tries again while the classifier says retry, and reports each wait", async () => {
    const notices: FailedAttempt[] = [];
    const result = await withRetries(failing(2), {
      policy,
      classify: () => ({ action: "retry", waitMs: 1 }),
      onRetry: (failed) => notices.push(failed),
    });
    expect(result).toBe("done after 3");
    expect(notices.map((notice) => [notice.attempt, notice.decision, (notice.error as Error).message])).toEqual([
      [1, "retry", "failure 1"],
      [2, "retry", "failure 2"],
    ]);
  });

  it("tells the next attempt to plan again, and keeps every failure", async () => {
    const seen: Array<{ number: number; replan: boolean; failures: number }> = [];
    const decisions: RetryDecision[] = [{ action: "replan" }, { action: "retry" }];
    await withRetries(
      async (attempt) => {
        seen.push({ number: attempt.number, replan: attempt.replan, failures: attempt.failures.length });
        if (attempt.number < 3) throw new Error("again");
      },
      { policy, classify: () => decisions.shift()! },
    );
    expect(seen).toEqual([
      { number: 1, replan: false, failures: 0 },
      { number: 2, replan: true, failures: 1 },
      { number: 3, replan: false, failures: 2 },
    ]);
  });

  it("gives up at once when the classifier says fail", async () => {
    const work = jest.fn(failing(5));
    await expect(withRetries(work, { policy, classify: () => ({ action: "fail" }) })).rejects.toThrow("failure 1");
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("gives up with the last failure when the attempts run out", async () => {
    await expect(
      withRetries(failing(10), { policy, classify: () => ({ action: "retry", waitMs: 0 }) }),
    ).rejects.toThrow("failure 4");
  });

  it("gives up rather than wait past the total wait allowed", async () => {
    await expect(
      withRetries(failing(10), { policy, classify: () => ({ action: "retry", waitMs: 600 }) }),
    ).rejects.toThrow("failure 2");
  });
});
