import { listMetrics as listHubMetrics } from "../hub/listings";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

export const listMetrics = defineOperation({
  name: "list-metrics",
  inputs: {},
  outputs: ["metrics", "json_file"],
  parse: (): Record<string, never> => ({}),
  repos: () => [],
  run: async (context) => {
    const metrics = await listHubMetrics(context.connection);
    return queryResult(context, "Metrics the Hub lists", { output: "metrics", value: metrics });
  },
});
