import { formatBytes, formatProgress, progressLogger } from "../../src/operations/upload/progress";

describe("progress lines", () => {
  it("formats bytes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GiB");
  });

  it("says bytes done, total, rate and time left", () => {
    const line = formatProgress({ phase: "transfer", bytesDone: 100 * 1024 ** 2, bytesTotal: 300 * 1024 ** 2 }, 10);
    expect(line).toBe("transfer: 100.0 MiB / 300.0 MiB at 10.0 MiB/s, 20 s left");
  });

  it("adds how much is hashed while LFS files are still being hashed", () => {
    const line = formatProgress(
      { phase: "transfer", bytesDone: 0, bytesTotal: 0, hashed: { done: 512 * 1024 ** 2, total: 1024 ** 3 } },
      10,
    );
    expect(line).toBe("transfer: 0 B / 0 B at 0 B/s, ETA unknown (hashed 512.0 MiB / 1.0 GiB)");
  });

  it("logs at most once per interval, and starts over with each phase", () => {
    let clock = 0;
    const lines: string[] = [];
    const onProgress = progressLogger(
      (line) => lines.push(line),
      10_000,
      () => clock,
    );
    onProgress({ phase: "inspect", bytesDone: 0, bytesTotal: 10 });
    clock = 5_000;
    onProgress({ phase: "inspect", bytesDone: 5, bytesTotal: 10 });
    clock = 10_000;
    onProgress({ phase: "inspect", bytesDone: 6, bytesTotal: 10 });
    clock = 11_000;
    onProgress({ phase: "transfer", bytesDone: 0, bytesTotal: 10 });
    clock = 21_000;
    onProgress({ phase: "transfer", bytesDone: 10, bytesTotal: 10 });
    expect(lines).toEqual([expect.stringMatching(/^inspect: 6 B/), expect.stringMatching(/^transfer: 10 B/)]);
  });
});
