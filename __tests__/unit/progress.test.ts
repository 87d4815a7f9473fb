import type { Reporter } from "../../src/operations/operation";
import { formatBytes, formatProgress, phaseLogger, progressLogger } from "../../src/operations/upload/progress";

describe("progress lines", () => {
  it("formats bytes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GiB");
  });

  it("says bytes done, total, rate and time left", () => {
    const line = formatProgress({ phase: "transfer", done: 100 * 1024 ** 2, total: 300 * 1024 ** 2 }, 10);
    expect(line).toBe("transfer: 100.0 MiB / 300.0 MiB at 10.0 MiB/s, 20 s left");
  });

  it("adds how much is hashed while LFS files are still being hashed", () => {
    const line = formatProgress(
      { phase: "transfer", done: 0, total: 0, hashed: { done: 512 * 1024 ** 2, total: 1024 ** 3 } },
      10,
    );
    expect(line).toBe("transfer: 0 B / 0 B at 0 B/s, ETA unknown (hashed 512.0 MiB / 1.0 GiB)");
  });

  it("counts files while inspecting, and commit body bytes until the Hub has them all", () => {
    expect(formatProgress({ phase: "inspect", done: 1024, total: 4096 }, 2)).toBe(
      "inspect: 1024 / 4096 file(s) answered, 6 s left",
    );
    expect(formatProgress({ phase: "commit", done: 50 * 1024 ** 2, total: 200 * 1024 ** 2, changes: 3 }, 5)).toBe(
      "commit: 50.0 MiB / 200.0 MiB at 10.0 MiB/s, 15 s left",
    );
    expect(formatProgress({ phase: "commit", done: 200 * 1024 ** 2, total: 200 * 1024 ** 2 }, 21)).toBe(
      "commit: 200.0 MiB sent in 21 s, waiting for the Hub to apply it",
    );
  });

  /** A progress logger on a clock the test moves, and the lines it logged. */
  function onClock() {
    const test = { clock: 0, lines: [] as string[] };
    const progress = progressLogger(
      (line) => test.lines.push(line),
      10_000,
      () => test.clock,
    );
    return { test, progress };
  }

  it("logs at most once per interval, and starts over with each phase", () => {
    const { test, progress } = onClock();
    progress.update({ phase: "inspect", done: 0, total: 10 });
    test.clock = 5_000;
    progress.update({ phase: "inspect", done: 5, total: 10 });
    test.clock = 10_000;
    progress.update({ phase: "inspect", done: 6, total: 10 });
    test.clock = 11_000;
    progress.update({ phase: "transfer", done: 0, total: 10 });
    test.clock = 21_000;
    progress.update({ phase: "transfer", done: 10, total: 10 });
    expect(test.lines).toEqual([expect.stringMatching(/^inspect: 6 \/ 10/), expect.stringMatching(/^transfer: 10 B/)]);
  });

  it("still logs every interval while nothing moves", () => {
    const { test, progress } = onClock();
    progress.tick();
    progress.update({ phase: "transfer", done: 1024, total: 4096 });
    test.clock = 9_000;
    progress.tick();
    test.clock = 10_000;
    progress.tick();
    test.clock = 20_000;
    progress.tick();
    expect(test.lines).toEqual([
      "transfer: 1.0 KiB / 4.0 KiB at 102.4 B/s, 30 s left",
      "transfer: 1.0 KiB / 4.0 KiB at 51.2 B/s, 60 s left",
    ]);
  });
});

describe("phaseLogger", () => {
  afterEach(() => jest.useRealTimers());

  it("opens a group per phase, logs a stalled phase on a timer, and stops with the last group", () => {
    jest.useFakeTimers({ now: 0 });
    const log: string[] = [];
    const reporter: Reporter = {
      info: (message) => log.push(message),
      warning: (message) => log.push(`warning ${message}`),
      startGroup: (title) => log.push(`group ${title}`),
      endGroup: () => log.push("end group"),
    };
    const progress = phaseLogger(reporter, 1_000);
    progress({ phase: "inspect", done: 0, total: 3 });
    progress({ phase: "commit", done: 0, total: 0, changes: 3 });
    progress({ phase: "commit", done: 100, total: 400, changes: 3 });
    jest.advanceTimersByTime(2_500);
    progress.stop();
    jest.advanceTimersByTime(5_000);
    expect(log).toEqual([
      "group Inspect 3 file(s) (preupload)",
      "end group",
      "group Commit 3 change(s)",
      "commit: 100 B / 400 B at 100 B/s, 3 s left",
      "commit: 100 B / 400 B at 50 B/s, 6 s left",
      "end group",
    ]);
  });
});
