import type { HubConnection } from "../hub/connection";
import type { RepoRef } from "../hub/repo-ref";
import type { InputReader } from "./inputs/values";

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

/** Where the workflow run came from, for commit messages that lead back to it. */
export interface SourceInfo {
  sha?: string;
  runUrl?: string;
}

/** What parsing may know besides the inputs. */
export interface ParseContext {
  /** Absolute path of the workspace that relative local paths start from. */
  workspace: string;
  source: SourceInfo;
  /** The runner's environment variables (HF_HOME and the like). */
  env: Readonly<Record<string, string | undefined>>;
}

export interface SummaryLink {
  label: string;
  url: string;
}

/** What an operation produced: step outputs plus the facts the job summary shows. */
export interface OperationResult<Output extends string = string> {
  outputs: Partial<Record<Output, string>>;
  headline: string;
  links: SummaryLink[];
  table?: { header: string[]; rows: string[][] };
  /** A query's answer: set as this JSON output, and written to the file named by the `json_file` output. */
  json?: { output: Output; value: unknown };
  /** Variables for the job's later steps; the glue masks every value first (they are credentials). */
  secretEnvironment?: Record<string, string>;
  /** A file to remove when the job ends (the post step), such as a token file this step wrote. */
  removeAtJobEnd?: string;
}

/**
 * One value of the `operation` input: the inputs it reads (each with the option it fills, so that a problem
 * found later with that option names the input to fix), how it parses them, what it runs and which outputs
 * it sets.
 */
export interface Operation<Options, Input extends string = string, Output extends string = string> {
  name: string;
  /** Other names people reach for. */
  aliases?: readonly string[];
  inputs: Readonly<Record<Input, string>>;
  outputs: readonly Output[];
  parse(read: InputReader<Input>, context: ParseContext): Options;
  run(context: OperationContext, options: Options): Promise<OperationResult<Output>>;
  /** The repos it acts on, the first being its subject: bare names are resolved, keyless auth is for it. */
  repos(options: Options): RepoRef[];
  /** Runs without a token (nothing is asked of the Hub). */
  anonymous?: boolean;
  /** Values in the options that are secrets: the glue masks them before the first Hub call. */
  secrets?(options: Options): string[];
}

/** Any operation, whatever its options: what the registry holds. */
export type AnyOperation = Operation<unknown>;

/**
 * Declares an operation; its types are inferred from the declaration, and each input must name an option
 * the parser returns.
 */
export function defineOperation<Options, const Input extends string, const Output extends string>(
  operation: Operation<Options, Input, Output> & { inputs: Readonly<Record<Input, keyof Options & string>> },
): Operation<Options, Input, Output> {
  return operation;
}
