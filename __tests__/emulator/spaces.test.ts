/** Space runtimes over real HTTP: stages and builds, logs as server-sent events, settings, pause/restart, duplicate. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { parseArgs } from "../../emulator/cli";
import { checkRequirements } from "../../emulator/requirements";
import { ALICE, BOB, call, commitOk, createRepo, fileLine, header, uniqueName } from "./helpers";

const BUILD_MS = 300;
let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0, spaceBuildMs: BUILD_MS, spaceLogKeepAliveMs: 50 });
});
afterAll(() => hub.close());

type Runtime = {
  stage: string;
  hardware: { current: string | null; requested: string };
  gcTimeout: number | null;
  sha?: string;
  errorMessage?: string;
  domains: { domain: string; stage: string }[];
};

async function newSpace(extra: Record<string, unknown> = {}, name = uniqueName("space")): Promise<string> {
  const id = `alice/${name}`;
  await createRepo(hub.url, id, { type: "space", sdk: "gradio", ...extra });
  return id;
}

async function runtime(id: string, token: string | undefined = ALICE): Promise<Runtime> {
  const res = await call(hub.url, `/api/spaces/${id}/runtime`, { token });
  if (res.status !== 200) throw new Error(`runtime of ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Runtime;
}

/** Polls the runtime and returns the distinct stages seen, in order, until one of `until` shows up. */
async function stagesUntil(id: string, until: string[], timeoutMs = 5000): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { stage } = await runtime(id);
    if (seen[seen.length - 1] !== stage) seen.push(stage);
    if (until.includes(stage)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${id} never reached ${until.join("/")}: saw ${seen.join(" -> ")}`);
}

async function commitFiles(id: string, files: Record<string, string>, branch = "main") {
  return commitOk(hub.url, `spaces/${id}`, branch, [
    header("files"),
    ...Object.entries(files).map(([p, content]) => fileLine(p, content)),
  ]);
}

async function runningSpace(extra: Record<string, unknown> = {}): Promise<string> {
  const id = await newSpace(extra);
  await commitFiles(id, { "app.py": "import gradio" });
  await stagesUntil(id, ["RUNNING"]);
  return id;
}

interface SseRead {
  events: string[];
  /** Milliseconds from the request to each event. */
  times: number[];
  ended: boolean;
}

/** Reads a server-sent event stream until it ends, or until `stop` says so (then the request is aborted). */
async function readSse(urlPath: string, stop: (events: string[]) => boolean = () => false, token = ALICE) {
  const controller = new AbortController();
  const started = Date.now();
  const res = await fetch(`${hub.url}${urlPath}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const read: SseRead & { status: number; contentType: string | null } = {
    status: res.status,
    contentType: res.headers.get("content-type"),
    events: [],
    times: [],
    ended: false,
  };
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      read.ended = true;
      return read;
    }
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      read.events.push(buffer.slice(0, cut));
      read.times.push(Date.now() - started);
      buffer = buffer.slice(cut + 2);
    }
    if (stop(read.events)) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return read;
    }
  }
}

/** A stream being read to its end, and a promise for its first event. */
function openSse(urlPath: string): { first: Promise<void>; done: ReturnType<typeof readSse> } {
  let first!: () => void;
  const started = new Promise<void>((resolve) => (first = resolve));
  const done = readSse(urlPath, () => {
    first();
    return false;
  });
  return { first: started, done };
}

function lines(events: string[]): string[] {
  return events
    .filter((event) => event !== "data: ")
    .map((event) => (JSON.parse(event.slice("data: ".length)) as { data: string }).data);
}

