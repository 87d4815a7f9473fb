import { type RepoSearch, listRepos as listHubRepos } from "../hub/listings";
import type { RepoType } from "../hub/repo-ref";
import { type FilterFields, filterValues } from "./inputs/repo-filters";
import { parseRepoType } from "./inputs/repo";
import { type InputReader, parseBoolean, parseChoice, parseInteger, parseLines } from "./inputs/values";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

const DEFAULT_LIST_LIMIT = 100;

export interface ListReposOptions {
  type: RepoType;
  search: RepoSearch;
}

// The Python client's ModelFilter / DatasetFilter fields, one input each.
const FILTER_INPUTS = {
  library: "search",
  language: "search",
  model_name: "search",
  task: "search",
  trained_dataset: "search",
  tags: "search",
  benchmark: "search",
  dataset_name: "search",
  language_creators: "search",
  languages: "search",
  multilinguality: "search",
  size_categories: "search",
  task_categories: "search",
  task_ids: "search",
} as const;

const LIST_INPUTS = {
  repo_type: "type",
  search: "search",
  author: "search",
  filter: "search",
  sort: "search",
  direction: "search",
  limit: "search",
  full: "search",
  card_data: "search",
  ...FILTER_INPUTS,
} as const;

export const listRepos = defineOperation({
  name: "list-repos",
  inputs: LIST_INPUTS,
  outputs: ["repos", "json_file"],
  parse: (read): ListReposOptions => {
    const type = parseRepoType(read);
    return { type, search: parseSearch(read, type) };
  },
  repos: () => [],
  run: async (context, options) => {
    const repos = await listHubRepos(context.connection, options.type, options.search);
    return queryResult(context, `${repos.length} ${options.type} repo(s) found`, { output: "repos", value: repos });
  },
});

function parseSearch(read: InputReader<keyof typeof LIST_INPUTS>, type: RepoType): RepoSearch {
  const fields: FilterFields = {
    library: parseLines(read("library")),
    language: parseLines(read("language")),
    task: parseLines(read("task")),
    trainedDataset: parseLines(read("trained_dataset")),
    tags: parseLines(read("tags")),
    benchmark: parseLines(read("benchmark")),
    languageCreators: parseLines(read("language_creators")),
    languages: parseLines(read("languages")),
    multilinguality: parseLines(read("multilinguality")),
    sizeCategories: parseLines(read("size_categories")),
    taskCategories: parseLines(read("task_categories")),
    taskIds: parseLines(read("task_ids")),
  };
  const name = read(type === "dataset" ? "dataset_name" : "model_name");
  return {
    search: read("search") || name || undefined,
    author: read("author") || undefined,
    filters: [...parseLines(read("filter")), ...filterValues(type, fields)],
    sort: read("sort") || undefined,
    direction: read("direction") ? parseChoice("direction", read("direction"), ["-1", "1"] as const) : undefined,
    limit: parseInteger("limit", read("limit"), DEFAULT_LIST_LIMIT, 1, 100_000),
    full: parseBoolean("full", read("full"), false)!,
    cardData: parseBoolean("card_data", read("card_data"), false)!,
  };
}
