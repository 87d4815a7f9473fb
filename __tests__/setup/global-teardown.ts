import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The line coverage every src/ file should reach; the enforced threshold is in jest.config.js. */
const TARGET = 90;

type CoverageSummary = Record<string, { lines: { pct: number } }>;

/** Jest's globalTeardown: after a coverage run, one line naming the src/ files still under the target. */
export default function globalTeardown(config: {
  collectCoverage: boolean;
  coverageDirectory: string;
  rootDir: string;
}): void {
  const file = path.join(config.coverageDirectory, "coverage-summary.json");
  if (!config.collectCoverage || !existsSync(file)) return;
  const summary = JSON.parse(readFileSync(file, "utf8")) as CoverageSummary;
  const below = Object.entries(summary)
    .filter(([name, { lines }]) => name !== "total" && lines.pct < TARGET)
    .map(([name, { lines }]) => `${path.relative(config.rootDir, name)} ${lines.pct}%`);
  // stderr, like the rest of jest's report: stdout may carry --json.
  if (below.length) process.stderr.write(`Line coverage under ${TARGET}%: ${below.join(", ")}\n`);
}
