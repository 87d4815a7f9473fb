/** The query of `GET /api/models|datasets|spaces`: which repos match, in which order, from which cursor. */
import { badRequest } from "./errors";
import { isTruthy } from "./http";
import type { RepoType } from "./paths";
import type { Commit, Repo } from "./repos";
import { usedStorage } from "./repo-info";

/** One visible repo with what the query looks at. */
export interface ListedRepo {
  repo: Repo;
  head: Commit;
  /** Lower-cased tags, plus `pipeline_tag` and `library_name`. */
  matchable: Set<string>;
  pipelineTag?: string;
  /** A Space's linked models and datasets, from its card. */
  links?: { models: string[]; datasets: string[] };
}

/** Where a page ends: the sort value and `_id` of its last repo, so new repos never shift later pages. */
export interface Cursor {
  value: number | string;
  id: string;
}

export interface RepoQuery {
  search: string[];
  author?: string;
  filters: string[];
  pipelineTag?: string;
  gated?: boolean;
  models: string[];
  datasets: string[];
  linked: boolean;
  sortValue: (row: ListedRepo) => number | string;
  descending: boolean;
  limit: number;
  cursor?: Cursor;
}

export const MAX_LIMIT = 1000;

// Nothing here is downloaded or liked, so those counters sort as zero.
const zero = (): number => 0;
const SORT_VALUES: Record<string, (row: ListedRepo) => number | string> = {
  createdAt: (row) => row.repo.createdAt.getTime(),
  lastModified: (row) => row.head.date.getTime(),
  id: (row) => row.repo.id.toLowerCase(),
  downloads: zero,
  likes: zero,
  likes30d: zero,
  trendingScore: zero,
  mainSize: (row) => usedStorage(row.head),
};
/** Sorts the official clients offer for one repo type only. */
const TYPE_SORTS: Record<RepoType, string[]> = {
  model: ["num_parameters"],
  dataset: ["datasetsServerInfo.numRows"],
  space: [],
};

function sortValueFor(sort: string, type: RepoType): (row: ListedRepo) => number | string {
  if (Object.hasOwn(SORT_VALUES, sort)) return SORT_VALUES[sort];
  if (TYPE_SORTS[type].includes(sort)) return zero;
  const allowed = [...Object.keys(SORT_VALUES), ...TYPE_SORTS[type]].join(", ");
  throw badRequest(`Invalid sort parameter "${sort}": expected one of ${allowed}`);
}

/** Repeated values, each possibly a comma-separated list, trimmed and lower-cased. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

function optionalBoolean(value: string | null): boolean | undefined {
  if (value === null || value === "") return undefined;
  return isTruthy(value);
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

function decodeCursor(raw: string): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if ((typeof value === "number" || typeof value === "string") && typeof id === "string") return { value, id };
  } catch {
    // Falls through to the 400 below.
  }
  throw badRequest("Invalid cursor");
}

export function parseRepoQuery(params: URLSearchParams, type: RepoType): RepoQuery {
  const limit = Math.floor(Number(params.get("limit")));
  const cursor = params.get("cursor");
  return {
    search: params.getAll("search").map((value) => value.trim().toLowerCase()),
    author: params.get("author")?.trim().toLowerCase() || undefined,
    filters: listParam(params, "filter"),
    pipelineTag: params.get("pipeline_tag")?.trim().toLowerCase() || undefined,
    gated: optionalBoolean(params.get("gated")),
    models: listParam(params, "models"),
    datasets: listParam(params, "datasets"),
    linked: isTruthy(params.get("linked")),
    sortValue: sortValueFor(params.get("sort") || "createdAt", type),
    // The Hub now always sorts descending; any explicit value but `-1` keeps the legacy ascending order.
    descending: params.get("direction") === null || params.get("direction") === "-1",
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : MAX_LIMIT,
    cursor: cursor ? decodeCursor(cursor) : undefined,
  };
}

function includesAll(haystack: string[], needles: string[]): boolean {
  const lower = haystack.map((value) => value.toLowerCase());
  return needles.every((needle) => lower.includes(needle));
}

export function matchesQuery(row: ListedRepo, query: RepoQuery): boolean {
  const id = row.repo.id.toLowerCase();
  if (query.author && row.repo.namespace.toLowerCase() !== query.author) return false;
  if (!query.search.every((text) => id.includes(text))) return false;
  if (!query.filters.every((filter) => row.matchable.has(filter))) return false;
  if (query.pipelineTag && row.pipelineTag?.toLowerCase() !== query.pipelineTag) return false;
  if (query.gated !== undefined && (row.repo.gated !== false) !== query.gated) return false;
  const links = row.links ?? { models: [], datasets: [] };
  if (!includesAll(links.models, query.models) || !includesAll(links.datasets, query.datasets)) return false;
  return !query.linked || links.models.length + links.datasets.length > 0;
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Ascending order of (sort value, `_id`); `_id` breaks ties so every repo has one place. */
export function compareCursors(a: Cursor, b: Cursor): number {
  return compareValues(a.value, b.value) || compareValues(a.id, b.id);
}
