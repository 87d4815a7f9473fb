import { type RepoRef, repoId } from "../hub/repo-ref";
import { setVisibility } from "../hub/repos";
import { repoWebUrl } from "../hub/urls";
import type { OperationContext, OperationResult } from "./types";

export interface VisibilityOptions {
  repo: RepoRef;
  private: boolean;
}

export async function changeVisibility(
  context: OperationContext,
  options: VisibilityOptions,
): Promise<OperationResult> {
  await setVisibility(context.connection, options.repo, options.private);
  const url = repoWebUrl(context.connection.endpoint, options.repo);
  const headline = `${repoId(options.repo)} is now ${options.private ? "private" : "public"}`;
  context.reporter.info(headline);
  return {
    outputs: { url, private: String(options.private) },
    headline,
    links: [{ label: "Repository", url }],
  };
}
