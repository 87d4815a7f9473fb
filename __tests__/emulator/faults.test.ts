/** Fault injection through `/__admin/`: injected answers, resets, delays, lost answers, and the request log. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import {
  ALICE,
  addFaults,
  bytes,
  call,
  commitRaw,
  createRepo,
  eventually,
  fileLine,
  header,
  headOf,
  requestLog,
  uniqueName,
} from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());
afterEach(async () => {
  await call(hub.url, "/__admin/faults", { method: "DELETE" });
});

async function newRepo(): Promise<string> {
  const id = `alice/${uniqueName("faults")}`;
  await createRepo(hub.url, id);
  return id;
}

const commitPath = "/commit/";

describe("status", () => {
  it("answers the injected status with the rule's headers and the default JSON body, without processing", async () => {
    const id = await newRepo();
    const before = await headOf(hub.url, `models/${id}`);
    await addFaults(hub.url, {
      method: "POST",
      path: commitPath,
      action: "status",
      status: 429,
      headers: { "Retry-After": "7", RateLimit: '"api";r=0;t=42' },
    });
    const res = await commitRaw(hub.url, `models/${id}`, "main", [header("x"), fileLine("a.txt", "a")]);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.headers.get("ratelimit")).toBe('"api";r=0;t=42');
    expect(res.headers.get("x-request-id")).toMatch(/^Root=1-/);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ error: "Injected fault" });
    expect(await headOf(hub.url, `models/${id}`)).toBe(before);
  });

  it("sends a custom body as given, as text when it is not JSON", async () => {
    await addFaults(hub.url, { path: "^/api/whoami-v2$", action: "status", status: 502, body: "Bad Gateway" });
    const res = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(await res.text()).toBe("Bad Gateway");
  });
});

describe("reset", () => {
  it("cuts a request with a body part-way through the upload; the commit does not land", async () => {
    const id = await newRepo();
    const before = await headOf(hub.url, `models/${id}`);
    await addFaults(hub.url, { method: "POST", path: commitPath, action: "reset" });
    const big = fileLine("big.txt", bytes(2 * 1024 * 1024).toString("hex"));
    await expect(commitRaw(hub.url, `models/${id}`, "main", [header("x"), big])).rejects.toThrow();
    expect(await headOf(hub.url, `models/${id}`)).toBe(before);
    const logged = (await requestLog(hub.url)).filter((entry) => entry.fault === "reset");
    expect(logged.at(-1)).toMatchObject({ method: "POST", status: null });
  });

  it("cuts an answer mid-body when the request has no body: headers arrive, the body never completes", async () => {
    await addFaults(hub.url, { method: "GET", path: "^/api/whoami-v2$", action: "reset" });
    const res = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(0);
    await expect(res.text()).rejects.toThrow();
    // The next request gets a fresh connection and a normal answer.
    expect((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status).toBe(200);
  });
});

describe("delay", () => {
  it("holds the request for delayMs, then processes it normally", async () => {
    await addFaults(hub.url, { path: "^/api/whoami-v2$", action: "delay", delayMs: 200 });
    const started = Date.now();
    const res = await call(hub.url, "/api/whoami-v2", { token: ALICE });
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe("alice");
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("lands a commit whose client gave up during the delay", async () => {
    const id = await newRepo();
    const before = await headOf(hub.url, `models/${id}`);
    await addFaults(hub.url, { method: "POST", path: commitPath, action: "delay", delayMs: 300 });
    const body = [header("late"), fileLine("late.txt", "late")].map((line) => JSON.stringify(line)).join("\n");
    const request = fetch(`${hub.url}/api/models/${id}/commit/main`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/x-ndjson" },
      body,
      signal: AbortSignal.timeout(50),
    });
    await expect(request).rejects.toThrow();
    expect(await eventually(async () => (await headOf(hub.url, `models/${id}`)) !== before)).toBe(true);
    const file = await call(hub.url, `/${id}/resolve/main/late.txt`);
    expect(await file.text()).toBe("late");
  });
});

describe("drop-response", () => {
  it("applies a commit but destroys the socket instead of answering", async () => {
    const id = await newRepo();
    const before = await headOf(hub.url, `models/${id}`);
    await addFaults(hub.url, { method: "POST", path: commitPath, action: "drop-response" });
    const commit = commitRaw(hub.url, `models/${id}`, "main", [header("lost answer"), fileLine("b.txt", "b")]);
    await expect(commit).rejects.toThrow();
    expect(await headOf(hub.url, `models/${id}`)).not.toBe(before);
    expect(await (await call(hub.url, `/${id}/resolve/main/b.txt`)).text()).toBe("b");
    const logged = (await requestLog(hub.url)).filter((entry) => entry.fault === "drop-response");
    expect(logged.at(-1)).toEqual({
      method: "POST",
      path: `/api/models/${id}/commit/main`,
      status: 200,
      fault: "drop-response",
      contentLength: expect.any(Number),
      chunked: false,
      userAgent: "node",
    });
  });
});

describe("matching", () => {
  it("triggers from the nth matching request on, `times` in a row, counting each rule separately", async () => {
    await addFaults(hub.url, [
      { path: "^/api/whoami-v2$", nth: 2, times: 2, action: "status", status: 503 },
      { path: "^/api/whoami-v2$", nth: 5, action: "status", status: 500 },
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status);
    expect(statuses).toEqual([200, 503, 503, 200, 500, 200]);
    const rules = await (await call(hub.url, "/__admin/faults")).json();
    expect(rules).toMatchObject([
      { id: expect.any(String), matched: 6, triggered: 2, nth: 2, times: 2 },
      { matched: 6, triggered: 1, nth: 5 },
    ]);
  });

  it("matches the method, and the path without its query", async () => {
    await addFaults(hub.url, { method: "get", path: "^/api/models$", action: "status", status: 503 });
    expect((await call(hub.url, "/api/models?search=x&limit=1")).status).toBe(503);
    expect((await call(hub.url, "/api/models", { method: "POST" })).status).not.toBe(503);
  });

  it("removes one rule by id, and clears them all", async () => {
    const [first] = await addFaults(hub.url, [
      { path: "^/api/whoami-v2$", times: 100, action: "status", status: 500 },
      { path: "^/api/models$", times: 100, action: "status", status: 500 },
    ]);
    expect((await call(hub.url, `/__admin/faults/${first}`, { method: "DELETE" })).status).toBe(200);
    expect((await call(hub.url, "/api/whoami-v2", { token: ALICE })).status).toBe(200);
    expect((await call(hub.url, "/api/models")).status).toBe(500);
    expect((await call(hub.url, "/__admin/faults", { method: "DELETE" })).status).toBe(200);
    expect(await (await call(hub.url, "/__admin/faults")).json()).toEqual([]);
    expect((await call(hub.url, "/api/models")).status).toBe(200);
  });

  it("refuses an invalid rule with 400 and adds none of the batch", async () => {
    for (const rule of [
      { path: "(", action: "status" },
      { path: "x", action: "explode" },
      { path: "x", action: "delay" },
      { path: "x", action: "status", nth: 0 },
    ]) {
      const res = await call(hub.url, "/__admin/faults", {
        method: "POST",
        json: [{ path: "ok", action: "reset" }, rule],
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/fault rule/);
    }
    expect(await (await call(hub.url, "/__admin/faults")).json()).toEqual([]);
  });

  it("takes rules from EmulatorOptions.faults", async () => {
    const faulty = await startEmulator({ faults: [{ path: "^/api/whoami-v2$", action: "status", status: 418 }] });
    try {
      expect((await call(faulty.url, "/api/whoami-v2", { token: ALICE })).status).toBe(418);
      expect((await call(faulty.url, "/api/whoami-v2", { token: ALICE })).status).toBe(200);
    } finally {
      await faulty.close();
    }
  });
});

describe("request log", () => {
  it("lists method, path without query and status since the last clear, admin calls aside", async () => {
    expect((await call(hub.url, "/__admin/requests", { method: "DELETE" })).status).toBe(200);
    await call(hub.url, "/api/whoami-v2?x=1", { token: ALICE });
    await call(hub.url, "/api/models/alice/does-not-exist", { token: ALICE });
    await call(hub.url, "/__admin/faults");
    const sent = { contentLength: null, chunked: false, userAgent: "node" };
    expect(await requestLog(hub.url)).toEqual([
      { method: "GET", path: "/api/whoami-v2", status: 200, ...sent },
      { method: "GET", path: "/api/models/alice/does-not-exist", status: 404, ...sent },
    ]);
  });

  it("records each request's Content-Length (or null), whether it came chunked, and its User-Agent", async () => {
    expect((await call(hub.url, "/__admin/requests", { method: "DELETE" })).status).toBe(200);
    const body = JSON.stringify({ files: [] });
    await call(hub.url, "/api/models/alice/does-not-exist/preupload/main", {
      method: "POST",
      token: ALICE,
      headers: { "Content-Type": "application/json", "User-Agent": "hf-hub-action/1.0.0; node/20" },
      body,
    });
    // A stream body has no length known in advance: fetch sends it chunked.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    await fetch(`${hub.url}/api/models/alice/does-not-exist/preupload/main`, {
      method: "POST",
      headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const path = "/api/models/alice/does-not-exist/preupload/main";
    expect(await requestLog(hub.url)).toEqual([
      {
        method: "POST",
        path,
        status: 404,
        contentLength: body.length,
        chunked: false,
        userAgent: "hf-hub-action/1.0.0; node/20",
      },
      { method: "POST", path, status: 404, contentLength: null, chunked: true, userAgent: "node" },
    ]);
  });
});
