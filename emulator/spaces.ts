/**
 * Space runtimes: each Space's stage, hardware, sleep time, secrets, variables and build/run logs. A commit to a
 * Space's `main` (and a restart) plays a build out over `buildMs`: BUILDING -> APP_STARTING -> RUNNING (the
 * RUNNING_* forms while a running app is rebuilt), or stops at CONFIG_ERROR / NO_APP_FILE at once, or at
 * BUILD_ERROR when the build time is over. Logs are kept per build and per run, and streamed to subscribers.
 */
import { FREE_FLAVOR, FREE_SLEEP_SECONDS } from "./space-hardware";
import { planBuild } from "./space-build";
import { DEFAULT_BRANCH, type Commit, type Repo } from "./repos";

export const SPACE_STAGES = [
  "NO_APP_FILE",
  "CONFIG_ERROR",
  "BUILDING",
  "BUILD_ERROR",
  "APP_STARTING",
  "RUNNING",
  "RUNNING_BUILDING",
  "RUNNING_APP_STARTING",
  "RUNTIME_ERROR",
  "PAUSED",
  "STOPPED",
  "DELETING",
] as const;
export type SpaceStage = (typeof SPACE_STAGES)[number];

/** Stages in which an app is up (the RUNNING_* ones serve the previous build while the next one runs). */
const APP_UP: readonly SpaceStage[] = ["RUNNING", "RUNNING_BUILDING", "RUNNING_APP_STARTING"];

export interface LogLine {
  data: string;
  timestamp: string;
}

export interface LogListener {
  line(line: LogLine): void;
  end(): void;
}

/** One build's or one run's log: lines so far, and whether more may come. */
export class LogStream {
  readonly lines: LogLine[] = [];
  private readonly listeners = new Set<LogListener>();

  constructor(public open = true) {}

  push(data: string): void {
    if (!this.open) return;
    const line = { data, timestamp: new Date().toISOString() };
    this.lines.push(line);
    for (const listener of this.listeners) listener.line(line);
  }

  end(): void {
    if (!this.open) return;
    this.open = false;
    for (const listener of this.listeners) listener.end();
    this.listeners.clear();
  }

  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface EnvEntry {
  value: string;
  description?: string;
  updatedAt: Date;
}

export interface EnvInput {
  key: string;
  value: string;
  description?: string;
}

/** Settings given at creation or duplication, already validated. */
export interface SpaceSettings {
  hardware?: string;
  sleepTime?: number;
  secrets?: EnvInput[];
  variables?: EnvInput[];
}

/** What `--data` keeps of a Space across restarts. */
export interface SavedSpace {
  hardware: string;
  sleepTime: number | null;
  secrets: [string, { value: string; description?: string; updatedAt: string }][];
  variables: [string, { value: string; description?: string; updatedAt: string }][];
  paused: boolean;
}

class SpaceState {
  requestedHardware = FREE_FLAVOR;
  currentHardware: string | null = null;
  /** Seconds, as set; -1 (never) and unset both answer `gcTimeout: null` on upgraded hardware. */
  sleepTime: number | null = null;
  readonly secrets = new Map<string, EnvEntry>();
  readonly variables = new Map<string, EnvEntry>();
  stage: SpaceStage = "BUILDING";
  errorMessage?: string;
  sha?: string;
  buildLog = new LogStream(false);
  runLog = new LogStream(false);
  timers: NodeJS.Timeout[] = [];
}

/** `<namespace>-<name>` as the Hub names a Space's host: lower case, `_` and `.` turned into `-`. */
export function spaceSubdomain(id: string): string {
  return id.replace("/", "-").toLowerCase().replace(/[_.]/g, "-");
}

export interface SpaceRuntimeOptions {
  /** How long a build takes from BUILDING to RUNNING; default 1000 ms. */
  buildMs?: number;
  /** Interval of the empty `data:` events on log streams that stay open; default 15 s. */
  keepAliveMs?: number;
}

export class SpaceRuntimes {
  readonly buildMs: number;
  readonly keepAliveMs: number;
  private readonly states = new Map<Repo, SpaceState>();

  constructor(options: SpaceRuntimeOptions = {}) {
    this.buildMs = options.buildMs ?? 1000;
    this.keepAliveMs = options.keepAliveMs ?? 15_000;
  }

