/**
 * `npm run bench [-- --only <profile|scenario|profile/scenario>[,...]] [--repeat n] [--latency-ms n]
 * [--connection-mb-s n] [--total-mb-s n] [--handshake-rtts n] [--write]`: the action against `@huggingface/hub` and
 * against the floor, each as its own process, on loopback and through a throttling proxy that makes loopback a
 * WAN link. A full run writes bench/RESULTS.md; a subset (`--only`) prints the same report and writes it only
 * with `--write`.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomFillSync } from "node:crypto";
import { copyFile, mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { DEFAULT_MULTIPART_CHUNK_SIZE, startEmulator, type LoggedRequest, type RunningEmulator } from "../emulator";
import { runLikeRunner } from "../scripts/run-action";
import { type ProxyStats, wanSettingsFrom } from "./throttle-proxy";

const ROOT = path.resolve(__dirname, "..");
const WORK = path.join(ROOT, "bench", "work");
const TOKEN = "hf_alice_write";
const REPO = "alice/bench";
const MiB = 1024 * 1024;
const MB = 1e6;
const DEFAULT_REPEAT = 3;

type WanSettings = ReturnType<typeof wanSettingsFrom>;
type Profile = "loopback" | "wan";
type Contender = "action" | "jsClient" | "floor" | "minimal";
type MainContender = Exclude<Contender, "minimal">;
const CONTENDERS: MainContender[] = ["action", "jsClient", "floor"];

interface LocalEntry {
  localPath: string;
  pathInRepo: string;
  size: number;
}

interface Folder {
  folder: string;
  files: LocalEntry[];
}

type DataSet = "big" | "eight" | "small" | "changed";

interface Scenario {
  id: string;
  name: string;
  data: DataSet;
  /** Uploaded first by the same contender, untimed and straight to the emulator, so the timed run is a re-run. */
  before?: DataSet;
  /** What the floor does: hash and PUT every byte, preuploads and a commit, or preuploads only. */
  floorMode: "large" | "small" | "preupload";
  /** Also run (d), the minimal client (`bench/minimal-client.js`), on loopback, for scale next to the floor. */
  minimal?: true;
}

const SCENARIOS: Record<string, Scenario> = {
  "1gib": { id: "1gib", name: "one 1 GiB file", data: "big", floorMode: "large" },
  "8x128mib": { id: "8x128mib", name: "eight 128 MiB files", data: "eight", floorMode: "large" },
  "2000": { id: "2000", name: "2,000 files of 1-64 KiB", data: "small", floorMode: "small", minimal: true },
  "2000-unchanged": {
    id: "2000-unchanged",
    name: "2,000 files again, unchanged",
    data: "small",
    before: "small",
    floorMode: "preupload",
  },
  "1gib-changed": {
    id: "1gib-changed",
    name: "1 GiB file again, 1 MiB changed",
    data: "changed",
    before: "big",
    floorMode: "large",
  },
};

const PLAN: Array<{ profile: Profile; scenarios: string[] }> = [
  { profile: "loopback", scenarios: ["1gib", "8x128mib", "2000", "2000-unchanged", "1gib-changed"] },
  { profile: "wan", scenarios: ["1gib", "2000", "1gib-changed"] },
];

interface Usage {
  wall: number;
  cpu: number;
  rssMb: number;
}

interface FloorResult {
  hashSeconds?: number;
  putSeconds?: number;
  bytes?: number;
  preuploadSeconds?: number;
  preuploadParallelSeconds?: number;
  preuploadSequentialSeconds?: number;
  commitSeconds?: number;
  commitBytes?: number;
}

interface Measurement extends Usage {
  requests: number;
  commits: number;
  /** Bytes of storage PUT bodies, and of commit bodies (an upper bound of the regular files' content in them). */
  storageBytes: number;
  commitBytes: number;
  /** The emulator's CPU (the benchmark's process) during the timed run. */
  emulatorCpu: number;
  proxy?: ProxyStats;
  floor?: FloorResult;
  /** How the floor's wall time was obtained. */
  floorNote?: string;
}

interface Row {
  profile: Profile;
  scenario: Scenario;
  /** Each figure's median over the rounds ((d) only where the scenario runs it). */
  results: Record<MainContender, Measurement> & { minimal?: Measurement };
  /** Every round's measurement, in round order, for the spread. */
  samples: Record<Contender, Measurement[]>;
}

