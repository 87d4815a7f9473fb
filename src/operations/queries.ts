import { listRepoFiles } from "../hub/files";
import { type RepoSearch, listMetrics as listHubMetrics, listRepos as listHubRepos, tagsByType } from "../hub/listings";
import { type RepoRef, type RepoType, repoId } from "../hub/repo-ref";
import { repoInfo as hubRepoInfo, whoami as hubWhoami } from "../hub/repos";
import { repoWebUrl, treeWebUrl } from "../hub/urls";
import type { OperationContext, OperationResult } from "./types";

export interface ListFilesOptions {
  repo: RepoRef;
  revision: string;
  /** Folder to list ("" for the whole repo). */
  folder: string;
  recursive: boolean;
}

export async function listFiles(context: OperationContext, options: ListFilesOptions): Promise<OperationResult> {
  const files = await listRepoFiles(
    context.connection,
    options.repo,
    options.revision,
    options.folder,
    options.recursive,
  );
  const url = treeWebUrl(context.connection.endpoint, options.repo, options.revision, options.folder);
  const headline = `${files.length} file(s) in ${repoId(options.repo)}@${options.revision}${options.folder ? `/${options.folder}` : ""}`;
  return query(context, headline, { files }, "files", [{ label: "Files", url }]);
}

export interface RepoInfoOptions {
  repo: RepoRef;
  revision?: string;
}

export async function repoInfo(context: OperationContext, options: RepoInfoOptions): Promise<OperationResult> {
  const info = await hubRepoInfo(context.connection, options.repo, options.revision);
  const url = repoWebUrl(context.connection.endpoint, options.repo);
  const headline = `${repoId(options.repo)}: ${info.private ? "private" : "public"}, head ${info.sha ?? "unknown"}`;
  const result = query(context, headline, { info }, "info", [{ label: "Repository", url }]);
  return { ...result, outputs: { ...result.outputs, sha: info.sha ?? "", private: String(info.private), url } };
}

export async function whoami(context: OperationContext): Promise<OperationResult> {
  const identity = await hubWhoami(context.connection);
  const headline = `The token belongs to ${identity.name} (role ${identity.role ?? "unknown"})`;
  context.reporter.info(headline);
  return {
    outputs: { name: identity.name, orgs: JSON.stringify(identity.orgs), role: identity.role ?? "" },
    headline,
    links: [],
  };
}

export interface ListReposOptions {
  type: RepoType;
  search: RepoSearch;
}

export async function listRepos(context: OperationContext, options: ListReposOptions): Promise<OperationResult> {
  const repos = await listHubRepos(context.connection, options.type, options.search);
  return query(context, `${repos.length} ${options.type} repo(s) found`, { repos }, "repos", []);
}

export interface ListTagsOptions {
  type: RepoType;
}

export async function listTags(context: OperationContext, options: ListTagsOptions): Promise<OperationResult> {
  const tags = await tagsByType(context.connection, options.type === "dataset" ? "dataset" : "model");
  return query(context, `Tags of ${options.type === "dataset" ? "datasets" : "models"} by type`, { tags }, "tags", []);
}

export async function listMetrics(context: OperationContext): Promise<OperationResult> {
  const metrics = await listHubMetrics(context.connection);
  return query(context, "Metrics the Hub lists", { metrics }, "metrics", []);
}

/** A query's answer goes to one JSON output, and to a file (step outputs are size-limited). */
function query(
  context: OperationContext,
  headline: string,
  value: Record<string, unknown>,
  output: string,
  links: OperationResult["links"],
): OperationResult {
  context.reporter.info(headline);
  return { outputs: {}, headline, links, json: { output, value: value[output] } };
}
