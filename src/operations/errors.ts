/** A problem with one input, found while parsing it: the message names the input and how to fix it. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input "${input}": ${message}`);
    this.name = "InputError";
  }
}

/**
 * A problem an operation found with one of its options while running (a file that is not there, a path
 * outside the workspace); the action glue names the input that filled that option.
 */
export class OptionError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
    this.name = "OptionError";
  }
}

/**
 * An operation that failed after it had something worth showing (a Space's build log): the glue writes this
 * result to the job summary, then fails the step with the message.
 */
export class ReportedFailure extends Error {
  constructor(
    message: string,
    readonly report: { headline: string; lines: string[] },
  ) {
    super(message);
    this.name = "ReportedFailure";
  }
}
