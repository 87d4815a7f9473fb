import { type HubConnection, hubRequest } from "./connection";
import { nextPage } from "./files";
import type { RepoType } from "./repo-ref";

export interface RepoSearch {
  search?: string;
  author?: string;
  /** Tag filters; a repo must carry all of them. */
  filters: string[];
  sort?: string;
  direction?: "-1" | "1";
  limit: number;
  full: boolean;
  cardData: boolean;
  /** Each model's `config` too (the Hub's `config=true`). */
  config: boolean;
}

/** Searches models, datasets or spaces, following `Link: <...>; rel="next"` pages until `limit` repos are in. */
export async function listRepos(
  connection: HubConnection,
  type: RepoType,
  search: RepoSearch,
): Promise<Array<Record<string, unknown>>> {
  const query = new URLSearchParams();
  if (search.search) query.set("search", search.search);
  if (search.author) query.set("author", search.author);
  for (const filter of search.filters) query.append("filter", filter);
  if (search.sort) query.set("sort", search.sort);
  if (search.direction) query.set("direction", search.direction);
  if (search.full) query.set("full", "true");
  if (search.cardData) query.set("cardData", "true");
  if (search.config) query.set("config", "true");
  // The Hub pages at 1000 at most; asking for no more than needed keeps answers small.
  query.set("limit", String(Math.min(search.limit, 1000)));
  const repos: Array<Record<string, unknown>> = [];
  let url: string | undefined = `/api/${type}s?${query}`;
  while (url && repos.length < search.limit) {
    const response = await hubRequest(connection, { url });
    repos.push(...response.json<Array<Record<string, unknown>>>());
    url = nextPage(response.header("link"));
  }
  return repos.slice(0, search.limit);
}

/** The tags the Hub knows for models or datasets, by tag type (library, language, task_categories, ...). */
export async function tagsByType(connection: HubConnection, type: "model" | "dataset"): Promise<unknown> {
  return (await hubRequest(connection, { url: `/api/${type}s-tags-by-type` })).json<unknown>();
}

export async function listMetrics(connection: HubConnection): Promise<unknown> {
  return (await hubRequest(connection, { url: "/api/metrics" })).json<unknown>();
}
