// Preloaded (NODE_OPTIONS=--require) into each measured process: on exit it writes what the process used to the
// file BENCH_USAGE_FILE names, as JSON: peak RSS (KiB) and CPU time (user and system, seconds).
// - Peak RSS is VmHWM, this process image's own high-water mark; getrusage's maxRSS would also count the
//   benchmark's RSS at fork time, which Linux carries across exec.
// - CPU is process.resourceUsage(), getrusage(RUSAGE_SELF): every thread of the process (main thread, libuv's
//   thread pool, V8's GC and compiler threads), read in the 'exit' handler, so only the last microseconds of
//   teardown are missed. None of the contenders starts child processes, whose time this would not count.
const { readFileSync, writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (!process.env.BENCH_USAGE_FILE) return;
  const usage = process.resourceUsage();
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
  writeFileSync(
    process.env.BENCH_USAGE_FILE,
    JSON.stringify({
      peakRssKiB: match ? Number(match[1]) : usage.maxRSS,
      userSeconds: usage.userCPUTime / 1e6,
      systemSeconds: usage.systemCPUTime / 1e6,
    }),
  );
});
