/** The repo info object (`GET /api/{type}s/{id}`), its `expand` selection and `blobs` siblings. */
import { parseCardData, tagsFromCard, type CardData } from "./card";
import { fileSize, type Commit, type Repo } from "./repos";
import { listFiles } from "./tree";

export interface InfoOptions {
  blobs?: boolean;
  securityStatus?: boolean;
  /** Non-empty: answer only `_id`, `id` and these fields, as the Hub does. */
  expand?: string[];
  /** Listing entries (`GET /api/models`) carry no siblings unless `full`. */
  listing?: { full: boolean; cardData: boolean };
}

function readmeCard(commit: Commit): CardData | undefined {
  const readme = commit.files.get("README.md");
  return readme?.kind === "regular" ? parseCardData(readme.content.toString("utf8")) : undefined;
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

export function repoInfo(repo: Repo, commit: Commit, options: InfoOptions = {}): Record<string, unknown> {
  const card = readmeCard(commit);
  const usedStorage = [...commit.files.values()].reduce((sum, entry) => sum + fileSize(entry), 0);
  const common: Record<string, unknown> = {
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
    tags: tagsFromCard(card),
    ...(card && { cardData: card }),
    xetEnabled: false,
    usedStorage,
  };
  const byType: Record<string, unknown> =
    repo.type === "model"
      ? {
          modelId: repo.id,
          downloads: 0,
          downloadsAllTime: 0,
          ...(typeof card?.library_name === "string" && { library_name: card.library_name }),
          ...(typeof card?.pipeline_tag === "string" && { pipeline_tag: card.pipeline_tag }),
          spaces: [],
        }
      : repo.type === "dataset"
        ? { downloads: 0, downloadsAllTime: 0, paperswithcode_id: null, description: "", citation: "" }
        : {
            sdk: repo.sdk,
            subdomain: repo.id.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
            runtime: { stage: "RUNNING", hardware: { current: "cpu-basic", requested: "cpu-basic" }, storage: null },
            models: [],
            datasets: [],
          };
  const full: Record<string, unknown> = { ...common, ...byType };
  if (options.securityStatus) full.securityRepoStatus = { scansDone: true, filesWithIssues: [] };
  const expand = options.expand ?? [];
  const wantSiblings = expand.length > 0 ? expand.includes("siblings") : !options.listing || options.listing.full;
  if (wantSiblings) full.siblings = siblings(commit, options.blobs ?? false);

  if (expand.length > 0) {
    const selected: Record<string, unknown> = { _id: repo._id, id: repo.id };
    for (const key of expand) if (key in full) selected[key] = full[key];
    return selected;
  }
  if (options.listing) {
    const { full: fullListing, cardData } = options.listing;
    if (!fullListing) for (const key of ["usedStorage", "xetEnabled", "sha", "disabled", "author"]) delete full[key];
    if (!cardData && !fullListing) delete full.cardData;
  }
  return full;
}
