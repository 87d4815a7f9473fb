import * as core from "./toolkit";
import type { ReportedFailure } from "../operations/errors";
import type { OperationResult } from "../operations/operation";

/** Writes the job summary when the runner provides one (GITHUB_STEP_SUMMARY). */
export async function writeSummary(operation: string, result: OperationResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading(`Hugging Face Hub: ${operation}`, 3).addRaw(result.headline, true);
  summary.addList(
    result.links.map((link) => `${link.label}: <a href="${escapeHtml(link.url)}">${escapeHtml(link.url)}</a>`),
  );
  if (result.table) {
    summary.addTable([
      result.table.header.map((data) => ({ data, header: true })),
      ...result.table.rows.map((row) => row.map(escapeHtml)),
    ]);
  }
  await summary.write();
}

const HTML_SPECIAL = /[&<>"]/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (char) => HTML_ENTITY[char]);
}

/** The job summary of a failed run that had something to show, such as a Space's build log. */
export async function writeFailureSummary(operation: string, report: ReportedFailure["report"]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const [title, ...lines] = report.lines;
  await core.summary
    .addHeading(`Hugging Face Hub: ${operation} failed`, 3)
    .addRaw(escapeHtml(report.headline), true)
    .addDetails(escapeHtml(title ?? "Log"), `<pre>${escapeHtml(lines.join("\n"))}</pre>`)
    .write();
}