  private state(repo: Repo): SpaceState {
    let state = this.states.get(repo);
    if (!state) {
      state = new SpaceState();
      this.states.set(repo, state);
    }
    return state;
  }

  /** A new Space (created or duplicated): its settings, then the build of its first commit. */
  create(repo: Repo, commit: Commit, settings: SpaceSettings = {}): void {
    const state = this.state(repo);
    if (settings.hardware) state.requestedHardware = settings.hardware;
    if (settings.sleepTime !== undefined) state.sleepTime = settings.sleepTime;
    for (const input of settings.secrets ?? []) this.setEnv(state.secrets, input);
    for (const input of settings.variables ?? []) this.setEnv(state.variables, input);
    this.build(repo, commit, true);
  }

  /** Commits to the default branch rebuild the Space; other branches and PRs do not, nor does a paused Space. */
  onCommit(repo: Repo, branch: string, commit: Commit): void {
    if (repo.type !== "space" || branch !== DEFAULT_BRANCH) return;
    if (this.state(repo).stage === "PAUSED") return;
    this.build(repo, commit, false);
  }

  restart(repo: Repo): void {
    const head = repo.head();
    if (head) this.build(repo, head, true);
  }

  pause(repo: Repo): void {
    const state = this.state(repo);
    this.stop(state);
    state.stage = "PAUSED";
    state.errorMessage = undefined;
  }

  requestHardware(repo: Repo, flavor: string, sleepTime: number | undefined): void {
    const state = this.state(repo);
    const changed = flavor !== state.requestedHardware;
    state.requestedHardware = flavor;
    if (sleepTime !== undefined) state.sleepTime = sleepTime;
    else if (flavor === FREE_FLAVOR) state.sleepTime = null;
    // Moving to other hardware reloads the Space there; a paused Space stays paused.
    const head = repo.head();
    if (changed && head && state.stage !== "PAUSED") this.build(repo, head, false);
  }

  setSleepTime(repo: Repo, seconds: number): void {
    this.state(repo).sleepTime = seconds;
  }

  requestedHardware(repo: Repo): string {
    return this.state(repo).requestedHardware;
  }

  secrets(repo: Repo): Map<string, EnvEntry> {
    return this.state(repo).secrets;
  }

  variables(repo: Repo): Map<string, EnvEntry> {
    return this.state(repo).variables;
  }

  setEnv(entries: Map<string, EnvEntry>, input: EnvInput): void {
    entries.set(input.key, {
      value: input.value,
      ...(input.description !== undefined && { description: input.description }),
      updatedAt: new Date(),
    });
  }

  logStream(repo: Repo, which: "build" | "run"): LogStream {
    const state = this.state(repo);
    return which === "build" ? state.buildLog : state.runLog;
  }

  /** Test hook: put a Space in any stage, with an error message and run log lines (a crash, say). */
  force(repo: Repo, stage: SpaceStage, errorMessage: string | undefined, runLog: string[]): void {
    const state = this.state(repo);
    this.cancelTimers(state);
    state.buildLog.end();
    if (!state.runLog.open) state.runLog = new LogStream();
    for (const line of runLog) state.runLog.push(line);
    if (!APP_UP.includes(stage) && stage !== "APP_STARTING") {
      state.runLog.end();
      state.currentHardware = null;
    } else state.currentHardware ??= state.requestedHardware;
    state.stage = stage;
    state.errorMessage = errorMessage;
    state.sha ??= repo.head()?.id;
  }

  /** The repo is gone: stop its build and close its log streams. */
  forget(repo: Repo): void {
    const state = this.states.get(repo);
    if (!state) return;
    this.stop(state);
    this.states.delete(repo);
  }

  close(): void {
    for (const state of this.states.values()) this.stop(state);
  }

  /** `GET /api/spaces/{id}/runtime`. */
  runtime(repo: Repo): Record<string, unknown> {
    const state = this.state(repo);
    const free = state.requestedHardware === FREE_FLAVOR;
    const sleepTime = state.sleepTime === -1 ? null : state.sleepTime;
    return {
      stage: state.stage,
      hardware: { current: state.currentHardware, requested: state.requestedHardware },
      storage: null,
      gcTimeout: free ? FREE_SLEEP_SECONDS : sleepTime,
      replicas: { requested: 1 },
      devMode: false,
      domains: [{ domain: `${spaceSubdomain(repo.id)}.hf.space`, stage: "READY" }],
      ...(state.sha && { sha: state.sha }),
      ...(state.errorMessage && { errorMessage: state.errorMessage }),
    };
  }

