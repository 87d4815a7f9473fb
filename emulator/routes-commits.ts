/** Writing history: the commit endpoint (incl. pull requests), commit listing, branches, tags and refs. */
import { applyOperations } from "./commit-apply";
import { readCommitPayload } from "./commit";
import { badRequest, forbidden, HubError, revisionNotFound } from "./errors";
import { isCommitId } from "./gitobjects";
import type { Hub } from "./hub";
import { isoSeconds, isTruthy, linkNext, readJsonObject, sendJson, type RequestContext } from "./http";
import { DEFAULT_BRANCH, type Commit, type FileEntry, type Repo } from "./repos";
import { frontMatterErrors, invalidMetadataText } from "./card";
import { repoUrl } from "./routes-repos";

const STALE_PARENT = "The branch was updated since you opened this page. Please refresh and try again.";

function matchesCommit(commit: Commit, given: string): boolean {
  const wanted = given.toLowerCase();
  return wanted.length >= 7 && commit.id.startsWith(wanted);
}

function findByPrefix(repo: Repo, given: string): Commit | undefined {
  if (isCommitId(given)) return repo.commits.get(given);
  return [...repo.commits.values()].find((commit) => matchesCommit(commit, given));
}

/** `POST /api/{type}s/{id}/commit/{rev}[?create_pr=1]`. */
export async function commit(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): Promise<void> {
  const createPr = isTruthy(ctx.url.searchParams.get("create_pr"));
  const target = hub.resolve(repo, revision);
  // Commits land on a branch or a PR ref; a PR is opened from a branch.
  if (target.kind !== "branch" && (createPr || target.kind !== "pr")) throw revisionNotFound(revision);
  const prAuthor = target.kind === "pr" ? repo.pullRequests.get(Number(target.name))?.author : undefined;
  hub.requireWrite(ctx, repo, { pullRequest: createPr, pullRequestAuthor: prAuthor });
  const payload = await readCommitPayload(ctx.req);
  const author = ctx.principal?.user.name ?? "";

  // Re-resolve after the body arrived: from here on everything is synchronous, hence atomic.
  const current = hub.resolve(repo, revision);
  hub.commitQuota.check(repo._id);
  const { parentCommit } = payload.header;
  let base = current.commit;
  if (createPr && parentCommit) {
    const parent = findByPrefix(repo, parentCommit);
    if (!parent) throw revisionNotFound(parentCommit);
    base = parent;
  } else if (parentCommit && !matchesCommit(current.commit, parentCommit)) {
    throw new HubError(412, STALE_PARENT);
  }
  const prNum = createPr ? repo.nextDiscussionNum : undefined;
  const ref = prNum ? `refs/pr/${prNum}` : current.ref;
  const applied = applyOperations(base.files, payload.operations, hub.store, ref);
  refuseBrokenCard(applied.files, applied.changed);
  const created = repo.createCommit(base, applied.files, applied.changed, {
    title: payload.header.summary,
    description: payload.header.description,
    author,
  });
  hub.commitQuota.record(repo._id);
  if (prNum) {
    repo.nextDiscussionNum += 1;
    repo.prRefs.set(prNum, created.id);
    repo.pullRequests.set(prNum, {
      num: prNum,
      title: payload.header.summary,
      author,
      targetBranch: current.name,
      createdAt: created.date,
    });
  } else if (current.kind === "pr") repo.prRefs.set(Number(current.name), created.id);
  else {
    repo.branches.set(current.name, created.id);
    hub.spaces.onCommit(repo, current.name, created);
  }

  const url = repoUrl(ctx, repo, ctx.publicUrl);
  sendJson(ctx.res, 200, {
    success: true,
    commitOid: created.id,
    commitUrl: `${url}/commit/${created.id}`,
    hookOutput: "",
    ...(prNum && { pullRequestUrl: `${url}/discussions/${prNum}` }),
  });
}

