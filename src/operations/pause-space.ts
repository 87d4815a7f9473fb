import { type RepoRef, repoId } from "../hub/repo-ref";
import { pauseSpace as hubPauseSpace } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { requireSpace } from "./inputs/space";
import { defineOperation } from "./operation";

export interface PauseSpaceOptions {
  repo: RepoRef;
}

/** Pauses a Space: it stops (and stops costing) until restarted. */
export const pauseSpace = defineOperation({
  name: "pause-space",
  inputs: REPO_INPUTS,
  outputs: ["stage"],
  parse: (read): PauseSpaceOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "pause-space");
    return { repo };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const runtime = await hubPauseSpace(context.connection, options.repo);
    const headline = `Paused ${repoId(options.repo)}: ${runtime.stage}`;
    context.reporter.info(headline);
    return {
      outputs: { stage: runtime.stage },
      headline,
      links: [{ label: "Space", url: repoWebUrl(context.connection.endpoint, options.repo) }],
    };
  },
});
