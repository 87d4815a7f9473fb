/** Enforced rate limits: the "api" quota per token over fixed windows, and the per-repo commit quota. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, BOB, call, commitRaw, createRepo, fileLine, header, headOf, uniqueName } from "./helpers";

const RATE_LIMIT = /^"api";r=(\d+);t=(\d+)$/;

function parseRateLimit(res: Response): { remaining: number; reset: number } {
  const match = RATE_LIMIT.exec(res.headers.get("ratelimit") ?? "");
  if (!match) throw new Error(`no RateLimit header: ${res.headers.get("ratelimit")}`);
  return { remaining: Number(match[1]), reset: Number(match[2]) };
}

describe("api rate limit", () => {
  let hub: RunningEmulator;
  beforeEach(async () => {
    hub = await startEmulator({ rateLimit: { quota: 3, windowSeconds: 2 } });
  });
  afterEach(() => hub.close());

  it("counts down in RateLimit, then answers 429 with r=0, the seconds left, and the Hub's text", async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(hub.url, "/api/whoami-v2", { token: ALICE });
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=3;w=2');
      remaining.push(parseRateLimit(res).remaining);
    }
    expect(remaining).toEqual([2, 1, 0]);
    const limited = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(limited.status).toBe(429);
    const { remaining: left, reset } = parseRateLimit(limited);
    expect(left).toBe(0);
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(2);
    expect(limited.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=3;w=2');
    expect((await limited.json()).error).toContain("you hit the quota of 3 api requests per 2 seconds period");
  });

  it("lets the client in again once the window it was told to wait for is over", async () => {
    // A 1-second window keeps the wait short; the new configuration starts its first window now.
    await call(hub.url, "/__admin/rate-limit", { method: "POST", json: { quota: 3, windowSeconds: 1 } });
    // Ask until refused: a window boundary passing meanwhile only means a few more calls.
    let limited: Response | undefined;
    for (let i = 0; i < 12 && limited?.status !== 429; i++) {
      limited = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    }
    expect(limited?.status).toBe(429);
    const { reset } = parseRateLimit(limited as Response);
    await new Promise((resolve) => setTimeout(resolve, reset * 1000 + 100));
    const again = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(again.status).toBe(200);
    expect(parseRateLimit(again).remaining).toBe(2);
  });

  it("counts each token, and anonymous callers by IP, separately", async () => {
    for (let i = 0; i < 4; i++) await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status).toBe(429);
    expect((await call(hub.url, "/api/whoami-v2", { token: BOB })).status).toBe(200);
    expect((await call(hub.url, "/api/models")).status).toBe(200);
  });

  it("counts neither presigned storage transfers nor /__admin/ calls", async () => {
    const first = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    const storage = await call(hub.url, `/__lfs/upload/${"0".repeat(64)}`, { method: "PUT", token: ALICE, body: "x" });
    expect(storage.headers.get("ratelimit")).toBeNull();
    await call(hub.url, "/__admin/requests");
    const second = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(parseRateLimit(second).remaining).toBe(parseRateLimit(first).remaining - 1);
  });

  it("is switched off with POST /__admin/rate-limit null, and back on with a new quota", async () => {
    for (let i = 0; i < 4; i++) await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect((await call(hub.url, "/__admin/rate-limit", { method: "POST", json: null })).status).toBe(200);
    const free = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(free.status).toBe(200);
    expect(free.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=10000;w=300');
    await call(hub.url, "/__admin/rate-limit", { method: "POST", json: { quota: 1, windowSeconds: 60 } });
    expect((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status).toBe(200);
    expect((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status).toBe(429);
    const invalid = await call(hub.url, "/__admin/rate-limit", { method: "POST", json: { quota: 0 } });
    expect(invalid.status).toBe(400);
  });
});

describe("commit quota", () => {
  let hub: RunningEmulator;
  beforeAll(async () => {
    hub = await startEmulator({ commitQuota: { perHour: 2 } });
  });
  afterAll(() => hub.close());

  async function commitTo(id: string, n: number): Promise<Response> {
    return commitRaw(hub.url, `models/${id}`, "main", [header(`c${n}`), fileLine(`f${n}.txt`, `${n}`)]);
  }

  it("answers 429 past the quota, with r>0 in RateLimit, Retry-After and a text naming the quota", async () => {
    const id = `alice/${uniqueName("quota")}`;
    await createRepo(hub.url, id);
    expect((await commitTo(id, 1)).status).toBe(200);
    expect((await commitTo(id, 2)).status).toBe(200);
    const head = await headOf(hub.url, `models/${id}`);
    const refused = await commitTo(id, 3);
    expect(refused.status).toBe(429);
    const rateLimit = /^"api";r=(\d+);t=\d+$/.exec(refused.headers.get("ratelimit") ?? "");
    expect(Number(rateLimit?.[1])).toBeGreaterThan(0);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 3600).toBe(true);
    const { error } = await refused.json();
    expect(error).toContain("rate limit for repository commits (2 per hour)");
    expect(error).toContain("2 commits per hour");
    expect(await headOf(hub.url, `models/${id}`)).toBe(head);
  });

  it("counts per repo, and lifts with POST /__admin/commit-quota null", async () => {
    const [full, other] = [`alice/${uniqueName("full")}`, `alice/${uniqueName("other")}`];
    await createRepo(hub.url, full);
    await createRepo(hub.url, other);
    for (const n of [1, 2]) await commitTo(full, n);
    expect((await commitTo(full, 3)).status).toBe(429);
    expect((await commitTo(other, 1)).status).toBe(200);
    expect((await call(hub.url, "/__admin/commit-quota", { method: "POST", json: null })).status).toBe(200);
    expect((await commitTo(full, 3)).status).toBe(200);
    await call(hub.url, "/__admin/commit-quota", { method: "POST", json: { perHour: 2 } });
  });
});
