import type { Reporter } from "../operation";

export type UploadPhase = "inspect" | "transfer" | "commit";

export interface UploadProgress {
  phase: UploadPhase;
  /** Inspect: files the Hub answered for; transfer and commit: bytes that went on the wire. */
  done: number;
  /** Inspect: files to ask about; transfer: LFS bytes to send (known so far); commit: the body's bytes. */
  total: number;
  /** Transfer: LFS bytes hashed so far, of those known to need hashing. */
  hashed?: { done: number; total: number };
  /** Commit: the changes it holds. */
  changes?: number;
}

const DEFAULT_INTERVAL_MS = 10_000;

const PHASE_TITLES: Record<UploadPhase, (progress: UploadProgress) => string> = {
  inspect: (progress) => `Inspect ${progress.total} file(s) (preupload)`,
  transfer: () => "Hash and upload LFS files",
  commit: (progress) => `Commit ${progress.changes ?? 0} change(s)`,
};

export interface PhaseLogger {
  (progress: UploadProgress): void;
  /** Ends the last phase's group and its progress lines. */
  stop(): void;
}

/**
 * Opens a log group per upload phase and logs its progress inside at least every 10 s while the phase lasts,
 * also when nothing moved since the last line (a stalled upload says so).
 */
export function phaseLogger(reporter: Reporter, intervalMs = DEFAULT_INTERVAL_MS): PhaseLogger {
  const progressLine = progressLogger((line) => reporter.info(line), intervalMs);
  let phase: UploadPhase | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  const stop = (): void => {
    clearInterval(heartbeat);
    heartbeat = undefined;
    if (phase) reporter.endGroup();
    phase = undefined;
  };
  const logger = (progress: UploadProgress): void => {
    if (progress.phase !== phase) {
      stop();
      phase = progress.phase;
      reporter.startGroup(PHASE_TITLES[progress.phase](progress));
      // A timer of its own: the job must not wait for it to end.
      heartbeat = setInterval(() => progressLine.tick(), intervalMs).unref();
    }
    progressLine.update(progress);
  };
  return Object.assign(logger, { stop });
}

export interface ProgressLines {
  /** Takes the latest progress; logs it when the last line is an interval old. */
  update(progress: UploadProgress): void;
  /** Logs the latest progress when the last line is an interval old, even if nothing moved. */
  tick(): void;
}

/** Turns progress events into a log line at most, and while a phase lasts at least, every interval. */
export function progressLogger(
  log: (message: string) => void,
  intervalMs = DEFAULT_INTERVAL_MS,
  now: () => number = Date.now,
): ProgressLines {
  let latest: UploadProgress | undefined;
  let phaseStart = 0;
  let lastLine = 0;
  const tick = (): void => {
    const time = now();
    if (!latest || time - lastLine < intervalMs) return;
    lastLine = time;
    log(formatProgress(latest, (time - phaseStart) / 1000));
  };
  return {
    update: (progress) => {
      if (progress.phase !== latest?.phase) phaseStart = lastLine = now();
      latest = progress;
      tick();
    },
    tick,
  };
}

export function formatProgress(progress: UploadProgress, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? progress.done / elapsedSeconds : 0;
  const remaining = Math.max(0, progress.total - progress.done);
  const eta = rate > 0 ? `${Math.ceil(remaining / rate)} s left` : "ETA unknown";
  switch (progress.phase) {
    case "inspect":
      return `inspect: ${progress.done} / ${progress.total} file(s) answered, ${eta}`;
    case "commit":
      if (progress.total > 0 && progress.done >= progress.total) {
        return `commit: ${formatBytes(progress.total)} sent in ${Math.round(elapsedSeconds)} s, waiting for the Hub to apply it`;
      }
      break;
    case "transfer":
      break;
  }
  const hashed = progress.hashed
    ? ` (hashed ${formatBytes(progress.hashed.done)} / ${formatBytes(progress.hashed.total)})`
    : "";
  return `${progress.phase}: ${formatBytes(progress.done)} / ${formatBytes(progress.total)} at ${formatBytes(rate)}/s, ${eta}${hashed}`;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