interface Options {
  only: string[];
  wan: WanSettings;
  write: boolean;
  /** Rounds per scenario (contenders interleaved); the report shows each figure's median. */
  repeat: number;
}

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const at = argv.indexOf("--only");
  const only = (at >= 0 ? argv[at + 1] : (env.BENCH_ONLY ?? ""))
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  const known = PLAN.flatMap(({ profile, scenarios }) => [
    profile,
    ...scenarios,
    ...scenarios.map((s) => `${profile}/${s}`),
  ]);
  for (const token of only) {
    if (!known.includes(token)) throw new Error(`--only ${token}: expected one of ${[...new Set(known)].join(", ")}`);
  }
  const repeatAt = argv.indexOf("--repeat");
  const repeat = Number(repeatAt >= 0 ? argv[repeatAt + 1] : (env.BENCH_REPEAT ?? DEFAULT_REPEAT));
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat / BENCH_REPEAT: expected a positive integer`);
  return { only, wan: wanSettingsFrom(argv, env), write: argv.includes("--write"), repeat };
}

function selected(options: Options): Array<{ profile: Profile; scenario: Scenario }> {
  return PLAN.flatMap(({ profile, scenarios }) =>
    scenarios
      .filter(
        (id) => options.only.length === 0 || [profile, id, `${profile}/${id}`].some((t) => options.only.includes(t)),
      )
      .map((id) => ({ profile, scenario: SCENARIOS[id] })),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const runs = selected(options);
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  const started = Date.now();
  console.log("Preparing data in bench/work ...");
  const data = await prepareData(
    new Set(runs.flatMap(({ scenario }) => [scenario.data, scenario.before ?? scenario.data])),
  );
  const calibration = runs.some(({ profile }) => profile === "wan") ? await calibrateProxy(options.wan) : undefined;
  if (calibration) console.log(`Proxy check: ${calibration}`);
  const nodeStart = await nodeStartTime();
  const rows: Row[] = [];
  for (const { profile, scenario } of runs) {
    const samples: Record<Contender, Measurement[]> = { action: [], jsClient: [], floor: [], minimal: [] };
    const turns: Contender[] = scenario.minimal && profile === "loopback" ? [...CONTENDERS, "minimal"] : CONTENDERS;
    for (let round = 1; round <= options.repeat; round++) {
      for (const contender of turns) {
        const measurement = await measure(profile, scenario, contender, data, options.wan);
        samples[contender].push(measurement);
        console.log(`[${round}/${options.repeat}] ${describe(profile, scenario, contender, measurement)}`);
      }
    }
    const results = {
      ...(Object.fromEntries(CONTENDERS.map((c) => [c, medianOf(samples[c])])) as Record<MainContender, Measurement>),
      minimal: samples.minimal.length > 0 ? medianOf(samples.minimal) : undefined,
    };
    rows.push({ profile, scenario, results, samples });
  }
  const report = renderReport(rows, options, Math.round((Date.now() - started) / 1000), calibration, nodeStart);
  console.log(`\n${report}`);
  if (options.only.length === 0 || options.write) await writeFile(path.join(ROOT, "bench", "RESULTS.md"), report);
  else console.log("(a subset ran: bench/RESULTS.md left as it was; --write writes it anyway)");
  await rm(WORK, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Data: every large file is fully random (16 MiB of fresh random bytes at a time, never a repeated block).

async function prepareData(needed: Set<DataSet>): Promise<Record<DataSet, Folder>> {
  const data = {} as Record<DataSet, Folder>;
  if (needed.has("big") || needed.has("changed"))
    data.big = await randomFolder("one-gib", [["model.safetensors", 1024 * MiB]]);
  if (needed.has("eight")) {
    data.eight = await randomFolder(
      "eight",
      Array.from({ length: 8 }, (_, i): [string, number] => [`model-${i + 1}-of-8.safetensors`, 128 * MiB]),
    );
  }
  if (needed.has("small")) data.small = await smallFiles("small", 2000);
  if (needed.has("changed")) data.changed = await changedCopy(data.big, "one-gib-changed");
  return data;
}

/** How fast this machine took the test files' bytes into its page cache (fresh files), for the report. */
let writeSeconds = 0;
let writtenBytes = 0;

async function randomFolder(name: string, specs: Array<[string, number]>): Promise<Folder> {
  const folder = path.join(WORK, name);
  await mkdir(folder, { recursive: true });
  const block = Buffer.allocUnsafe(16 * MiB);
  const files: LocalEntry[] = [];
  for (const [fileName, size] of specs) {
    const localPath = path.join(folder, fileName);
    const handle = await open(localPath, "w");
    for (let offset = 0; offset < size; offset += block.length) {
      const length = Math.min(block.length, size - offset);
      randomFillSync(block, 0, length);
      const started = process.hrtime.bigint();
      await handle.write(block, 0, length);
      writeSeconds += Number(process.hrtime.bigint() - started) / 1e9;
      writtenBytes += length;
    }
    await handle.close();
    files.push({ localPath, pathInRepo: fileName, size });
  }
  return { folder, files };
}

/** Text files (base64 of random bytes), so the Hub stores them as regular files, not LFS. */
async function smallFiles(name: string, count: number): Promise<Folder> {
  const folder = path.join(WORK, name);
  const files: LocalEntry[] = [];
  for (let i = 0; i < count; i++) {
    const pathInRepo = `shard-${String(i % 20).padStart(2, "0")}/file-${String(i).padStart(4, "0")}.txt`;
    const localPath = path.join(folder, pathInRepo);
    const size = 1024 + Math.floor(Math.random() * 63 * 1024);
    await mkdir(path.dirname(localPath), { recursive: true });
    const text = randomFillSync(Buffer.allocUnsafe(Math.ceil(size * 0.75) + 3))
      .toString("base64")
      .slice(0, size);
    await writeFile(localPath, text);
    files.push({ localPath, pathInRepo, size });
  }
  return { folder, files };
}

async function changedCopy(source: Folder, name: string): Promise<Folder> {
  const folder = path.join(WORK, name);
  await mkdir(folder, { recursive: true });
  const [file] = source.files;
  const localPath = path.join(folder, file.pathInRepo);
  await copyFile(file.localPath, localPath);
  const handle = await open(localPath, "r+");
  await handle.write(randomFillSync(Buffer.allocUnsafe(MiB)), 0, MiB, Math.floor(file.size / 2));
  await handle.close();
  return { folder, files: [{ ...file, localPath }] };
}

// ---------------------------------------------------------------------------------------------------------------
// One measurement: a fresh emulator, the contender as a child process, what the emulator saw.

async function measure(
  profile: Profile,
  scenario: Scenario,
  contender: Contender,
  data: Record<DataSet, Folder>,
  wan: WanSettings,
): Promise<Measurement> {
  const hub = await startEmulator({ port: 0, multipartChunkSize: DEFAULT_MULTIPART_CHUNK_SIZE });
  let proxy: ProxyProcess | undefined;
  try {
    await createRepo(hub);
    if (scenario.before) {
      // The floor has no notion of a re-run: it hashes and sends every byte again, except for the unchanged
      // small files, where its floor is the preupload calls against a repo that already holds them.
      if (contender !== "floor") await runContender(contender, hub.url, data[scenario.before]);
      else if (scenario.floorMode === "preupload") await runContender("floor", hub.url, data[scenario.before], "small");
    }
    // The floor always talks to the emulator directly: on the WAN profile its wall time is computed (see below),
    // and its process is run only for its CPU, its memory, and the times it measures (sha256, commit body size).
    if (profile === "wan" && contender !== "floor") proxy = await startProxyProcess(hub.port, wan);
    const endpoint = proxy?.url ?? hub.url;
    // Dirty pages from earlier steps would otherwise be written back during the timed run.
    execFileSync("sync");
    await admin(hub, "DELETE", "requests");
    const cpuBefore = process.cpuUsage();
    const usage = await runContender(contender, endpoint, data[scenario.data], scenario.floorMode);
    const cpu = process.cpuUsage(cpuBefore);
    const log = (await admin(hub, "GET", "requests")) as LoggedRequest[];
    const measurement: Measurement = {
      ...usage,
      ...countRequests(log),
      emulatorCpu: (cpu.user + cpu.system) / 1e6,
      proxy: await proxy?.stop(),
    };
    proxy = undefined;
    if (contender === "floor") {
      measurement.floor = usage.floor;
      Object.assign(measurement, floorWall(profile, scenario, usage.floor ?? {}, wan));
    }
    return measurement;
  } finally {
    await proxy?.stop();
    await hub.close();
  }
}

/** The round with the median wall time (its counts and notes), with wall, CPU and RSS each the median of all rounds. */
function medianOf(samples: Measurement[]): Measurement {
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const byWall = [...samples].sort((x, y) => x.wall - y.wall);
  return {
    ...byWall[Math.floor((byWall.length - 1) / 2)],
    wall: median(samples.map((m) => m.wall)),
    cpu: median(samples.map((m) => m.cpu)),
    rssMb: median(samples.map((m) => m.rssMb)),
    emulatorCpu: median(samples.map((m) => m.emulatorCpu)),
  };
}

function countRequests(
  log: LoggedRequest[],
): Pick<Measurement, "requests" | "commits" | "storageBytes" | "commitBytes"> {
  const isCommit = (entry: LoggedRequest) =>
    entry.method === "POST" && /^\/api\/[^/]+\/[^/]+\/[^/]+\/commit\//.test(entry.path);
  const isStoragePut = (entry: LoggedRequest) => entry.method === "PUT" && entry.path.startsWith("/__lfs/upload/");
  // A body without a Content-Length (chunked) cannot be counted from the log: NaN then fails the target that uses it.
  const bytes = (entries: LoggedRequest[]) => entries.reduce((sum, entry) => sum + (entry.contentLength ?? NaN), 0);
  return {
    requests: log.length,
    commits: log.filter((entry) => isCommit(entry) && entry.status === 200).length,
    storageBytes: bytes(log.filter(isStoragePut)),
    commitBytes: bytes(log.filter(isCommit)),
  };
}

/**
 * The floor's wall time. Loopback: the times the floor process measured (sha256 + raw PUT; or the preuploads,
 * the faster of all at once and one after another, + the prebuilt commit). WAN: what the link allows.
 */
function floorWall(profile: Profile, scenario: Scenario, floor: FloorResult, wan: WanSettings): Partial<Measurement> {
  const rtt = (2 * wan.latencyMs) / 1000;
  const s = (value: number) => `${value.toFixed(2)} s`;
  if (scenario.floorMode === "large") {
    const hash = floor.hashSeconds ?? NaN;
    if (profile === "loopback") {
      const put = floor.putSeconds ?? NaN;
      return { wall: hash + put, floorNote: `sha256 ${s(hash)} + raw PUT ${s(put)}` };
    }
    const bytes = floor.bytes ?? NaN;
    const send = bytes / (wan.totalMBps * MB);
    return {
      wall: hash + send,
      floorNote: `sha256 ${s(hash)} + ${(bytes / MB).toFixed(1)} MB / ${wan.totalMBps} MB/s = ${s(hash + send)}`,
    };
  }
  const preupload = floor.preuploadSeconds ?? NaN;
  const commit = floor.commitSeconds ?? 0;
  if (profile === "loopback") {
    return {
      wall: preupload + commit,
      floorNote:
        `preuploads ${s(preupload)} (all at once ${s(floor.preuploadParallelSeconds ?? NaN)}, one after another ` +
        `${s(floor.preuploadSequentialSeconds ?? NaN)})` +
        (scenario.floorMode === "small" ? ` + commit ${s(commit)}` : ""),
    };
  }
  const bytes = floor.commitBytes ?? NaN;
  const roundTrips = wan.handshakeRtts + 2;
  const wall = bytes / (wan.connectionMBps * MB) + roundTrips * rtt;
  return {
    wall,
    floorNote:
      `commit body ${(bytes / MB).toFixed(1)} MB / ${wan.connectionMBps} MB/s + ${roundTrips} round trips ` +
      `(${wan.handshakeRtts} handshake, preupload, commit) of ${(rtt * 1000).toFixed(0)} ms = ${s(wall)}`,
  };
}

interface ProcessResult extends Usage {
  floor?: FloorResult;
}

const SCRIPTS: Record<Exclude<Contender, "action">, string> = {
  jsClient: "js-client.js",
  floor: "floor.js",
  minimal: "minimal-client.js",
};

/** Runs one contender as a child process; wall time from spawn to exit, CPU and peak RSS reported by the child. */
async function runContender(
  contender: Contender,
  endpoint: string,
  data: Folder,
  floorMode: Scenario["floorMode"] = "large",
): Promise<ProcessResult> {
  const usageFile = path.join(WORK, "usage.json");
  const floorFile = path.join(WORK, "floor.json");
  await rm(usageFile, { force: true });
  await rm(floorFile, { force: true });
  const env = { NODE_OPTIONS: `--require ${path.join(ROOT, "bench", "usage.js")}`, BENCH_USAGE_FILE: usageFile };
  let wall = 0;
  if (contender === "action") {
    const run = await runLikeRunner(
      { operation: "upload-file", repo_id: REPO, token: TOKEN, endpoint, path: data.folder },
      { env, cwd: data.folder },
      async (childEnv, cwd) => {
        const child = await runNode(path.join(ROOT, "dist", "index.js"), [], childEnv, cwd, true);
        wall = child.wall;
        return child;
      },
    );
    if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  } else {
    const listFile = path.join(WORK, "files.json");
    await writeFile(listFile, JSON.stringify(data.files));
    const script = path.join(ROOT, "bench", SCRIPTS[contender]);
    const args =
      contender === "minimal"
        ? [endpoint, REPO, data.folder]
        : [endpoint, REPO, listFile, ...(contender === "floor" ? [floorMode] : [])];
    const childEnv = { PATH: process.env.PATH ?? "", HF_TOKEN: TOKEN, BENCH_FLOOR_FILE: floorFile, ...env };
    const child = await runNode(script, args, childEnv, ROOT, false);
    if (child.exitCode !== 0) throw new Error(`${script} exited with ${child.exitCode}:\n${child.stderr}`);
    wall = child.wall;
  }
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as {
    peakRssKiB: number;
    userSeconds: number;
    systemSeconds: number;
  };
  const floor = contender === "floor" ? (JSON.parse(await readFile(floorFile, "utf8")) as FloorResult) : undefined;
  return { wall, cpu: usage.userSeconds + usage.systemSeconds, rssMb: usage.peakRssKiB / 1024, floor };
}

function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  captureStdout: boolean,
): Promise<{ exitCode: number; stdout: string; stderr: string; wall: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (captureStdout) stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ exitCode: code ?? -1, stdout, stderr, wall });
    });
  });
}

interface ProxyProcess {
  url: string;
  stop(): Promise<ProxyStats | undefined>;
}

/** The throttling proxy in its own process, so its timers do not wait behind the emulator's hashing. */
async function startProxyProcess(upstreamPort: number, wan: WanSettings): Promise<ProxyProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(ROOT, "bench", "throttle-proxy.ts"),
      "--upstream",
      `127.0.0.1:${upstreamPort}`,
      "--latency-ms",
      String(wan.latencyMs),
      "--connection-mb-s",
      String(wan.connectionMBps),
      "--total-mb-s",
      String(wan.totalMBps),
      "--handshake-rtts",
      String(wan.handshakeRtts),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const first = await lines.next();
  const match = first.done ? null : /^listening (\d+)$/.exec(first.value);
  if (!match) {
    child.kill();
    throw new Error(`the throttle proxy did not start: ${first.done ? "no output" : first.value}`);
  }
  let stopping: Promise<ProxyStats | undefined> | undefined;
  return {
    url: `http://127.0.0.1:${match[1]}`,
    stop: () =>
      (stopping ??= (async () => {
        child.kill("SIGTERM");
        const next = await lines.next();
        await exited;
        return next.done ? undefined : (JSON.parse(next.value) as ProxyStats);
      })()),
  };
}