/** The Hub refuses a root README.md whose YAML front matter does not parse (or is not a mapping). */
function refuseBrokenCard(files: ReadonlyMap<string, FileEntry>, changed: ReadonlySet<string>): void {
  const readme = files.get("README.md");
  if (!changed.has("README.md") || readme?.kind !== "regular") return;
  const errors = frontMatterErrors(readme.content.toString("utf8"));
  if (errors.length > 0) throw badRequest(invalidMetadataText(errors));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `GET /api/{type}s/{id}/commits/{rev}?p=&limit=`: newest first, `X-Total-Count`, `Link` to the next page. */
export function listCommits(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): void {
  const { commit: head } = hub.resolve(repo, revision);
  const query = ctx.url.searchParams;
  const limit = Math.max(1, Math.min(Number(query.get("limit")) || 50, 1000));
  const page = Math.max(0, Number(query.get("p")) || 0);
  const formatted = [...query.getAll("expand"), ...query.getAll("expand[]")].includes("formatted");
  const all = [...repo.history(head)];
  const items = all.slice(page * limit, (page + 1) * limit).map((c) => ({
    id: c.id,
    title: c.title,
    message: c.description,
    authors: [{ user: c.author, avatar: `/avatars/${c.author}.svg` }],
    date: isoSeconds(c.date),
    ...(formatted && { formatted: { title: escapeHtml(c.title), message: escapeHtml(c.description) } }),
  }));
  const headers: Record<string, string> = { "X-Total-Count": String(all.length) };
  if ((page + 1) * limit < all.length) {
    const next = new URL(ctx.url.pathname + ctx.url.search, ctx.baseUrl);
    next.searchParams.set("p", String(page + 1));
    next.searchParams.set("limit", String(limit));
    Object.assign(headers, linkNext(next.toString()));
  }
  sendJson(ctx.res, 200, items, headers);
}

/** Roughly `git check-ref-format`, plus names that would shadow refs or commit ids. */
export function isValidRefName(name: string): boolean {
  return (
    name !== "" &&
    name !== "HEAD" &&
    name !== "@" &&
    !name.startsWith("refs/") &&
    !isCommitId(name) &&
    ![...name].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || "~^:?*[\\".includes(c)) &&
    !name.includes("..") &&
    !name.includes("@{") &&
    !name.includes("//") &&
    !name.startsWith("/") &&
    !name.startsWith("-") &&
    !name.endsWith("/") &&
    !name.endsWith(".") &&
    !name.endsWith(".lock") &&
    !name.split("/").some((part) => part.startsWith("."))
  );
}

const MANAGE = (repo: Repo) => `You don't have the rights to manage references of ${repo.id}`;

export async function createBranch(ctx: RequestContext, hub: Hub, repo: Repo, branch: string): Promise<void> {
  hub.requireWrite(ctx, repo, { forbiddenMessage: MANAGE(repo) });
  const body = await readJsonObject(ctx.req);
  if (!isValidRefName(branch)) throw badRequest("Invalid reference for a branch");
  const exists = repo.branches.has(branch);
  const startingPoint = typeof body.startingPoint === "string" ? body.startingPoint : undefined;
  if (exists && !isTruthy(body.overwrite)) throw new HubError(409, `Reference refs/heads/${branch} already exists`);
  if (exists && !startingPoint && !isTruthy(body.emptyBranch)) return sendJson(ctx.res, 200, {});
  const start = isTruthy(body.emptyBranch)
    ? repo.createCommit(undefined, new Map(), new Set(), {
        title: "Empty branch",
        description: "",
        author: ctx.principal?.user.name ?? "",
      })
    : hub.resolve(repo, startingPoint ?? DEFAULT_BRANCH).commit;
  repo.branches.set(branch, start.id);
  hub.spaces.onCommit(repo, branch, start);
  sendJson(ctx.res, 200, {});
}

export function deleteBranch(ctx: RequestContext, hub: Hub, repo: Repo, branch: string): void {
  hub.requireWrite(ctx, repo, { forbiddenMessage: MANAGE(repo) });
  if (branch === DEFAULT_BRANCH) throw forbidden("You cannot delete the default branch");
  if (!repo.branches.delete(branch)) throw revisionNotFound(branch);
  sendJson(ctx.res, 200, {});
}

export async function createTag(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): Promise<void> {
  hub.requireWrite(ctx, repo, { forbiddenMessage: MANAGE(repo) });
  const body = await readJsonObject(ctx.req);
  const { commit: target } = hub.resolve(repo, revision);
  const tag = body.tag;
  if (typeof tag !== "string" || !isValidRefName(tag)) throw badRequest("Invalid reference for a tag");
  if (repo.tags.has(tag)) throw new HubError(409, `Reference refs/tags/${tag} already exists`);
  repo.tags.set(tag, { commit: target.id, message: typeof body.message === "string" ? body.message : undefined });
  sendJson(ctx.res, 200, {});
}

export function deleteTag(ctx: RequestContext, hub: Hub, repo: Repo, tag: string): void {
  hub.requireWrite(ctx, repo, { forbiddenMessage: MANAGE(repo) });
  if (!repo.tags.delete(tag)) throw revisionNotFound(tag);
  sendJson(ctx.res, 200, {});
}

/** `GET /api/{type}s/{id}/refs[?include_prs=1]`. */
export function listRefs(ctx: RequestContext, repo: Repo): void {
  const ref = (name: string, full: string, targetCommit: string) => ({ name, ref: full, targetCommit });
  sendJson(ctx.res, 200, {
    branches: [...repo.branches].map(([name, id]) => ref(name, `refs/heads/${name}`, id)),
    converts: [],
    tags: [...repo.tags].map(([name, tag]) => ref(name, `refs/tags/${name}`, tag.commit)),
    ...(isTruthy(ctx.url.searchParams.get("include_prs")) && {
      pullRequests: [...repo.prRefs].map(([num, id]) => ref(`refs/pr/${num}`, `refs/pr/${num}`, id)),
    }),
  });
}
