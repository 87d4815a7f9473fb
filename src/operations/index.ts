import { type RepoRef } from "../hub/repo-ref";
import { whoami as hubWhoami } from "../hub/repos";
import { type CreateRepoOptions, createRepo } from "./create-repo";
import { type DeleteFileOptions, deleteFile } from "./delete-file";
import {
  type ListFilesOptions,
  type ListReposOptions,
  type ListTagsOptions,
  type RepoInfoOptions,
  listFiles,
  listMetrics,
  listRepos,
  listTags,
  repoInfo,
  whoami,
} from "./queries";
import { type CreateRefOptions, type DeleteRefOptions, createBranch, createTag, deleteBranch, deleteTag } from "./refs";
import { type DeleteRepoOptions, type MoveRepoOptions, deleteRepo, moveRepo } from "./repo-admin";
import type { OperationContext, OperationResult } from "./types";
import { type UploadFileOptions, uploadFile } from "./upload-file";
import { type VisibilityOptions, changeVisibility } from "./visibility";

/** One parsed request per operation: the action glue builds it, nothing downstream reads raw inputs. */
export type OperationRequest =
  | { operation: "create-repo"; options: CreateRepoOptions }
  | { operation: "upload-file"; options: UploadFileOptions }
  | { operation: "delete-file"; options: DeleteFileOptions }
  | { operation: "visibility"; options: VisibilityOptions }
  | { operation: "delete-repo"; options: DeleteRepoOptions }
  | { operation: "move-repo"; options: MoveRepoOptions }
  | { operation: "list-files"; options: ListFilesOptions }
  | { operation: "repo-info"; options: RepoInfoOptions }
  | { operation: "whoami"; options: Record<string, never> }
  | { operation: "list-repos"; options: ListReposOptions }
  | { operation: "list-tags"; options: ListTagsOptions }
  | { operation: "list-metrics"; options: Record<string, never> }
  | { operation: "create-branch"; options: CreateRefOptions }
  | { operation: "delete-branch"; options: DeleteRefOptions }
  | { operation: "create-tag"; options: CreateRefOptions }
  | { operation: "delete-tag"; options: DeleteRefOptions };

export type OperationName = OperationRequest["operation"];

export const OPERATION_NAMES: readonly OperationName[] = [
  "create-repo",
  "upload-file",
  "delete-file",
  "visibility",
  "delete-repo",
  "move-repo",
  "list-files",
  "repo-info",
  "whoami",
  "list-repos",
  "list-tags",
  "list-metrics",
  "create-branch",
  "delete-branch",
  "create-tag",
  "delete-tag",
];

/** The repo a request acts on, when it acts on one. */
export function requestRepo(request: OperationRequest): RepoRef | undefined {
  return "repo" in request.options ? (request.options.repo as RepoRef) : undefined;
}

export async function runOperation(context: OperationContext, request: OperationRequest): Promise<OperationResult> {
  await resolveNamespaces(context, request);
  switch (request.operation) {
    case "create-repo":
      return createRepo(context, request.options);
    case "upload-file":
      return uploadFile(context, request.options);
    case "delete-file":
      return deleteFile(context, request.options);
    case "visibility":
      return changeVisibility(context, request.options);
    case "delete-repo":
      return deleteRepo(context, request.options);
    case "move-repo":
      return moveRepo(context, request.options);
    case "list-files":
      return listFiles(context, request.options);
    case "repo-info":
      return repoInfo(context, request.options);
    case "whoami":
      return whoami(context);
    case "list-repos":
      return listRepos(context, request.options);
    case "list-tags":
      return listTags(context, request.options);
    case "list-metrics":
      return listMetrics(context);
    case "create-branch":
      return createBranch(context, request.options);
    case "delete-branch":
      return deleteBranch(context, request.options);
    case "create-tag":
      return createTag(context, request.options);
    case "delete-tag":
      return deleteTag(context, request.options);
  }
}

// A repo id given without a namespace belongs to the token's user (the glue fills in `organization` first).
async function resolveNamespaces(context: OperationContext, request: OperationRequest): Promise<void> {
  const refs = [requestRepo(request), request.operation === "move-repo" ? request.options.to : undefined];
  const unresolved = refs.filter((ref): ref is RepoRef => ref !== undefined && ref.namespace === "");
  if (unresolved.length === 0) return;
  const { name } = await hubWhoami(context.connection);
  for (const ref of unresolved) ref.namespace = name;
  context.reporter.info(`No namespace given: using the token's user, ${name}`);
}
