import { type CreateRepoOptions, createRepo } from "./create-repo";
import { type DeleteFileOptions, deleteFile } from "./delete-file";
import { type UploadFileOptions, uploadFile } from "./upload-file";
import { type VisibilityOptions, changeVisibility } from "./visibility";
import type { OperationContext, OperationResult } from "./types";

/** One parsed request per operation: the action glue builds it, nothing downstream reads raw inputs. */
export type OperationRequest =
  | { operation: "create-repo"; options: CreateRepoOptions }
  | { operation: "upload-file"; options: UploadFileOptions }
  | { operation: "delete-file"; options: DeleteFileOptions }
  | { operation: "visibility"; options: VisibilityOptions };

export type OperationName = OperationRequest["operation"];

export const OPERATION_NAMES: readonly OperationName[] = ["create-repo", "upload-file", "delete-file", "visibility"];

export function runOperation(context: OperationContext, request: OperationRequest): Promise<OperationResult> {
  switch (request.operation) {
    case "create-repo":
      return createRepo(context, request.options);
    case "upload-file":
      return uploadFile(context, request.options);
    case "delete-file":
      return deleteFile(context, request.options);
    case "visibility":
      return changeVisibility(context, request.options);
  }
}
