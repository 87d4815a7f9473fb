import {
  DEFAULT_RETRY_POLICY,
  backoffMs,
  isNetworkError,
  isRetryableStatus,
  parseRateLimit,
  serverRequestedWaitMs,
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
