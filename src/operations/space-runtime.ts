import { type RepoRef, repoId } from "../hub/repo-ref";
import { spaceAppUrl, spaceRuntime as hubSpaceRuntime } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseWaitTimeoutMs, requireSpace } from "./inputs/space";
import { parseBoolean } from "./inputs/values";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";
import { waitForSpace } from "./space-wait";

export interface SpaceRuntimeOptions {
  repo: RepoRef;
  /** Wait until the stage is no longer intermediate, and fail on a failed one. */
  wait: boolean;
  waitTimeout: number;
}

export const spaceRuntime = defineOperation({
  name: "space-runtime",
  inputs: { ...REPO_INPUTS, wait: "wait", wait_timeout: "waitTimeout" },
  outputs: ["stage", "hardware", "space_url", "runtime", "json_file"],
  parse: (read): SpaceRuntimeOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "space-runtime");
    return {
      repo,
      wait: parseBoolean("wait", read("wait"), false)!,
      waitTimeout: parseWaitTimeoutMs(read("wait_timeout")),
    };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const { connection } = context;
    const runtime = options.wait
      ? await waitForSpace(connection, context.reporter, options.repo, { timeoutMs: options.waitTimeout })
      : await hubSpaceRuntime(connection, options.repo);
    const spaceUrl = spaceAppUrl(runtime);
    const result = queryResult(
      context,
      `${repoId(options.repo)} is ${runtime.stage}${spaceUrl ? ` at ${spaceUrl}` : ""}`,
      { output: "runtime" as const, value: runtime },
      [
        { label: "Space", url: repoWebUrl(connection.endpoint, options.repo) },
        ...(spaceUrl ? [{ label: "App", url: spaceUrl }] : []),
      ],
    );
    const hardware = runtime.hardware.current ?? runtime.hardware.requested ?? "";
    return { ...result, outputs: { stage: runtime.stage, hardware, space_url: spaceUrl } };
  },
});
