import { type RepoRef, repoId } from "../hub/repo-ref";
import { restartSpace as hubRestartSpace } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { requireSpace } from "./inputs/space";
import { parseBoolean } from "./inputs/values";
import { defineOperation } from "./operation";

export interface RestartSpaceOptions {
  repo: RepoRef;
  /** Rebuild from scratch, without the build cache. */
  factoryReboot: boolean;
}

export const restartSpace = defineOperation({
  name: "restart-space",
  inputs: { ...REPO_INPUTS, factory_reboot: "factoryReboot" },
  outputs: ["stage"],
  parse: (read): RestartSpaceOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "restart-space");
    return { repo, factoryReboot: parseBoolean("factory_reboot", read("factory_reboot"), false)! };
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const runtime = await hubRestartSpace(context.connection, options.repo, options.factoryReboot);
    const headline = `Restarted ${repoId(options.repo)}${options.factoryReboot ? " from scratch" : ""}: ${runtime.stage}`;
    context.reporter.info(headline);
    return {
      outputs: { stage: runtime.stage },
      headline,
      links: [{ label: "Space", url: repoWebUrl(context.connection.endpoint, options.repo) }],
    };
  },
});