describe("runtime", () => {
  it("answers the Hub's runtime shape; a new gradio Space with only its README has no app file", async () => {
    const id = await newSpace();
    const info = (await (await call(hub.url, `/api/spaces/${id}/revision/main`, { token: ALICE })).json()) as {
      sha: string;
    };
    expect(await runtime(id)).toEqual({
      stage: "NO_APP_FILE",
      hardware: { current: null, requested: "cpu-basic" },
      storage: null,
      gcTimeout: 172800,
      replicas: { requested: 1 },
      devMode: false,
      domains: [{ domain: `${id.replace("/", "-")}.hf.space`, stage: "READY" }],
      sha: info.sha,
    });
  });

  it("names the domain <namespace>-<name>.hf.space in lower case, with '_' and '.' turned into '-'", async () => {
    const id = await newSpace({}, `My_Demo.v2-${uniqueName("x")}`);
    const expected = `${id.replace("/", "-").toLowerCase().replace(/[_.]/g, "-")}.hf.space`;
    expect(expected).toMatch(/^alice-my-demo-v2-x-/);
    expect((await runtime(id)).domains).toEqual([{ domain: expected, stage: "READY" }]);
    const info = await (await call(hub.url, `/api/spaces/${id}?expand=subdomain&expand=runtime`)).json();
    expect(`${info.subdomain}.hf.space`).toBe(expected);
    expect(info.runtime.stage).toBe("NO_APP_FILE");
  });

  it("goes BUILDING -> APP_STARTING -> RUNNING after a commit to main, over the build time, for that commit", async () => {
    const id = await newSpace();
    const started = Date.now();
    const { commitOid } = await commitFiles(id, { "app.py": "import gradio" });
    expect(await stagesUntil(id, ["RUNNING"])).toEqual(["BUILDING", "APP_STARTING", "RUNNING"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUILD_MS - 20);
    const done = await runtime(id);
    expect(done.sha).toBe(commitOid);
    expect(done.hardware).toEqual({ current: "cpu-basic", requested: "cpu-basic" });
  });

  it("rebuilds a running Space as RUNNING_BUILDING -> RUNNING_APP_STARTING -> RUNNING", async () => {
    const id = await runningSpace();
    const { commitOid } = await commitFiles(id, { "app.py": "import gradio  # v2" });
    expect(await stagesUntil(id, ["RUNNING"])).toEqual(["RUNNING_BUILDING", "RUNNING_APP_STARTING", "RUNNING"]);
    expect((await runtime(id)).sha).toBe(commitOid);
  });

  it("builds only for commits to main", async () => {
    const id = await runningSpace();
    const before = await runtime(id);
    expect(
      (await call(hub.url, `/api/spaces/${id}/branch/dev`, { method: "POST", token: ALICE, json: {} })).status,
    ).toBe(200);
    await commitFiles(id, { "app.py": "broken" }, "dev");
    expect(await runtime(id)).toEqual(before);
  });

  it("takes the app file from the README's app_file, index.html for static and the Dockerfile for docker", async () => {
    const custom = await newSpace();
    await commitFiles(custom, { "README.md": "---\nsdk: gradio\napp_file: src/main.py\n---\n", "app.py": "x" });
    expect((await runtime(custom)).stage).toBe("NO_APP_FILE");
    await commitFiles(custom, { "src/main.py": "import gradio" });
    expect(await stagesUntil(custom, ["RUNNING"])).toEqual(["BUILDING", "APP_STARTING", "RUNNING"]);

    const staticSpace = await newSpace({ sdk: "static" });
    expect((await runtime(staticSpace)).stage).toBe("NO_APP_FILE");
    await commitFiles(staticSpace, { "index.html": "<p>hi</p>" });
    expect((await stagesUntil(staticSpace, ["RUNNING"]))[0]).toBe("BUILDING");

    const docker = await newSpace({ sdk: "docker" });
    await commitFiles(docker, { "app.py": "x" });
    expect((await runtime(docker)).stage).toBe("NO_APP_FILE");
    await commitFiles(docker, { Dockerfile: "FROM python:3.12\n# comment\nCMD python app.py\n" });
    await stagesUntil(docker, ["RUNNING"]);
    const log = lines((await readSse(`/api/spaces/${docker}/logs/build`)).events);
    expect(log).toEqual(expect.arrayContaining(["--> FROM python:3.12", "--> CMD python app.py"]));
  });

  it("is CONFIG_ERROR for an unknown sdk or a README front matter that is not valid YAML", async () => {
    const id = await runningSpace();
    await commitFiles(id, { "README.md": "---\nsdk: flask\n---\n" });
    const unknown = await runtime(id);
    expect(unknown.stage).toBe("CONFIG_ERROR");
    expect(unknown.errorMessage).toMatch(/"sdk".*"flask"/);
    expect(unknown.hardware.current).toBeNull();

    const content = Buffer.from("---\nsdk: gradio\ntitle: [unclosed\n---\n").toString("base64");
    const broken = await newSpace({ files: [{ path: "README.md", content, encoding: "base64" }] });
    const invalid = await runtime(broken);
    expect(invalid.stage).toBe("CONFIG_ERROR");
    expect(invalid.errorMessage).toMatch(/^Invalid YAML metadata in README\.md: .*\(line \d+\)$/);
  });

  it("is BUILD_ERROR once the build time is over when requirements.txt holds a line that is not PEP 508", async () => {
    const id = await newSpace();
    await commitFiles(id, { "app.py": "import gradio", "requirements.txt": "numpy==1.26.4\ntorch=2.1\npandas\n" });
    expect(await stagesUntil(id, ["BUILD_ERROR", "RUNNING"])).toEqual(["BUILDING", "BUILD_ERROR"]);
    const failed = await runtime(id);
    expect(failed.errorMessage).toBe(
      "Build failed with exit code: 1. Invalid requirement: 'torch=2.1' (from line 2 of requirements.txt)",
    );
    expect(failed.hardware.current).toBeNull();
    const log = lines((await readSse(`/api/spaces/${id}/logs/build`)).events);
    expect(log).toContain("ERROR: Invalid requirement: 'torch=2.1' (from line 2 of requirements.txt)");
  });

  it("builds valid requirements (comments, options, extras, markers, URLs), one log line per requirement", async () => {
    const id = await newSpace();
    const requirements = [
      "# pinned",
      "-r extra.txt",
      "--extra-index-url https://download.pytorch.org/whl/cpu",
      "",
      "numpy==1.26.4  # math",
      "requests[socks]>=2.31,<3",
      "pandas; python_version >= '3.9'",
      "mypkg @ https://example.com/mypkg-1.0-py3-none-any.whl",
    ].join("\n");
    await commitFiles(id, { "app.py": "import gradio", "requirements.txt": requirements, "extra.txt": "" });
    expect((await stagesUntil(id, ["BUILD_ERROR", "RUNNING"])).pop()).toBe("RUNNING");
    const log = lines((await readSse(`/api/spaces/${id}/logs/build`)).events);
    expect(log).toContain("Installing requirements...");
    expect(log.filter((line) => line.startsWith("Collecting "))).toEqual([
      "Collecting numpy==1.26.4",
      "Collecting requests[socks]>=2.31,<3",
      "Collecting pandas; python_version >= '3.9'",
      "Collecting mypkg @ https://example.com/mypkg-1.0-py3-none-any.whl",
    ]);
  });
});

describe("the PEP 508 check", () => {
  it.each([
    "gradio",
    "numpy==1.26.*",
    "torch>=2.0,<3",
    "foo (>=1.0)",
    "pip ~= 23.1",
    "x===any-thing",
    "torch==2.1.0+cu118",
    "requests[security, socks] >= 2.8.1",
    "name[e] @ git+https://github.com/a/b.git@main ; sys_platform == 'linux'",
    "x; (os_name == 'nt' or os_name == 'posix') and python_version >= \"3.8\"",
    "x; extra not in 'a b'",
    "foo==1.0 --hash=sha256:abc",
  ])("accepts %s", (line) => {
    expect(checkRequirements(line).invalid).toBeUndefined();
  });

  it.each([
    "numpy==",
    "torch=2.0",
    "pip install foo",
    "foo bar",
    "==1.0",
    "foo[bar",
    "foo; python_version >",
    "foo ~= 1",
    "foo; color == 'red'",
    "foo>=1.0,",
    "foo @ not-a-url",
  ])("refuses %s", (line) => {
    expect(checkRequirements(`ok\n${line}`).invalid).toEqual({ line: 2, text: line });
  });
});

describe("logs", () => {
  it("serves a finished build log as server-sent events that end after the last line", async () => {
    const id = await runningSpace();
    const read = await readSse(`/api/spaces/${id}/logs/build`);
    expect(read.status).toBe(200);
    expect(read.contentType).toBe("text/event-stream");
    expect(read.ended).toBe(true);
    for (const event of read.events) {
      expect(JSON.parse(event.slice("data: ".length))).toEqual({
        data: expect.any(String),
        timestamp: expect.any(String),
      });
    }
    const log = lines(read.events);
    expect(log[0]).toMatch(/^===== Build Queued at .* \/ Commit SHA: [0-9a-f]{7} =====$/);
    expect(log[log.length - 1]).toBe("DONE");
    expect(lines((await readSse(`/api/spaces/${id}/logs/build?tail=2`)).events)).toEqual(log.slice(-2));
  });

  it("streams the build log while building and ends it when the build ends", async () => {
    const id = await newSpace();
    await commitFiles(id, { "app.py": "import gradio", "requirements.txt": "a\nb\nc\nd\n" });
    const read = await readSse(`/api/spaces/${id}/logs/build`);
    expect(read.ended).toBe(true);
    const log = lines(read.events);
    expect(log[log.length - 1]).toBe("DONE");
    // Lines came one by one over the build (half the build time), not all at once at the end.
    expect(read.times[read.times.length - 1] - read.times[0]).toBeGreaterThan(20);
    expect(["APP_STARTING", "RUNNING"]).toContain((await runtime(id)).stage);
  });

  it("keeps the run log of a running app open with empty data: keep-alives, and ends it when the app stops", async () => {
    const id = await runningSpace();
    const open = await readSse(`/api/spaces/${id}/logs/run`, (events) => events.includes("data: "));
    expect(open.ended).toBe(false);
    expect(lines(open.events)).toEqual([
      expect.stringMatching(/^===== Application Startup at .* =====$/),
      "* Running on local URL:  http://0.0.0.0:7860",
    ]);
    const reading = openSse(`/api/spaces/${id}/logs/run`);
    await reading.first;
    expect((await call(hub.url, `/api/spaces/${id}/pause`, { method: "POST", token: ALICE })).status).toBe(200);
    expect((await reading.done).ended).toBe(true);
  });
});

describe("secrets and variables", () => {
  it("stores secrets without ever answering their values; deleting a missing key is fine", async () => {
    const id = await newSpace();
    const base = `/api/spaces/${id}/secrets`;
    const add = await call(hub.url, base, {
      method: "POST",
      token: ALICE,
      json: { key: "API_TOKEN", value: "s3cret", description: "the token" },
    });
    expect(add.status).toBe(200);
    expect(await add.json()).toEqual({});
    await call(hub.url, base, { method: "POST", token: ALICE, json: { key: "OTHER", value: "x" } });
    const listed = await (await call(hub.url, base, { token: ALICE })).text();
    expect(listed).not.toContain("s3cret");
    expect(JSON.parse(listed)).toEqual({
      API_TOKEN: { description: "the token", updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      OTHER: { updatedAt: expect.any(String) },
    });
    const removed = await call(hub.url, base, { method: "DELETE", token: ALICE, json: { key: "OTHER" } });
    expect([removed.status, await removed.json()]).toEqual([200, {}]);
    expect((await call(hub.url, base, { method: "DELETE", token: ALICE, json: { key: "NOPE" } })).status).toBe(200);
    expect(Object.keys(await (await call(hub.url, base, { token: ALICE })).json())).toEqual(["API_TOKEN"]);
  });

  it("answers all variables with their values after each change", async () => {
    const id = await newSpace();
    const base = `/api/spaces/${id}/variables`;
    const add = await call(hub.url, base, { method: "POST", token: ALICE, json: { key: "MODEL", value: "gpt2" } });
    expect(await add.json()).toEqual({ MODEL: { value: "gpt2", updatedAt: expect.any(String) } });
    await call(hub.url, base, { method: "POST", token: ALICE, json: { key: "MODE", value: "fast", description: "d" } });
    expect(await (await call(hub.url, base, { token: ALICE })).json()).toEqual({
      MODEL: { value: "gpt2", updatedAt: expect.any(String) },
      MODE: { value: "fast", description: "d", updatedAt: expect.any(String) },
    });
    const removed = await call(hub.url, base, { method: "DELETE", token: ALICE, json: { key: "MODEL" } });
    expect(Object.keys(await removed.json())).toEqual(["MODE"]);
  });

  it.each(["1ABC", "A-B", "_X", "", "A B"])("refuses the key %j with 400", async (key) => {
    const id = await newSpace();
    for (const what of ["secrets", "variables"]) {
      const res = await call(hub.url, `/api/spaces/${id}/${what}`, {
        method: "POST",
        token: ALICE,
        json: { key, value: "v" },
      });
      expect(res.status).toBe(400);
    }
  });
});

describe("rights", () => {
  it("lets anyone who can read the Space read its runtime and logs, and only writers manage it", async () => {
    const id = await newSpace();
    expect((await call(hub.url, `/api/spaces/${id}/runtime`)).status).toBe(200);
    expect((await call(hub.url, `/api/spaces/${id}/logs/build`)).status).toBe(200);
    for (const [method, what, json] of [
      ["GET", "secrets", undefined],
      ["POST", "secrets", { key: "A", value: "b" }],
      ["GET", "variables", undefined],
      ["POST", "variables", { key: "A", value: "b" }],
      ["DELETE", "variables", { key: "A" }],
      ["POST", "hardware", { flavor: "t4-small" }],
      ["POST", "sleeptime", { seconds: 600 }],
      ["POST", "pause", undefined],
      ["POST", "restart", undefined],
    ] as const) {
      const path = `/api/spaces/${id}/${what}`;
      expect([what, (await call(hub.url, path, { method, json })).status]).toEqual([what, 401]);
      expect([what, (await call(hub.url, path, { method, json, token: BOB })).status]).toEqual([what, 403]);
    }
    const secret = await newSpace({ private: true });
    expect((await call(hub.url, `/api/spaces/${secret}/runtime`)).status).toBe(401);
    expect((await call(hub.url, `/api/spaces/${secret}/runtime`, { token: BOB })).status).toBe(404);
    expect((await call(hub.url, `/api/spaces/${secret}/logs/run`, { token: BOB })).status).toBe(404);
  });

  it("answers 404 for these routes on models and datasets", async () => {
    const model = `alice/${uniqueName("m")}`;
    await createRepo(hub.url, model);
    const dataset = `alice/${uniqueName("d")}`;
    await createRepo(hub.url, dataset, { type: "dataset" });
    for (const url of [`/api/models/${model}/runtime`, `/api/datasets/${dataset}/variables`]) {
      expect((await call(hub.url, url, { token: ALICE })).status).toBe(404);
    }
    const pause = await call(hub.url, `/api/models/${model}/pause`, { method: "POST", token: ALICE });
    expect(pause.status).toBe(404);
  });
});

describe("hardware and sleep time", () => {
  it("lists the hardware flavors with the fields the Python client reads", async () => {
    const res = await call(hub.url, "/api/spaces/hardware");
    expect(res.status).toBe(200);
    const flavors = (await res.json()) as { name: string }[];
    expect(flavors.map((f) => f.name)).toEqual(
      expect.arrayContaining(["cpu-basic", "cpu-upgrade", "t4-small", "a100-large"]),
    );
    expect(flavors.find((f) => f.name === "cpu-basic")).toEqual({
      name: "cpu-basic",
      prettyName: "CPU Basic",
      cpu: "2 vCPU",
      ram: "16 GB",
      ephemeralStorage: expect.any(String),
      accelerator: null,
      unitCostMicroUSD: 0,
      unitCostUSD: 0,
      unitLabel: "minute",
    });
    expect(flavors.find((f) => f.name === "t4-small")).toMatchObject({
      accelerator: { type: "gpu", model: "T4", quantity: "1", vram: "16 GB", manufacturer: "Nvidia" },
    });
  });

  it("moves a running Space to the requested hardware through a rebuild", async () => {
    const id = await runningSpace();
    const res = await call(hub.url, `/api/spaces/${id}/hardware`, {
      method: "POST",
      token: ALICE,
      json: { flavor: "t4-small", sleepTimeSeconds: 3600 },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      stage: "RUNNING_BUILDING",
      hardware: { current: "cpu-basic", requested: "t4-small" },
      gcTimeout: 3600,
    });
    await stagesUntil(id, ["RUNNING"]);
    expect((await runtime(id)).hardware).toEqual({ current: "t4-small", requested: "t4-small" });
    const unknown = await call(hub.url, `/api/spaces/${id}/hardware`, {
      method: "POST",
      token: ALICE,
      json: { flavor: "h9000" },
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatch(/Invalid hardware flavor "h9000"/);
  });

  it("sets the sleep time on upgraded hardware (-1: never) and refuses it on cpu-basic", async () => {
    const id = await newSpace();
    const free = await call(hub.url, `/api/spaces/${id}/sleeptime`, {
      method: "POST",
      token: ALICE,
      json: { seconds: 600 },
    });
    expect(free.status).toBe(400);
    expect((await free.json()).error).toMatch(/cpu-basic.*48 hours/);
    expect((await runtime(id)).gcTimeout).toBe(172800);

    await call(hub.url, `/api/spaces/${id}/hardware`, {
      method: "POST",
      token: ALICE,
      json: { flavor: "cpu-upgrade" },
    });
    const set = await call(hub.url, `/api/spaces/${id}/sleeptime`, {
      method: "POST",
      token: ALICE,
      json: { seconds: 600 },
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ gcTimeout: 600, hardware: { requested: "cpu-upgrade" } });
    const never = await call(hub.url, `/api/spaces/${id}/sleeptime`, {
      method: "POST",
      token: ALICE,
      json: { seconds: -1 },
    });
    expect((await never.json()).gcTimeout).toBeNull();
    const bad = await call(hub.url, `/api/spaces/${id}/sleeptime`, {
      method: "POST",
      token: ALICE,
      json: { seconds: 0 },
    });
    expect(bad.status).toBe(400);
  });
});

describe("pause and restart", () => {
  it("pauses until restarted, even across commits; restart builds again", async () => {
    const id = await runningSpace();
    const paused = await call(hub.url, `/api/spaces/${id}/pause`, { method: "POST", token: ALICE });
    expect(await paused.json()).toMatchObject({ stage: "PAUSED", hardware: { current: null, requested: "cpu-basic" } });
    await commitFiles(id, { "app.py": "import gradio  # while paused" });
    await new Promise((resolve) => setTimeout(resolve, BUILD_MS + 50));
    expect((await runtime(id)).stage).toBe("PAUSED");
    const restarted = await call(hub.url, `/api/spaces/${id}/restart`, { method: "POST", token: ALICE });
    expect((await restarted.json()).stage).toBe("BUILDING");
    expect(await stagesUntil(id, ["RUNNING"])).toEqual(["BUILDING", "APP_STARTING", "RUNNING"]);
    const factory = await call(hub.url, `/api/spaces/${id}/restart?factory=true`, { method: "POST", token: ALICE });
    expect((await factory.json()).stage).toBe("BUILDING");
  });

  it("refuses to pause or restart a static Space", async () => {
    const id = await newSpace({ sdk: "static" });
    for (const action of ["pause", "restart"]) {
      expect((await call(hub.url, `/api/spaces/${id}/${action}`, { method: "POST", token: ALICE })).status).toBe(400);
    }
  });

  it("puts a Space in RUNTIME_ERROR with a run log through /__admin/space-stage", async () => {
    const id = await runningSpace();
    const res = await call(hub.url, "/__admin/space-stage", {
      method: "POST",
      json: { repo: id, stage: "RUNTIME_ERROR", errorMessage: "Exit code: 1", runLog: ["Traceback", "boom"] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stage: "RUNTIME_ERROR", errorMessage: "Exit code: 1" });
    const log = await readSse(`/api/spaces/${id}/logs/run`);
    expect(read(log)).toEqual(["* Running on local URL:  http://0.0.0.0:7860", "Traceback", "boom"]);
    expect(
      (await call(hub.url, "/__admin/space-stage", { method: "POST", json: { repo: id, stage: "NOPE" } })).status,
    ).toBe(400);
  });
});

function read(log: SseRead): string[] {
  expect(log.ended).toBe(true);
  return lines(log.events).slice(1);
}

describe("creation with settings", () => {
  it("applies hardware, sleep time, secrets and variables given at creation", async () => {
    const id = await newSpace({
      hardware: "t4-small",
      sleepTimeSeconds: 7200,
      secrets: [{ key: "HF_TOKEN", value: "hf_x", description: "token" }],
      variables: [{ key: "MODEL_ID", value: "gpt2" }],
    });
    expect(await runtime(id)).toMatchObject({ hardware: { current: null, requested: "t4-small" }, gcTimeout: 7200 });
    expect(await (await call(hub.url, `/api/spaces/${id}/secrets`, { token: ALICE })).json()).toEqual({
      HF_TOKEN: { description: "token", updatedAt: expect.any(String) },
    });
    expect(await (await call(hub.url, `/api/spaces/${id}/variables`, { token: ALICE })).json()).toEqual({
      MODEL_ID: { value: "gpt2", updatedAt: expect.any(String) },
    });
  });

  it.each([
    ["an unknown hardware flavor", { hardware: "gpu-9000" }],
    ["a sleep time on cpu-basic", { sleepTimeSeconds: 3600 }],
    ["a secret key that is not an env name", { secrets: [{ key: "9LIVES", value: "x" }] }],
    ["a variable key that is not an env name", { variables: [{ key: "a.b", value: "x" }] }],
  ])("refuses %s with 400 and creates nothing", async (_what, extra) => {
    const name = uniqueName("refused");
    const res = await call(hub.url, "/api/repos/create", {
      method: "POST",
      token: ALICE,
      json: { name, type: "space", sdk: "gradio", ...extra },
    });
    expect(res.status).toBe(400);
    expect((await call(hub.url, `/api/spaces/alice/${name}`, { token: ALICE })).status).toBe(404);
  });
});

describe("duplicate", () => {
  it("copies the latest files into a new Space with only the settings given, private like the source", async () => {
    const source = await newSpace({ private: true, variables: [{ key: "SOURCE_ONLY", value: "x" }] });
    await commitFiles(source, { "app.py": "import gradio", "data/a.txt": "a" });
    const target = `acme/${uniqueName("dup")}`;
    const res = await call(hub.url, `/api/spaces/${source}/duplicate`, {
      method: "POST",
      token: ALICE,
      json: {
        repository: target,
        hardware: "cpu-upgrade",
        sleepTimeSeconds: 900,
        secrets: [{ key: "TOKEN", value: "t" }],
        variables: [{ key: "GIVEN", value: "g" }],
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ url: `${hub.url}/spaces/${target}` });
    const info = await (await call(hub.url, `/api/spaces/${target}`, { token: ALICE })).json();
    expect(info.private).toBe(true);
    expect(info.siblings.map((s: { rfilename: string }) => s.rfilename).sort()).toEqual(
      [".gitattributes", "README.md", "app.py", "data/a.txt"].sort(),
    );
    expect(await (await call(hub.url, `/api/spaces/${target}/variables`, { token: ALICE })).json()).toEqual({
      GIVEN: { value: "g", updatedAt: expect.any(String) },
    });
    expect(Object.keys(await (await call(hub.url, `/api/spaces/${target}/secrets`, { token: ALICE })).json())).toEqual([
      "TOKEN",
    ]);
    expect(await runtime(target)).toMatchObject({ hardware: { requested: "cpu-upgrade" }, gcTimeout: 900 });
    expect((await stagesUntil(target, ["RUNNING"])).pop()).toBe("RUNNING");
  });

  it("answers 409 when the target exists, 403 without write access there, 404 for a source out of sight", async () => {
    const source = await newSpace();
    const taken = await newSpace();
    const conflict = await call(hub.url, `/api/spaces/${source}/duplicate`, {
      method: "POST",
      token: ALICE,
      json: { repository: taken },
    });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).url).toBe(`${hub.url}/spaces/${taken}`);
    const elsewhere = await call(hub.url, `/api/spaces/${source}/duplicate`, {
      method: "POST",
      token: ALICE,
      json: { repository: `bob/${uniqueName("x")}` },
    });
    expect(elsewhere.status).toBe(403);
    const hidden = await newSpace({ private: true });
    const unseen = await call(hub.url, `/api/spaces/${hidden}/duplicate`, {
      method: "POST",
      token: BOB,
      json: { repository: `bob/${uniqueName("x")}` },
    });
    expect(unseen.status).toBe(404);
  });

  it("duplicates models too, with their files", async () => {
    const model = `alice/${uniqueName("m")}`;
    await createRepo(hub.url, model);
    await commitOk(hub.url, `models/${model}`, "main", [header("w"), fileLine("config.json", "{}")]);
    const copy = `alice/${uniqueName("m-copy")}`;
    const res = await call(hub.url, `/api/models/${model}/duplicate`, {
      method: "POST",
      token: ALICE,
      json: { repository: copy },
    });
    expect(await res.json()).toEqual({ url: `${hub.url}/${copy}` });
    expect(await (await call(hub.url, `/${copy}/resolve/main/config.json`)).text()).toBe("{}");
  });
});

describe("lifetime", () => {
  it("stops the build of a deleted Space and forgets its settings", async () => {
    const id = await newSpace({ variables: [{ key: "OLD", value: "1" }] });
    await commitFiles(id, { "app.py": "import gradio", "requirements.txt": "a\nb\nc\nd\ne\nf\n" });
    const reading = openSse(`/api/spaces/${id}/logs/build`);
    await reading.first;
    const [organization, name] = id.split("/");
    await call(hub.url, "/api/repos/delete", {
      method: "DELETE",
      token: ALICE,
      json: { name, organization, type: "space" },
    });
    const cut = await reading.done;
    expect([cut.status, cut.ended]).toEqual([200, true]);
    expect(lines(cut.events)).not.toContain("DONE");
    await createRepo(hub.url, id, { type: "space", sdk: "gradio" });
    expect(await (await call(hub.url, `/api/spaces/${id}/variables`, { token: ALICE })).json()).toEqual({});
  });

  it("keeps settings across a restart with --data, and builds main again (or stays paused)", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "spaces-data-"));
    try {
      const first = await startEmulator({ dataDir, spaceBuildMs: 50 });
      const create = (name: string, extra = {}) =>
        call(first.url, "/api/repos/create", {
          method: "POST",
          token: ALICE,
          json: { name, type: "space", sdk: "gradio", files: [{ path: "app.py", content: "x" }], ...extra },
        });
      await create("kept", { hardware: "cpu-upgrade", sleepTimeSeconds: 600, variables: [{ key: "V", value: "1" }] });
      await call(first.url, "/api/spaces/alice/kept/secrets", {
        method: "POST",
        token: ALICE,
        json: { key: "S", value: "2" },
      });
      await create("asleep");
      await call(first.url, "/api/spaces/alice/asleep/pause", { method: "POST", token: ALICE });
      await first.close();

      const second = await startEmulator({ dataDir, spaceBuildMs: 5000 });
      try {
        const get = async (p: string) => (await call(second.url, p, { token: ALICE })).json();
        expect(await get("/api/spaces/alice/kept/variables")).toEqual({
          V: { value: "1", updatedAt: expect.any(String) },
        });
        expect(Object.keys(await get("/api/spaces/alice/kept/secrets"))).toEqual(["S"]);
        expect(await get("/api/spaces/alice/kept/runtime")).toMatchObject({
          stage: "BUILDING",
          hardware: { requested: "cpu-upgrade" },
          gcTimeout: 600,
        });
        expect((await get("/api/spaces/alice/asleep/runtime")).stage).toBe("PAUSED");
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("takes the build time from --space-build-ms", () => {
    expect(parseArgs(["--space-build-ms", "50"]).spaceBuildMs).toBe(50);
    expect(() => parseArgs(["--space-build-ms", "soon"])).toThrow(/non-negative integer/);
  });
});
