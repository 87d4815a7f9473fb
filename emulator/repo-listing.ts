/** `GET /api/models|datasets|spaces`: the visible repos that match, one page of them, and a `Link` to the next. */
import { tagsFromCard } from "./card-tags";
import type { Hub } from "./hub";
import { isTruthy, linkNext, sendJson, type RequestContext } from "./http";
import type { RepoType } from "./paths";
import { expandParams, readmeCard, repoInfo } from "./repo-info";
import {
  compareCursors,
  encodeCursor,
  matchesQuery,
  parseRepoQuery,
  type Cursor,
  type ListedRepo,
  type RepoQuery,
} from "./repo-query";
import type { Commit, Repo } from "./repos";
import type { SpaceRuntimes } from "./spaces";

/** What a listing entry carries without `full`; models and Spaces leave out sha, author and dates but `createdAt`. */
const LISTED_FIELDS: Record<RepoType, string[]> = {
  model: [
    "_id",
    "id",
    "likes",
    "trendingScore",
    "private",
    "downloads",
    "tags",
    "pipeline_tag",
    "library_name",
    "createdAt",
    "modelId",
  ],
  dataset: [
    "_id",
    "id",
    "author",
    "disabled",
    "gated",
    "lastModified",
    "likes",
    "trendingScore",
    "private",
    "sha",
    "description",
    "downloads",
    "tags",
    "createdAt",
  ],
  space: ["_id", "id", "likes", "trendingScore", "private", "sdk", "tags", "createdAt"],
};

interface EntryOptions {
  spaces: SpaceRuntimes;
  full: boolean;
  cardData: boolean;
  config: boolean;
  expand: string[];
}

function listedRepo(repo: Repo, head: Commit): ListedRepo {
  const card = readmeCard(head);
  const text = (value: unknown) => (typeof value === "string" ? [value] : []);
  const pipelineTag = text(card?.pipeline_tag)[0];
  const matchable = [...tagsFromCard(repo.type, card, repo.sdk), ...text(card?.library_name), ...text(pipelineTag)];
  const strings = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string");
  return {
    repo,
    head,
    matchable: new Set(matchable.map((tag) => tag.toLowerCase())),
    pipelineTag: repo.type === "model" ? pipelineTag : undefined,
    ...(repo.type === "space" && { links: { models: strings(card?.models), datasets: strings(card?.datasets) } }),
  };
}

function listingEntry(row: ListedRepo, options: EntryOptions): Record<string, unknown> {
  const { repo, head } = row;
  if (options.expand.length > 0) return repoInfo(repo, head, { expand: options.expand, spaces: options.spaces });
  const info = repoInfo(repo, head, { siblings: options.full, spaces: options.spaces });
  const fields = LISTED_FIELDS[repo.type].filter((key) => key in info);
  const entry = options.full ? info : Object.fromEntries(fields.map((key) => [key, info[key]]));
  if (options.cardData && info.cardData) entry.cardData = info.cardData;
  if (repo.type === "model") {
    // `config` is too big for `full`; only `config=true` asks for it, and only models with a config.json have one.
    if (options.config && info.config !== undefined) entry.config = info.config;
    else delete entry.config;
  }
  // Old `datasets` releases read a `key` field, which the Hub still sends empty.
  if (repo.type === "dataset") entry.key = "";
  return entry;
}

function nextPageUrl(ctx: RequestContext, cursor: Cursor): string {
  const next = new URL(ctx.url.pathname + ctx.url.search, ctx.baseUrl);
  next.searchParams.set("cursor", encodeCursor(cursor));
  return next.toString();
}

/** Matching repos the caller may see, in query order; private repos never enter, so no page or cursor shows them. */
function orderedRows(ctx: RequestContext, hub: Hub, type: RepoType, query: RepoQuery) {
  const sign = query.descending ? -1 : 1;
  return hub.repos
    .all(type)
    .flatMap((repo) => {
      const head = repo.head();
      return head && hub.canRead(ctx, repo) ? [listedRepo(repo, head)] : [];
    })
    .filter((row) => matchesQuery(row, query))
    .map((row) => ({ row, key: { value: query.sortValue(row), id: row.repo._id } }))
    .filter(({ key }) => !query.cursor || sign * compareCursors(key, query.cursor) > 0)
    .sort((a, b) => sign * compareCursors(a.key, b.key));
}

export function listRepos(ctx: RequestContext, hub: Hub, type: RepoType): void {
  const params = ctx.url.searchParams;
  const query = parseRepoQuery(params, type);
  const options: EntryOptions = {
    spaces: hub.spaces,
    full: isTruthy(params.get("full")),
    cardData: isTruthy(params.get("cardData")),
    config: isTruthy(params.get("config")),
    expand: expandParams(params),
  };
  const rows = orderedRows(ctx, hub, type, query);
  const page = rows.slice(0, query.limit);
  const headers = rows.length > page.length ? linkNext(nextPageUrl(ctx, page[page.length - 1].key)) : {};
  sendJson(
    ctx.res,
    200,
    page.map(({ row }) => listingEntry(row, options)),
    headers,
  );
}