/**
 * Checks the proxy does what it is set to, through a server that only counts bytes: one small request on a new
 * connection and one on the same connection, 40 MB on one connection, and 40 MB on each of eight at once.
 */
async function calibrateProxy(wan: WanSettings): Promise<string> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxy = await startProxyProcess((server.address() as AddressInfo).port, wan);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const block = Buffer.alloc(MiB, 1);
  const put = (bytes: number) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const request = http.request(
        `${proxy.url}/`,
        { method: "PUT", agent, headers: { "Content-Length": String(bytes) } },
        (response) => {
          response.resume();
          response.on("end", () => resolve((performance.now() - started) / 1000));
        },
      );
      request.on("error", reject);
      void (async () => {
        for (let sent = 0; sent < bytes; sent += block.length) {
          if (!request.write(block.subarray(0, Math.min(block.length, bytes - sent)))) {
            await new Promise((drained) => request.once("drain", drained));
          }
        }
        request.end();
      })();
    });
  try {
    const fresh = await put(10);
    const reused = await put(10);
    const one = await put(40 * MB);
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => put(40 * MB)));
    const eight = (8 * 40) / ((performance.now() - started) / 1000);
    return (
      `a small request took ${(fresh * 1000).toFixed(0)} ms on a new connection, ${(reused * 1000).toFixed(0)} ms on ` +
      `an open one; 40 MB went at ${(40 / one).toFixed(1)} MB/s on one connection, 8 x 40 MB at ${eight.toFixed(1)} MB/s`
    );
  } finally {
    agent.destroy();
    await proxy.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function createRepo(hub: RunningEmulator): Promise<void> {
  const [organization, name] = REPO.split("/");
  const response = await fetch(`${hub.url}/api/repos/create`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, organization }),
  });
  if (!response.ok) throw new Error(`create repo answered ${response.status}`);
}

