/** The repo info object (`GET /api/{type}s/{id}`), its `expand` selection and `blobs` siblings. */
import { parseCardData, type CardData } from "./card";
import { tagsFromCard } from "./card-tags";
import { fileSize, type Commit, type FileEntry, type Repo } from "./repos";
import { spaceSubdomain, type SpaceRuntimes } from "./spaces";
import { listFiles } from "./tree";

export interface InfoOptions {
  blobs?: boolean;
  securityStatus?: boolean;
  /** Non-empty: answer only `_id`, `id` and these fields, as the Hub does. */
  expand?: string[];
  /** Default true; listings leave the file list out unless asked. */
  siblings?: boolean;
  /** Where a Space's `runtime` comes from. */
  spaces?: SpaceRuntimes;
}

// File entries are immutable and shared between commits, so a parsed card stays valid for its entry.
const cardsByEntry = new WeakMap<FileEntry, CardData | null>();

function parsedJson(entry: FileEntry | undefined, parse: (text: string) => unknown): unknown {
  if (entry?.kind !== "regular") return undefined;
  return parse(entry.content.toString("utf8"));
}

/** The README front matter at this commit; parsed once per README version. */
export function readmeCard(commit: Commit): CardData | undefined {
  const entry = commit.files.get("README.md");
  if (!entry) return undefined;
  let card = cardsByEntry.get(entry);
  if (card === undefined) {
    card = (parsedJson(entry, parseCardData) as CardData | undefined) ?? null;
    cardsByEntry.set(entry, card);
  }
  return card ?? undefined;
}

/** What the Hub shows of a model's root `config.json`: its architectures and model type; undefined without one. */
export function modelConfig(commit: Commit): Record<string, unknown> | undefined {
  const config = parsedJson(commit.files.get("config.json"), (text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  });
  if (typeof config !== "object" || config === null || Array.isArray(config)) return undefined;
  const { architectures, model_type } = config as Record<string, unknown>;
  return { ...(architectures !== undefined && { architectures }), ...(model_type !== undefined && { model_type }) };
}

/** `expand=a&expand=b`, `expand[]=a` (JS repoExists) or comma lists. */
export function expandParams(params: URLSearchParams): string[] {
  return [...params.getAll("expand"), ...params.getAll("expand[]")].flatMap((v) => v.split(",")).filter(Boolean);
}

export function usedStorage(commit: Commit): number {
  return [...commit.files.values()].reduce((sum, entry) => sum + fileSize(entry), 0);
}

function siblings(commit: Commit, blobs: boolean): Record<string, unknown>[] {
  return listFiles(commit).map(({ path, entry }) =>
    blobs
      ? {
          rfilename: path,
          size: fileSize(entry),
          blobId: entry.oid,
          ...(entry.kind === "lfs" && {
            lfs: { sha256: entry.sha256, size: entry.size, pointerSize: entry.pointerSize },
          }),
        }
      : { rfilename: path },
  );
}

function typeSpecificInfo(
  repo: Repo,
  commit: Commit,
  card: CardData | undefined,
  spaces: SpaceRuntimes | undefined,
): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((item) => typeof item === "string");
  if (repo.type === "model") {
    const library = text(card?.library_name);
    const pipeline = text(card?.pipeline_tag);
    return {
      modelId: repo.id,
      downloads: 0,
      downloadsAllTime: 0,
      ...(library && { library_name: library }),
      ...(pipeline && { pipeline_tag: pipeline }),
      config: modelConfig(commit),
      spaces: [],
    };
  }
  if (repo.type === "dataset") {
    return { downloads: 0, downloadsAllTime: 0, paperswithcode_id: null, description: "", citation: "" };
  }
  return {
    sdk: text(card?.sdk) ?? repo.sdk,
    subdomain: spaceSubdomain(repo.id),
    runtime: spaces?.runtime(repo) ?? {
      stage: "RUNNING",
      hardware: { current: "cpu-basic", requested: "cpu-basic" },
      storage: null,
    },
    models: list(card?.models),
    datasets: list(card?.datasets),
  };
}

export function repoInfo(repo: Repo, commit: Commit, options: InfoOptions = {}): Record<string, unknown> {
  const card = readmeCard(commit);
  const full: Record<string, unknown> = {
    _id: repo._id,
    id: repo.id,
    author: repo.namespace,
    sha: commit.id,
    lastModified: commit.date.toISOString(),
    createdAt: repo.createdAt.toISOString(),
    private: repo.private,
    gated: repo.gated,
    disabled: false,
    likes: 0,
    trendingScore: 0,
    tags: tagsFromCard(repo.type, card, repo.sdk),
    ...(card && { cardData: card }),
    xetEnabled: false,
    usedStorage: usedStorage(commit),
    ...typeSpecificInfo(repo, commit, card, options.spaces),
  };
  if (options.securityStatus) full.securityRepoStatus = { scansDone: true, filesWithIssues: [] };
  const expand = options.expand ?? [];
  const wantSiblings = expand.length > 0 ? expand.includes("siblings") : (options.siblings ?? true);
  if (wantSiblings) full.siblings = siblings(commit, options.blobs ?? false);
  if (expand.length === 0) return full;

  const selected: Record<string, unknown> = { _id: repo._id, id: repo.id };
  for (const key of expand) if (key in full) selected[key] = full[key];
  return selected;
}
