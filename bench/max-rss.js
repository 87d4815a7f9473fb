// Preloaded into each measured process: records its peak RSS (KiB) where the bench asked.
// VmHWM is this process image's own high-water mark; getrusage's maxRSS would also count the
// benchmark's RSS at fork time, which Linux carries across exec.
const { readFileSync, writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
  writeFileSync(process.env.BENCH_RSS_FILE, match ? match[1] : String(process.resourceUsage().maxRSS));
});
