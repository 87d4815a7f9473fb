import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeSummary } from "../../src/action/summary";
import { summary } from "../../src/action/toolkit";
import type { UploadFile } from "../../src/operations/upload/file";
import { type UploadOutcome, uploadReport } from "../../src/operations/upload/report";

const repo = { type: "model" as const, namespace: "alice", name: "bench" };

function outcome(fileCount: number, deleted: string[]): UploadOutcome {
  const files: UploadFile[] = Array.from({ length: fileCount }, (_, i) => ({
    localPath: `/w/f${i}.txt`,
    pathInRepo: `f${i}.txt`,
    size: 2048,
    storage: "regular",
    outcome: "uploaded",
  }));
  const selection = { files, destinationFolder: "", singleFile: false, unmatched: [] };
  const commits = [{ sha: "a".repeat(40), url: "http://hub/alice/bench/commit/a" }];
  return { selection, files, deleted, commits, landedOn: "main" };
}

const tableOf = (fileCount: number, deleted: string[] = []) =>
  uploadReport("http://hub", { repo, revision: "main" }, outcome(fileCount, deleted)).table!;

describe("the upload's file table", () => {
  it("shows 500 rows and counts the rest, deletions included", () => {
    const table = tableOf(600, ["old-1.bin", "old-2.bin"]);
    expect(table.rows).toHaveLength(501);
    expect(table.rows[499]).toEqual(["f499.txt", "2.0 KiB", "regular", "uploaded"]);
    expect(table.rows[500]).toEqual(["... and 102 more", "", "", ""]);
  });

  it("lists deletions after the files while there is room", () => {
    const table = tableOf(499, ["old-1.bin", "old-2.bin"]);
    expect(table.rows.slice(498)).toEqual([
      ["f498.txt", "2.0 KiB", "regular", "uploaded"],
      ["old-1.bin", "", "", "deleted"],
      ["... and 1 more", "", "", ""],
    ]);
  });

  it("has no table when nothing was selected", () => {
    expect(uploadReport("http://hub", { repo, revision: "main" }, outcome(0, [])).table).toBeUndefined();
  });
});

describe("the job summary", () => {
  let dir: string;
  const saved = process.env.GITHUB_STEP_SUMMARY;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "summary-"));
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, "summary.md");
    await writeFile(process.env.GITHUB_STEP_SUMMARY, "");
    // The toolkit's summary caches the first file it saw.
    (summary as unknown as { _filePath?: string })._filePath = undefined;
    summary.emptyBuffer();
  });

  afterEach(async () => {
    process.env.GITHUB_STEP_SUMMARY = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it("escapes file names and links as HTML", async () => {
    await writeSummary("upload-file", {
      outputs: {},
      headline: "done",
      links: [{ label: "Folder", url: 'http://hub/a?x=1&y="2"' }],
      table: { header: ["File"], rows: [['<b>&"x".txt']] },
    });
    const html = await readFile(process.env.GITHUB_STEP_SUMMARY!, "utf8");
    expect(html).toContain("&lt;b&gt;&amp;&quot;x&quot;.txt");
    expect(html).toContain('href="http://hub/a?x=1&amp;y=&quot;2&quot;"');
    expect(html).not.toContain("<b>");
  });
});