async function admin(hub: RunningEmulator, method: string, route: string): Promise<unknown> {
  const response = await fetch(`${hub.url}/__admin/${route}`, { method });
  if (!response.ok) throw new Error(`${method} /__admin/${route} answered ${response.status}`);
  return response.json();
}

// ---------------------------------------------------------------------------------------------------------------
// The report.

const LABEL: Record<Contender, string> = {
  action: "action",
  jsClient: "@huggingface/hub",
  floor: "floor",
  minimal: "minimal client",
};

function describe(profile: Profile, scenario: Scenario, contender: Contender, m: Measurement): string {
  const parts = [
    `${profile} | ${scenario.name} | ${LABEL[contender]}: ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, ${m.rssMb.toFixed(0)} MB peak RSS`,
    `${m.requests} requests${m.proxy ? ` over ${m.proxy.connections} connections` : ""}, ${m.commits} commit(s)`,
    `${mb(m.storageBytes)} MB to storage, ${mb(m.commitBytes)} MB of commit bodies`,
    `emulator CPU ${m.emulatorCpu.toFixed(2)} s`,
  ];
  if (m.floorNote) parts.push(`floor: ${m.floorNote}`);
  return parts.join("; ");
}

function mb(bytes: number): string {
  return Number.isNaN(bytes) ? "?" : (bytes / MB).toFixed(1);
}

