import type { OperationContext, OperationResult, SummaryLink } from "./operation";

/** A query's answer goes to one JSON output, and to a file (step outputs are size-limited). */
export function queryResult<Output extends string>(
  context: OperationContext,
  headline: string,
  json: { output: Output; value: unknown },
  links: SummaryLink[] = [],
): OperationResult<Output> {
  context.reporter.info(headline);
  return { outputs: {}, headline, links, json };
}
