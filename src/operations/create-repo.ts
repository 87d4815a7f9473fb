import { createRepo as createHubRepo, type SpaceSdk } from "../hub/repos";
import { type RepoRef, repoId } from "../hub/repo-ref";
import type { OperationContext, OperationResult } from "./types";

export interface CreateRepoOptions {
  repo: RepoRef;
  /** Unset leaves the choice to the Hub (the namespace's default). */
  private?: boolean;
  existOk: boolean;
  spaceSdk?: SpaceSdk;
}

export async function createRepo(context: OperationContext, options: CreateRepoOptions): Promise<OperationResult> {
  const id = repoId(options.repo);
  const result = await createHubRepo(context.connection, options.repo, {
    private: options.private,
    spaceSdk: options.spaceSdk,
    existOk: options.existOk,
  });
  const headline = result.created
    ? `Created ${options.repo.type} repo ${id}${options.private ? " (private)" : ""}`
    : `${options.repo.type} repo ${id} already exists; its settings were left as they are`;
  context.reporter.info(headline);
  return {
    outputs: { url: result.url, repo_id: id, created: String(result.created) },
    headline,
    links: [{ label: "Repository", url: result.url }],
  };
}