function renderReport(
  rows: Row[],
  options: Options,
  elapsedSeconds: number,
  calibration?: string,
  nodeStart?: number,
): string {
  const cpu = os.cpus();
  const lines = [
    "# Upload benchmark",
    "",
    `Measured ${new Date().toISOString()} on ${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}; the run took ${elapsedSeconds} s` +
      (options.only.length > 0 ? ` (only ${options.only.join(", ")})` : "") +
      ".",
    "",
    ...HEADER(options),
    "",
  ];
  if (writtenBytes > 0) {
    lines.push(
      `This machine wrote the test files' ${(writtenBytes / MB).toFixed(0)} MB of fresh random data at ` +
        `${(writtenBytes / MB / writeSeconds).toFixed(0)} MB/s (into its page cache; the emulator's storage writes every byte it receives the same way).`,
      "",
    );
  }
  if (calibration) lines.push(`Proxy check (wan): ${calibration}.`, "");
  const receive = rows.find((row) => row.scenario.floorMode === "large" && row.scenario.data === "big");
  const floorRun = receive?.results.floor.floor;
  if (receive && floorRun?.putSeconds && floorRun.bytes) {
    const m = receive.results.floor;
    lines.push(
      `**Emulator storage receive rate: ${(floorRun.bytes / MB / floorRun.putSeconds).toFixed(0)} MB/s** (one raw PUT of ` +
        `the 1 GiB file straight to its storage, ${floorRun.putSeconds.toFixed(2)} s; the emulator's CPU over the whole ` +
        `floor run, batch call and PUT: ${m.emulatorCpu.toFixed(2)} s).`,
      "",
    );
  }
  lines.push(
    "| profile | scenario | (a) wall s | (a) CPU s | (a) RSS MB | (b) wall s | (b) CPU s | (b) RSS MB | (c) wall s | (c) CPU s | (c) RSS MB | a/c wall | a/c CPU | a/b wall | (a) requests | (a) commits | (b) commits |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const { profile, scenario, results } of rows) {
    const { action: a, jsClient: b, floor: c } = results;
    const cells = [a, b, c].flatMap((m) => [m.wall.toFixed(2), m.cpu.toFixed(2), m.rssMb.toFixed(0)]);
    const ratios = [a.wall / c.wall, a.cpu / c.cpu, a.wall / b.wall].map((r) => r.toFixed(2));
    const requests = `${a.requests}${a.proxy ? ` (${a.proxy.connections} conn.)` : ""}`;
    lines.push(
      `| ${profile} | ${scenario.name} | ${[...cells, ...ratios, requests, a.commits, b.commits].join(" | ")} |`,
    );
  }
  lines.push("", ...spread(rows, options.repeat));
  lines.push("", "Floors (c):", "");
  for (const { profile, scenario, results } of rows)
    lines.push(`- ${profile}, ${scenario.name}: ${results.floor.floorNote}`);
  lines.push(...minimalClient(rows));
  lines.push("", "## Targets", "", ...targets(rows), "", ...notes(rows, nodeStart, options.wan), "");
  return lines.join("\n");
}

