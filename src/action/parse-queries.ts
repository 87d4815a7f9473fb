import type { RepoRef } from "../hub/repo-ref";
import { type OperationName, type OperationRequest } from "../operations";
import { type FilterFields, filterValues } from "../operations/repo-filters";
import { REPO_TYPES, type RepoType } from "../hub/repo-ref";
import { InputError } from "../operations/types";
import { Input } from "./input-names";
import { parsePathInRepo, parseRepoIdInput, parseRevision } from "./parse-repo";
import { type InputReader, parseBoolean, parseChoice, parseInteger, parseLines, requireText } from "./parse-values";

/** Operations that act on no single repo: identity and Hub-wide listings. */
export const QUERY_OPERATIONS: readonly OperationName[] = ["whoami", "list-repos", "list-tags", "list-metrics"];

const DEFAULT_LIST_LIMIT = 100;

export function parseQueryRequest(operation: OperationName, read: InputReader): OperationRequest {
  const type = parseChoice<RepoType>(Input.RepoType, read(Input.RepoType), REPO_TYPES, "model");
  switch (operation) {
    case "whoami":
    case "list-metrics":
      return { operation, options: {} };
    case "list-tags":
      if (type === "space")
        throw new InputError(Input.RepoType, "list-tags knows model and dataset tags. Use model or dataset.");
      return { operation, options: { type } };
    case "list-repos":
      return { operation, options: { type, search: listSearch(read, type) } };
    default:
      throw new Error(`${operation} is not a query operation`);
  }
}

function listSearch(read: InputReader, type: RepoType) {
  const fields: FilterFields = {
    library: parseLines(read(Input.Library)),
    language: parseLines(read(Input.Language)),
    task: parseLines(read(Input.Task)),
    trainedDataset: parseLines(read(Input.TrainedDataset)),
    tags: parseLines(read(Input.Tags)),
    benchmark: parseLines(read(Input.Benchmark)),
    languageCreators: parseLines(read(Input.LanguageCreators)),
    languages: parseLines(read(Input.Languages)),
    multilinguality: parseLines(read(Input.Multilinguality)),
    sizeCategories: parseLines(read(Input.SizeCategories)),
    taskCategories: parseLines(read(Input.TaskCategories)),
    taskIds: parseLines(read(Input.TaskIds)),
  };
  const name = read(type === "dataset" ? Input.DatasetName : Input.ModelName);
  return {
    search: read(Input.Search) || name || undefined,
    author: read(Input.Author) || undefined,
    filters: [...parseLines(read(Input.Filter)), ...filterValues(type, fields)],
    sort: read(Input.Sort) || undefined,
    direction: read(Input.Direction)
      ? parseChoice(Input.Direction, read(Input.Direction), ["-1", "1"] as const)
      : undefined,
    limit: parseInteger(Input.Limit, read(Input.Limit), DEFAULT_LIST_LIMIT, 1, 100_000),
    full: parseBoolean(Input.Full, read(Input.Full), false)!,
    cardData: parseBoolean(Input.CardData, read(Input.CardData), false)!,
  };
}

/** The repo-level operations added beyond the first four. */
export function parseRepoRequest(
  operation: OperationName,
  read: InputReader,
  repo: RepoRef,
  revision: string,
): OperationRequest {
  switch (operation) {
    case "delete-repo":
      return { operation, options: { repo, missingOk: parseBoolean(Input.MissingOk, read(Input.MissingOk), false)! } };
    case "move-repo": {
      const raw = requireText(Input.ToRepoId, read(Input.ToRepoId), "the new id, as namespace/name");
      return {
        operation,
        options: { repo, to: parseRepoIdInput(Input.ToRepoId, raw, repo.type, read(Input.Organization)) },
      };
    }
    case "list-files":
      return {
        operation,
        options: {
          repo,
          revision,
          folder: read(Input.PathInRepo) ? parsePathInRepo(read(Input.PathInRepo)) : "",
          recursive: parseBoolean(Input.Recursive, read(Input.Recursive), true)!,
        },
      };
    case "repo-info":
      return { operation, options: { repo, revision: read(Input.Revision) ? revision : undefined } };
    case "create-branch":
    case "delete-branch": {
      const name = parseRevision(requireText(Input.Branch, read(Input.Branch), "the branch name"), Input.Branch);
      if (operation === "delete-branch") return { operation, options: { repo, name, missingOk: missingOk(read) } };
      const from = parseRevision(read(Input.FromRevision) || "main", Input.FromRevision);
      return { operation, options: { repo, name, from, existOk: existOk(read) } };
    }
    case "create-tag":
    case "delete-tag": {
      const name = parseRevision(requireText(Input.Tag, read(Input.Tag), "the tag name, e.g. v1.0.0"), Input.Tag);
      if (operation === "delete-tag") return { operation, options: { repo, name, missingOk: missingOk(read) } };
      return {
        operation,
        options: { repo, name, from: revision, message: read(Input.TagMessage) || undefined, existOk: existOk(read) },
      };
    }
    default:
      throw new Error(`${operation} has no parser`);
  }
}

const existOk = (read: InputReader): boolean => parseBoolean(Input.ExistOk, read(Input.ExistOk), true)!;
const missingOk = (read: InputReader): boolean => parseBoolean(Input.MissingOk, read(Input.MissingOk), false)!;
