import type { HubConnection } from "../hub/connection";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { sleep } from "../hub/retry";
import { INTERMEDIATE_STAGES, type SpaceRuntime, type SpaceStage, spaceLogLines, spaceRuntime } from "../hub/spaces";
import { OptionError, ReportedFailure } from "./errors";
import type { Reporter } from "./operation";

// The Python client's wait_for_space polls every second too.
const POLL_MS = 1000;
const PROGRESS_EVERY_MS = 10_000;
const LOG_TAIL_LINES = 40;
// A live log's event stream never ends: read what it holds for this long.
const LOG_READ_MS = 2000;
const FAILED_STAGES: readonly SpaceStage[] = ["BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE"];

export interface SpaceWait {
  timeoutMs: number;
  /** The commit whose build to wait for: an older build's stage does not count. */
  sha?: string;
}

/**
 * Polls the Space's runtime until its stage is no longer intermediate, logging the stage at least every 10 s;
 * a failed stage fails with the last lines of the build (or run) log, in the log and in the job summary.
 */
export async function waitForSpace(
  connection: HubConnection,
  reporter: Reporter,
  space: RepoRef,
  wait: SpaceWait,
): Promise<SpaceRuntime> {
  const started = Date.now();
  let lastLine = started;
  for (;;) {
    const runtime = await spaceRuntime(connection, space);
    const ours = !wait.sha || !runtime.sha || runtime.sha === wait.sha;
    if (ours && !INTERMEDIATE_STAGES.includes(runtime.stage)) {
      if (FAILED_STAGES.includes(runtime.stage)) await failWithLog(connection, reporter, space, runtime);
      return runtime;
    }
    const waited = Date.now() - started;
    if (waited >= wait.timeoutMs) {
      throw new OptionError(
        "waitTimeout",
        `${repoId(space)} was still ${runtime.stage} after ${Math.round(waited / 1000)} s. Raise wait_timeout, or look at the Space's build log.`,
      );
    }
    if (Date.now() - lastLine >= PROGRESS_EVERY_MS) {
      lastLine = Date.now();
      reporter.info(`Waiting for ${repoId(space)}: ${runtime.stage} after ${Math.round(waited / 1000)} s`);
    }
    await sleep(Math.min(POLL_MS, Math.max(0, wait.timeoutMs - waited)));
  }
}

async function failWithLog(
  connection: HubConnection,
  reporter: Reporter,
  space: RepoRef,
  runtime: SpaceRuntime,
): Promise<never> {
  const kind = runtime.stage === "RUNTIME_ERROR" ? "run" : "build";
  const lines = (await spaceLogLines(connection, space, kind, LOG_READ_MS).catch(() => [])).slice(-LOG_TAIL_LINES);
  const title = `The last lines of ${repoId(space)}'s ${kind} log`;
  reporter.startGroup(title);
  for (const line of lines) reporter.info(line);
  reporter.endGroup();
  const why = runtime.errorMessage ? `: ${runtime.errorMessage}` : "";
  throw new ReportedFailure(
    `the Space stopped at ${runtime.stage}${why}. ${lines.length ? `The ${kind} log's last lines are in the step's log and the job summary.` : `Its ${kind} log was empty.`}`,
    { headline: `${repoId(space)} stopped at ${runtime.stage}${why}`, lines: [title, ...lines] },
  );
}