/** Lowest-highest of some values, or the one value when they agree at this precision. */
function range(values: number[], digits = 2): string {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}-${high}`;
}

/** Wall-time ratios round by round (each round's turns paired), as a range. */
function perRound(rows: Measurement[], over: Measurement[]): string {
  return range(rows.map((m, round) => m.wall / over[round].wall));
}

/** The run-to-run spread: each contender's wall time over the rounds, and each round's ratios (its turns paired). */
function spread(rows: Row[], repeat: number): string[] {
  const lines = [
    `Run-to-run spread over the ${repeat} round(s): lowest-highest wall time of each contender, and of the ratios`,
    "taken round by round (each round's turns paired), and the action's lowest-highest peak RSS.",
    "",
    "| profile | scenario | (a) wall s | (b) wall s | (c) wall s | a/c wall | a/b wall | (a) RSS MB |",
    "|---|---|--:|--:|--:|--:|--:|--:|",
  ];
  for (const { profile, scenario, samples } of rows) {
    const { action: a, jsClient: b, floor: c } = samples;
    const walls = [a, b, c].map((runs) => range(runs.map((m) => m.wall)));
    const rss = range(
      a.map((m) => m.rssMb),
      0,
    );
    lines.push(`| ${profile} | ${scenario.name} | ${[...walls, perRound(a, c), perRound(a, b), rss].join(" | ")} |`);
  }
  return lines;
}

/** Reference (d) next to the floor and the action: median, lowest-highest, and the ratios round by round. */
function minimalClient(rows: Row[]): string[] {
  const measured = rows.filter((row) => row.results.minimal);
  if (measured.length === 0) return [];
  const lines = [
    "",
    "Reference (d), the minimal client (`bench/minimal-client.js`): the least a whole client process does for these",
    "files, with Node's start and its own file reads, and nothing else (no checks, progress, retries or bundle): one",
    "synchronous walk reading each sample, every preupload call at once, one commit streamed in 120 KiB parts.",
    "Same rounds, its turn after the others'; ranges are lowest-highest, ratios paired round by round.",
    "",
    "| profile | scenario | (d) wall s | (d) CPU s | (d) RSS MB | d/c wall | a/d wall | (d) wall range | d/c by round | a/d by round |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const { profile, scenario, results, samples } of measured) {
    const d = results.minimal!;
    const { action: a, floor: c } = results;
    const cells = [
      d.wall.toFixed(2),
      d.cpu.toFixed(2),
      d.rssMb.toFixed(0),
      (d.wall / c.wall).toFixed(2),
      (a.wall / d.wall).toFixed(2),
      range(samples.minimal.map((m) => m.wall)),
      perRound(samples.minimal, samples.floor),
      perRound(samples.action, samples.minimal),
    ];
    lines.push(`| ${profile} | ${scenario.name} | ${cells.join(" | ")} |`);
  }
  return lines;
}

function targets(rows: Row[]): string[] {
  const out: string[] = [];
  const find = (profile: Profile, id: string) => rows.find((row) => row.profile === profile && row.scenario.id === id);
  const ratio = (value: number) => value.toFixed(2);
  const loopSmall = find("loopback", "2000");
  if (loopSmall) {
    const r = loopSmall.results.action.wall / loopSmall.results.floor.wall;
    out.push(
      verdict("loopback, 2,000 files: the whole action run <= 1.3x the raw emulator time (floor)", r <= 1.3, ratio(r)),
    );
    const d = loopSmall.results.minimal;
    if (d)
      out.push(`  - for scale, the minimal client (d): ${ratio(d.wall / loopSmall.results.floor.wall)}x the floor`);
  }
  const loopBig = find("loopback", "1gib");
  if (loopBig) {
    const r = loopBig.results.action.cpu / loopBig.results.floor.cpu;
    out.push(verdict("loopback, one 1 GiB file: action CPU <= 1.3x floor CPU", r <= 1.3, ratio(r)));
  }
  for (const [id, label] of [
    ["1gib", "one 1 GiB file"],
    ["2000", "2,000 files"],
  ]) {
    const row = find("wan", id);
    if (!row) continue;
    const r = row.results.action.wall / row.results.floor.wall;
    out.push(verdict(`wan, ${label}: action wall <= 1.3x floor`, r <= 1.3, ratio(r)));
  }
  for (const { profile, scenario, results } of rows) {
    const { action: a, jsClient: b } = results;
    out.push(
      verdict(`${profile}, ${scenario.name}: action peak RSS <= 100 MB`, a.rssMb <= 100, `${a.rssMb.toFixed(0)} MB`),
    );
    out.push(
      verdict(
        `${profile}, ${scenario.name}: action faster than @huggingface/hub`,
        a.wall < b.wall,
        `a/b ${ratio(a.wall / b.wall)}`,
      ),
    );
  }
  const unchanged = find("loopback", "2000-unchanged");
  if (unchanged) {
    const a = unchanged.results.action;
    const sent = a.storageBytes + a.commitBytes;
    out.push(
      verdict(
        "loopback, 2,000 files again, unchanged: no byte of file content sent and no commit",
        sent === 0 && a.commits === 0,
        `${mb(a.storageBytes)} MB to storage, ${mb(a.commitBytes)} MB of commit bodies, ${a.commits} commit(s)`,
      ),
    );
  }
  return out;
}

function verdict(target: string, met: boolean, value: string): string {
  return `- ${met ? "met" : "MISSED"}: ${target} (${value})`;
}

const HEADER = ({ wan, repeat }: Options): string[] => [
  "Each contender runs as its own process against a fresh Hub emulator (multipart parts of 64 MiB), which runs in",
  "the benchmark's process on the same cores: (a) the bundled action (`dist/index.js`, default inputs),",
  "(b) `@huggingface/hub` `uploadFiles` called directly (`useXet: false`), (c) the floor (`bench/floor.js`), and for",
  "scale on loopback small files only, (d) a minimal client (`bench/minimal-client.js`, see below).",
  "Wall time is from spawn to exit, Node's start included. CPU is user+system time of the whole process, every",
  "thread (`process.resourceUsage()` read in an `exit` handler by `bench/usage.js`, preloaded into each process);",
  "peak RSS is its VmHWM. MB of memory are 2^20 bytes; MB of data, rates and caps are 10^6 bytes. Large files are",
  "fully random (no repeated block); small files are text, so the Hub keeps them as regular files.",
  `Each scenario ran ${repeat} round(s), the contenders taking turns; every figure is the median over the rounds`,
  "(the spread over the rounds follows the table).",
  "",
  "Profiles:",
  "",
  "- `loopback`: straight to the emulator on 127.0.0.1.",
  `- \`wan\`: through \`bench/throttle-proxy.ts\`, a TCP proxy in its own process: ${wan.latencyMs} ms one way in each`,
  `  direction, ${wan.handshakeRtts} round trip(s) of handshake before a new connection's first byte arrives, uploads capped`,
  `  at ${wan.connectionMBps} MB/s per connection and ${wan.totalMBps} MB/s over all connections (token buckets), downloads uncapped.`,
  "  The emulator names every URL after the Host the client used, so presigned storage URLs go through the proxy",
  "  too. Re-runs upload their first version straight to the emulator, untimed.",
  "",
  "Floors (c): for a large file (the changed re-run too: an LFS object is sent whole), the floor process hashes it",
  "(sha256) and PUTs it raw, once; its wall is sha256 time + PUT time on loopback, sha256 time + bytes / aggregate",
  "cap on wan. Small files on loopback: the emulator's own time for the same preupload requests (256 files each;",
  "all at once or one after another, the faster) and the commit as one NDJSON body prebuilt in memory (the",
  "unchanged re-run: the preuploads only); on wan: the commit body's bytes / per-connection cap + the round trips",
  "that cannot overlap (handshake, one preupload, the commit). The floor's CPU and RSS are its process's (for small",
  "files that includes reading them and building the bodies); on wan that process talks to the emulator directly.",
  "",
  "Requests and commits are counted at the emulator (its request log); `conn.` is TCP connections through the",
  "proxy.",
  "",
  "Options (flag or environment variable):",
  "",
  "- `--only <list>` / `BENCH_ONLY`: a subset, comma-separated: a profile (`loopback`, `wan`), a scenario",
  "  (`1gib`, `8x128mib`, `2000`, `2000-unchanged`, `1gib-changed`) or both (`wan/2000`). A subset leaves",
  "  bench/RESULTS.md alone unless `--write` is given.",
  `- \`--repeat <n>\` / \`BENCH_REPEAT\`: rounds per scenario (default ${DEFAULT_REPEAT}).`,
  "- `--latency-ms` / `BENCH_WAN_LATENCY_MS` (default 20), `--connection-mb-s` / `BENCH_WAN_CONNECTION_MB_S`",
  "  (40), `--total-mb-s` / `BENCH_WAN_TOTAL_MB_S` (160), `--handshake-rtts` / `BENCH_WAN_HANDSHAKE_RTTS` (1).",
];