  save(repo: Repo): SavedSpace | undefined {
    const state = this.states.get(repo);
    if (!state) return undefined;
    const saved = (entries: Map<string, EnvEntry>) =>
      [...entries].map(([key, { updatedAt, ...rest }]) => [key, { ...rest, updatedAt: updatedAt.toISOString() }]) as [
        string,
        { value: string; description?: string; updatedAt: string },
      ][];
    return {
      hardware: state.requestedHardware,
      sleepTime: state.sleepTime,
      secrets: saved(state.secrets),
      variables: saved(state.variables),
      paused: state.stage === "PAUSED",
    };
  }

  /** After a restart of the emulator: the saved settings, then PAUSED or a fresh build of `main`. */
  restore(repo: Repo, saved: SavedSpace | undefined): void {
    const state = this.state(repo);
    if (saved) {
      state.requestedHardware = saved.hardware;
      state.sleepTime = saved.sleepTime;
      for (const [key, entry] of saved.secrets)
        state.secrets.set(key, { ...entry, updatedAt: new Date(entry.updatedAt) });
      for (const [key, entry] of saved.variables) {
        state.variables.set(key, { ...entry, updatedAt: new Date(entry.updatedAt) });
      }
    }
    const head = repo.head();
    if (saved?.paused) {
      state.stage = "PAUSED";
      state.sha = head?.id;
    } else if (head) this.build(repo, head, true);
  }

  /**
   * Starts the build of `commit`. `fresh` (creation, restart) stops the app first; otherwise a running app keeps
   * serving, and the stages read RUNNING_BUILDING / RUNNING_APP_STARTING until the new one is up.
   */
  private build(repo: Repo, commit: Commit, fresh: boolean): void {
    const state = this.state(repo);
    this.cancelTimers(state);
    const appWasUp = !fresh && APP_UP.includes(state.stage);
    state.buildLog.end();
    state.buildLog = new LogStream();
    state.sha = commit.id;
    state.errorMessage = undefined;
    const plan = planBuild(commit);
    if (plan.kind !== "build") {
      state.buildLog.end();
      this.stopApp(state);
      state.stage = plan.kind === "config-error" ? "CONFIG_ERROR" : "NO_APP_FILE";
      if (plan.kind === "config-error") state.errorMessage = plan.message;
      return;
    }
    if (!appWasUp) this.stopApp(state);
    state.stage = appWasUp ? "RUNNING_BUILDING" : "BUILDING";
    const [first, ...rest] = plan.lines;
    state.buildLog.push(first);
    const buildEnd = this.buildMs / 2;
    rest.forEach((line, index) =>
      this.at(state, ((index + 1) * buildEnd) / (rest.length + 1), () => state.buildLog.push(line)),
    );
    this.at(state, buildEnd, () => {
      if (plan.error) {
        for (const line of plan.error.lines) state.buildLog.push(line);
        state.buildLog.end();
        this.stopApp(state);
        state.stage = "BUILD_ERROR";
        state.errorMessage = plan.error.message;
        return;
      }
      state.buildLog.end();
      state.runLog.end();
      state.runLog = new LogStream();
      state.runLog.push(`===== Application Startup at ${new Date().toISOString()} =====`);
      state.currentHardware = state.requestedHardware;
      state.stage = appWasUp ? "RUNNING_APP_STARTING" : "APP_STARTING";
      this.at(state, this.buildMs - buildEnd, () => {
        for (const line of plan.runLines) state.runLog.push(line);
        state.stage = "RUNNING";
      });
    });
  }

  private at(state: SpaceState, ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      state.timers = state.timers.filter((t) => t !== timer);
      action();
    }, ms);
    timer.unref();
    state.timers.push(timer);
  }

  private cancelTimers(state: SpaceState): void {
    for (const timer of state.timers) clearTimeout(timer);
    state.timers = [];
  }

  private stopApp(state: SpaceState): void {
    state.runLog.end();
    state.currentHardware = null;
  }

  private stop(state: SpaceState): void {
    this.cancelTimers(state);
    state.buildLog.end();
    this.stopApp(state);
  }
}
