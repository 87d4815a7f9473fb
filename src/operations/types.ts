import type { HubConnection } from "../hub/connection";

/** Where operations send what the user should read; the action glue decides how it is shown. */
export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
  /** Opens a collapsible section of the log; it lasts until endGroup. */
  startGroup(title: string): void;
  endGroup(): void;
}

export interface OperationContext {
  connection: HubConnection;
  reporter: Reporter;
}

export interface SummaryLink {
  label: string;
  url: string;
}

/** What an operation produced: step outputs plus the facts the job summary shows. */
export interface OperationResult {
  outputs: Record<string, string>;
  headline: string;
  links: SummaryLink[];
  table?: { header: string[]; rows: string[][] };
  /** A query's answer: set as this JSON output, and written to the file named by the `json_file` output. */
  json?: { output: string; value: unknown };
}

/** A problem with one input, worded so the user knows which input to change and how. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input "${input}": ${message}`);
    this.name = "InputError";
  }
}