/** What this run showed about where time goes; every figure comes from the rows above. */
function notes(rows: Row[], nodeStart: number | undefined, wan: WanSettings): string[] {
  const find = (profile: Profile, id: string) => rows.find((row) => row.profile === profile && row.scenario.id === id);
  const s = (value: number) => `${value.toFixed(2)} s`;
  const out = ["## Where the time goes", ""];
  if (nodeStart !== undefined) {
    out.push(
      `- Starting Node with nothing to do and exiting takes ${s(nodeStart)} here: it is in every contender's wall time and`,
      "  in no floor's (timed inside the floor's process, or computed).",
    );
  }
  if (rows.some((row) => row.scenario.floorMode === "large")) {
    out.push(
      "- A large file cannot be sent before its sha256 is known (the LFS batch call needs it): every client pays hashing",
      "  plus sending, which is what the floor does.",
    );
  }
  const loopBig = find("loopback", "1gib");
  if (loopBig) {
    const { action: a, floor: c } = loopBig.results;
    out.push(
      `- loopback, one 1 GiB file: the floor hashed for ${s(c.floor?.hashSeconds ?? NaN)} and PUT for ` +
        `${s(c.floor?.putSeconds ?? NaN)}. The emulator, on the same`,
      `  ${os.cpus().length} cores, used ${s(c.emulatorCpu)} of CPU to receive, hash and write the floor's PUT and ` +
        `${s(a.emulatorCpu)} for the action's upload`,
      `  (${a.requests} requests, 64 MiB parts): on loopback the client and the emulator compete for the cores.`,
    );
  }
  const loopSmall = find("loopback", "2000");
  if (loopSmall) {
    const { action: a, floor: c } = loopSmall.results;
    out.push(
      `- loopback, 2,000 files: at the emulator, the raw preuploads took ${s(c.floor?.preuploadSeconds ?? NaN)} and the ` +
        `prebuilt commit (${mb(c.floor?.commitBytes ?? NaN)} MB)`,
      `  ${s(c.floor?.commitSeconds ?? NaN)}; the action's whole run took ${s(a.wall)} (${s(a.cpu)} of CPU) in ` +
        `${a.requests} requests.`,
    );
  }
  const unchanged = find("loopback", "2000-unchanged");
  if (unchanged) {
    const { action: a, jsClient: b } = unchanged.results;
    out.push(
      `- loopback, unchanged re-run: the action made ${a.requests} requests and ${a.commits} commit(s), sending ` +
        `${mb(a.storageBytes + a.commitBytes)} MB of content;`,
      `  @huggingface/hub made ${b.requests} requests and ${b.commits} commit(s), sending ${mb(b.storageBytes + b.commitBytes)} MB.`,
    );
  }
  const wanBig = find("wan", "1gib");
  if (wanBig) {
    const { action: a, jsClient: b, floor: c } = wanBig.results;
    const send = (c.floor?.bytes ?? NaN) / (wan.totalMBps * MB);
    out.push(
      `- wan, one 1 GiB file: at ${wan.totalMBps} MB/s the bytes alone take ${s(send)}; the action used ` +
        `${a.proxy?.connections ?? "?"} connections`,
      `  (${wan.connectionMBps} MB/s each at most), @huggingface/hub ${b.proxy?.connections ?? "?"}.`,
    );
  }
  const wanSmall = find("wan", "2000");
  if (wanSmall) {
    const { action: a, floor: c } = wanSmall.results;
    const body = (c.floor?.commitBytes ?? NaN) / (wan.connectionMBps * MB);
    out.push(
      `- wan, 2,000 files: one commit body of ${mb(c.floor?.commitBytes ?? NaN)} MB takes ${s(body)} at ` +
        `${wan.connectionMBps} MB/s on its connection; the action made`,
      `  ${a.requests} requests over ${a.proxy?.connections ?? "?"} connection(s).`,
    );
  }
  out.push("- The machines are shared and noisy: read one run's ratios as +/-20%.");
  return out;
}

/** Wall time of a Node process that starts (with the usage preload) and exits: the median of three. */
async function nodeStartTime(): Promise<number> {
  const walls: number[] = [];
  const env = {
    PATH: process.env.PATH ?? "",
    NODE_OPTIONS: `--require ${path.join(ROOT, "bench", "usage.js")}`,
    BENCH_USAGE_FILE: path.join(WORK, "usage.json"),
  };
  for (let i = 0; i < 3; i++) walls.push((await runNode("-e", ["0"], env, ROOT, false)).wall);
  return walls.sort((x, y) => x - y)[1];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
