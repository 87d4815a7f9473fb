import { type RepoSearch, listRepos as listHubRepos } from "../hub/listings";
import type { RepoType } from "../hub/repo-ref";
import { type FilterFields, filterValues } from "./inputs/repo-filters";
import { InputError } from "./errors";
import { parseRepoType } from "./inputs/repo";
import { type InputReader, parseBoolean, parseChoice, parseInteger, parseLines } from "./inputs/values";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

const DEFAULT_LIST_LIMIT = 100;

export interface ListReposOptions {
  type: RepoType;
  search: RepoSearch;
  /** Keep only models whose card declares CO2 emissions in [min, max], as the Python client filters. */
  emissions?: { min: number; max: number };
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
  fetch_config: "search",
  emissions_thresholds: "emissions",
  ...FILTER_INPUTS,
} as const;

export const listRepos = defineOperation({
  name: "list-repos",
  inputs: LIST_INPUTS,
  outputs: ["repos", "json_file"],
  parse: (read): ListReposOptions => {
    const type = parseRepoType(read);
    const emissions = parseEmissions(read("emissions_thresholds"), type);
    const search = parseSearch(read, type);
    // The emissions are read from each model's card: ask for the cards when filtering on them.
    return { type, search: emissions ? { ...search, cardData: true } : search, emissions };
  },
  repos: () => [],
  run: async (context, options) => {
    const found = await listHubRepos(context.connection, options.type, options.search);
    const repos = options.emissions ? found.filter((repo) => emissionsWithin(repo, options.emissions!)) : found;
    return queryResult(context, `${repos.length} ${options.type} repo(s) found`, { output: "repos", value: repos });
  },
});

function parseEmissions(raw: string, type: RepoType): ListReposOptions["emissions"] {
  if (!raw) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*[,\s]\s*(\d+(?:\.\d+)?)\s*$/.exec(raw);
  if (!match || Number(match[1]) > Number(match[2])) {
    throw new InputError("emissions_thresholds", `"${raw}" is not a range. Use "min,max" in grams of CO2, e.g. 0,500.`);
  }
  if (type !== "model") {
    throw new InputError("emissions_thresholds", `only applies to models; repo_type is ${type}. Remove it.`);
  }
  return { min: Number(match[1]), max: Number(match[2]) };
}

/** The card's `co2_eq_emissions` (a number, or `{emissions}`), read as the Python client reads it. */
function emissionsWithin(repo: Record<string, unknown>, range: { min: number; max: number }): boolean {
  const card = (repo.cardData ?? repo.card_data) as Record<string, unknown> | undefined;
  let emissions = card?.co2_eq_emissions;
  if (emissions && typeof emissions === "object") emissions = (emissions as Record<string, unknown>).emissions;
  if (!emissions) return false;
  const value = /\d+\.\d+|\d+/.exec(String(emissions ?? ""))?.[0];
  return value !== undefined && Number(value) >= range.min && Number(value) <= range.max;
}

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
    config: parseBoolean("fetch_config", read("fetch_config"), false)!,
  };
}
