import type { Reporter } from "../operation";

export type UploadPhase = "inspect" | "transfer" | "commit";

export interface UploadProgress {
  phase: UploadPhase;
  /** Inspect: files asked about; transfer: bytes that went on the wire; commit: changes. */
  bytesDone: number;
  bytesTotal: number;
  /** Transfer: LFS bytes hashed so far, of those known to need hashing. */
  hashed?: { done: number; total: number };
}

const DEFAULT_INTERVAL_MS = 10_000;

const PHASE_TITLES: Record<UploadPhase, (total: number) => string> = {
  inspect: (files) => `Inspect ${files} file(s) (preupload)`,
  transfer: () => "Hash and upload LFS files",
  commit: (operations) => `Commit ${operations} change(s)`,
};

/** Opens a log group per upload phase and logs progress inside it at most every 10 s. */
export function phaseLogger(reporter: Reporter): (progress: UploadProgress) => void {
  const logProgress = progressLogger((line) => reporter.info(line));
  let phase: string | undefined;
  return (progress) => {
    if (progress.phase !== phase) {
      if (phase) reporter.endGroup();
      phase = progress.phase;
      reporter.startGroup(PHASE_TITLES[progress.phase](progress.bytesTotal));
    }
    logProgress(progress);
  };
}

/** Turns a stream of progress events into a log line at most every interval: bytes, rate and ETA. */
export function progressLogger(
  log: (message: string) => void,
  intervalMs = DEFAULT_INTERVAL_MS,
  now: () => number = Date.now,
): (progress: UploadProgress) => void {
  let phase = "";
  let phaseStart = 0;
  let lastLine = 0;
  return (progress) => {
    const time = now();
    if (progress.phase !== phase) {
      phase = progress.phase;
      phaseStart = lastLine = time;
      return;
    }
    if (time - lastLine < intervalMs) return;
    lastLine = time;
    log(formatProgress(progress, (time - phaseStart) / 1000));
  };
}

export function formatProgress(progress: UploadProgress, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? progress.bytesDone / elapsedSeconds : 0;
  const remaining = Math.max(0, progress.bytesTotal - progress.bytesDone);
  const eta = rate > 0 ? `${Math.ceil(remaining / rate)} s left` : "ETA unknown";
  const hashed = progress.hashed
    ? ` (hashed ${formatBytes(progress.hashed.done)} / ${formatBytes(progress.hashed.total)})`
    : "";
  return `${progress.phase}: ${formatBytes(progress.bytesDone)} / ${formatBytes(progress.bytesTotal)} at ${formatBytes(rate)}/s, ${eta}${hashed}`;
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
