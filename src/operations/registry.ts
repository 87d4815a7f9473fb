import type { RepoRef } from "../hub/repo-ref";
import { whoami as hubWhoami } from "../hub/repos";
import { createBranch } from "./create-branch";
import { createRepo } from "./create-repo";
import { createTag } from "./create-tag";
import { deleteBranch } from "./delete-branch";
import { deleteFile } from "./delete-file";
import { deleteRepo } from "./delete-repo";
import { deleteTag } from "./delete-tag";
import { listFiles } from "./list-files";
import { listMetrics } from "./list-metrics";
import { listRepos } from "./list-repos";
import { listTags } from "./list-tags";
import { login } from "./login";
import { logout } from "./logout";
import { duplicateRepo } from "./duplicate-repo";
import { pauseSpace } from "./pause-space";
import { restartSpace } from "./restart-space";
import { spaceHardware } from "./space-hardware";
import { spaceRuntime } from "./space-runtime";
import { spaceSecrets } from "./space-secrets";
import { spaceVariables } from "./space-variables";
import { moveRepo } from "./move-repo";
import type { AnyOperation, Operation, OperationContext, OperationResult } from "./operation";
import { repoInfo } from "./repo-info";
import { uploadFile } from "./upload-file";
import { visibility } from "./visibility";
import { whoami } from "./whoami";

/** Every operation, by the name the `operation` input gives: the one place an operation is registered. */
export const OPERATIONS = {
  "create-repo": createRepo,
  "upload-file": uploadFile,
  "delete-file": deleteFile,
  visibility,
  "delete-repo": deleteRepo,
  "move-repo": moveRepo,
  "list-files": listFiles,
  "repo-info": repoInfo,
  whoami,
  "list-repos": listRepos,
  "list-tags": listTags,
  "list-metrics": listMetrics,
  "create-branch": createBranch,
  "delete-branch": deleteBranch,
  "create-tag": createTag,
  "delete-tag": deleteTag,
  login,
  logout,
  "space-secrets": spaceSecrets,
  "space-variables": spaceVariables,
  "space-hardware": spaceHardware,
  "space-runtime": spaceRuntime,
  "pause-space": pauseSpace,
  "restart-space": restartSpace,
  "duplicate-repo": duplicateRepo,
} satisfies Record<string, AnyOperation>;

export type OperationName = keyof typeof OPERATIONS;

type OptionsOf<T> = T extends Operation<infer Options, string, string> ? Options : never;

/** One parsed request: the action glue builds it, nothing downstream reads raw inputs. */
export type OperationRequest = {
  [Name in OperationName]: { operation: Name; options: OptionsOf<(typeof OPERATIONS)[Name]> };
}[OperationName];

export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

/** The operation a value of the `operation` input names, by its name or an alias. */
export function findOperation(name: string): OperationName | undefined {
  const operations: AnyOperation[] = Object.values(OPERATIONS);
  const found = operations.find((operation) => operation.name === name || operation.aliases?.includes(name));
  return found?.name as OperationName | undefined;
}

// Dispatch through one signature: the request type already ties each name to its own options.
function operationOf(request: OperationRequest): Operation<OperationRequest["options"]> {
  return OPERATIONS[request.operation] as unknown as Operation<OperationRequest["options"]>;
}

/** The repos a request acts on, its subject first. */
export function requestRepos(request: OperationRequest): RepoRef[] {
  return operationOf(request).repos(request.options);
}

/** The secret values a request carries (Space secrets), to be masked before anything is sent or shown. */
export function requestSecrets(request: OperationRequest): string[] {
  return operationOf(request).secrets?.(request.options) ?? [];
}

/** Whether the request needs a token at all. */
export function needsToken(request: OperationRequest): boolean {
  return !operationOf(request).anonymous;
}

export async function runOperation(context: OperationContext, request: OperationRequest): Promise<OperationResult> {
  await resolveNamespaces(context, requestRepos(request));
  return operationOf(request).run(context, request.options);
}

// A repo id given without a namespace belongs to the token's user (parsing filled in `organization` first).
async function resolveNamespaces(context: OperationContext, repos: RepoRef[]): Promise<void> {
  const unresolved = repos.filter((repo) => repo.namespace === "");
  if (unresolved.length === 0) return;
  const { name } = await hubWhoami(context.connection);
  for (const repo of unresolved) repo.namespace = name;
  context.reporter.info(`No namespace given: using the token's user, ${name}`);
}
