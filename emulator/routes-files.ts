/** Reading files: tree listing, paths-info, preupload (upload-mode advice) and resolve/raw downloads. */
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { badRequest, entryNotFound, unprocessable } from "./errors";
import { parseGitattributes } from "./gitattributes";
import { parseGitignore } from "./gitignore";
import type { Hub } from "./hub";
import { isTruthy, linkNext, readJsonObject, sendJson, type RequestContext } from "./http";
import { lfsPointer } from "./gitobjects";
import { normalizeRepoPath } from "./paths";
import type { FileEntry, Repo } from "./repos";
import { entryJson, findNode, listDirectory } from "./tree";

export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`Invalid percent-encoding in "${segment}"`);
  }
}

/**
 * Splits `{rev}/{path}` where either may be raw or percent-encoded: an encoded revision is one segment,
 * a raw `refs/pr/n` three; otherwise the longest prefix naming a revision wins (branch names may hold "/").
 */
export function splitRevisionAndPath(repo: Repo, segments: string[]): { revision: string; path: string } {
  const decoded = segments.map(decodeSegment);
  const split = (take: number) => ({ revision: decoded.slice(0, take).join("/"), path: decoded.slice(take).join("/") });
  if (decoded[0]?.includes("/")) return split(1);
  if (decoded[0] === "refs" && decoded[1] === "pr") return split(3);
  for (let take = decoded.length; take > 1; take--) {
    if (repo.resolve(decoded.slice(0, take).join("/"))) return split(take);
  }
  return split(1);
}

function pageWindow(ctx: RequestContext, maxPerPage: number): { offset: number; limit: number } {
  const limit = Math.max(1, Math.min(Number(ctx.url.searchParams.get("limit")) || maxPerPage, maxPerPage));
  const cursor = ctx.url.searchParams.get("cursor");
  const offset = cursor ? Number(Buffer.from(cursor, "base64url").toString("utf8")) : 0;
  if (!Number.isSafeInteger(offset) || offset < 0) throw badRequest("Invalid cursor");
  return { offset, limit };
}

function nextPageLink(ctx: RequestContext, nextOffset: number): Record<string, string> {
  const next = new URL(ctx.url.pathname + ctx.url.search, ctx.baseUrl);
  next.searchParams.set("cursor", Buffer.from(String(nextOffset)).toString("base64url"));
  return linkNext(next.toString());
}

/** `GET /api/{type}s/{id}/tree/{rev}[/{path}]`: 1000 entries a page, 100 with `expand`. */
export function listTree(ctx: RequestContext, hub: Hub, repo: Repo, segments: string[]): void {
  const { revision, path } = splitRevisionAndPath(repo, segments);
  const { commit } = hub.resolve(repo, revision);
  const node = findNode(commit, path.replace(/^\/+|\/+$/g, ""));
  if (!node) throw entryNotFound(commit.id);
  const expand = isTruthy(ctx.url.searchParams.get("expand"));
  const recursive = isTruthy(ctx.url.searchParams.get("recursive"));
  const entries = node.kind === "dir" ? listDirectory(node, recursive) : [node];
  const { offset, limit } = pageWindow(ctx, expand ? 100 : 1000);
  const page = entries.slice(offset, offset + limit).map((n) => entryJson(n, expand ? { repo, commit } : undefined));
  const headers = offset + limit < entries.length ? nextPageLink(ctx, offset + limit) : {};
  sendJson(ctx.res, 200, page, headers);
}

const MAX_PATHS_INFO = 2000;

/** `POST /api/{type}s/{id}/paths-info/{rev}` with `{paths, expand}` as JSON or form fields. */
export async function pathsInfo(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): Promise<void> {
  const body = await readJsonObject(ctx.req);
  const { commit } = hub.resolve(repo, revision);
  const paths = typeof body.paths === "string" ? [body.paths] : body.paths;
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string")) throw badRequest('"paths" must be strings');
  if (paths.length > MAX_PATHS_INFO) throw badRequest(`At most ${MAX_PATHS_INFO} paths per call`);
  const expand = isTruthy(body.expand);
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const raw of paths as string[]) {
    const path = raw.replace(/^\.?\/+/, "").replace(/\/+$/, "");
    const node = path === "" || seen.has(path) ? undefined : findNode(commit, path);
    if (!node) continue;
    seen.add(path);
    out.push(entryJson(node, expand ? { repo, commit } : undefined));
  }
  sendJson(ctx.res, 200, out);
}

const MAX_PREUPLOAD_FILES = 1000;
const LFS_SIZE_THRESHOLD = 10 * 1024 * 1024;

/** `POST /api/{type}s/{id}/preupload/{rev}`: which files go to LFS, and the current oid of existing ones. */
export async function preupload(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): Promise<void> {
  const createPr = isTruthy(ctx.url.searchParams.get("create_pr"));
  const target = hub.resolve(repo, revision);
  hub.requireWrite(ctx, repo, {
    pullRequest: createPr,
    pullRequestAuthor: target.kind === "pr" ? repo.pullRequests.get(Number(target.name))?.author : undefined,
  });
  const body = await readJsonObject(ctx.req);
  if (!Array.isArray(body.files)) throw unprocessable('"files" must be an array');
  if (body.files.length > MAX_PREUPLOAD_FILES) {
    throw unprocessable(`Too many files: at most ${MAX_PREUPLOAD_FILES} per preupload call`);
  }
  const attributes =
    typeof body.gitAttributes === "string" ? body.gitAttributes : readRegular(target.commit.files, ".gitattributes");
  const matcher = parseGitattributes(attributes);
  if (body.gitIgnore !== undefined && body.gitIgnore !== null && typeof body.gitIgnore !== "string") {
    throw unprocessable('"gitIgnore" must be the text of a .gitignore file');
  }
  // The `.gitignore` sent with the request wins; else the repo's own, at the root of the revision.
  const ignored = parseGitignore(body.gitIgnore ?? readRegular(target.commit.files, ".gitignore"));
  const files = (body.files as Record<string, unknown>[]).map((file) => {
    const path = normalizeRepoPath(file.path);
    const size = Number(file.size);
    if (!Number.isSafeInteger(size) || size < 0) throw unprocessable(`Invalid size for "${path}"`);
    const sample = typeof file.sample === "string" ? Buffer.from(file.sample, "base64") : Buffer.alloc(0);
    // `.gitattributes` decides even for an empty file (whose LFS upload storage then refuses with 501: clients
    // send empty files as regular ones whatever this says); size and content only count for non-empty files.
    const lfs = matcher.isLfs(path) || (size > 0 && (size > LFS_SIZE_THRESHOLD || sample.includes(0)));
    const existing = target.commit.files.get(path);
    // LFS files report their sha256, which is what the Python client compares to skip unchanged uploads.
    const oid = existing ? (existing.kind === "lfs" ? existing.sha256 : existing.oid) : undefined;
    return { path, uploadMode: lfs ? "lfs" : "regular", shouldIgnore: ignored.ignores(path), ...(oid && { oid }) };
  });
  sendJson(ctx.res, 200, { files, commitOid: target.commit.id });
}

function readRegular(files: ReadonlyMap<string, FileEntry>, path: string): string {
  const entry = files.get(path);
  return entry?.kind === "regular" ? entry.content.toString("utf8") : "";
}

/** `GET|HEAD /{prefix}{id}/resolve|raw/{rev}/{path}`; `raw` serves LFS pointers instead of content. */
export async function download(
  ctx: RequestContext,
  hub: Hub,
  repo: Repo,
  mode: "resolve" | "raw",
  segments: string[],
): Promise<void> {
  hub.requireGatedAccess(ctx, repo);
  const { revision, path } = splitRevisionAndPath(repo, segments);
  const { commit } = hub.resolve(repo, revision);
  const entry = commit.files.get(path);
  if (!entry) throw entryNotFound(commit.id);
  const headers: Record<string, string> = { "X-Repo-Commit": commit.id, "Accept-Ranges": "bytes" };
  let body: Buffer | { file: string };
  let size: number;
  if (entry.kind === "lfs" && mode === "resolve") {
    const basename = path.slice(path.lastIndexOf("/") + 1);
    Object.assign(headers, {
      ETag: `"${entry.sha256}"`,
      "X-Linked-Etag": `"${entry.sha256}"`,
      "X-Linked-Size": String(entry.size),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(basename)}; filename="${basename.replace(/[^\x20-\x7e]|"/g, "_")}";`,
    });
    body = { file: hub.store.pathOf(entry.sha256) };
    size = entry.size;
  } else {
    body = entry.kind === "lfs" ? lfsPointer(entry.sha256, entry.size) : entry.content;
    headers.ETag = `"${entry.oid}"`;
    size = body.length;
  }
  const range = parseRange(ctx.req.headers.range, size);
  if (range === "unsatisfiable") {
    ctx.res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}`, "Content-Length": "0" });
    return void ctx.res.end();
  }
  const [start, end] = range ?? [0, size - 1];
  ctx.res.writeHead(range ? 206 : 200, {
    ...headers,
    "Content-Type": "application/octet-stream",
    "Content-Length": String(Math.max(0, end - start + 1)),
    ...(range && { "Content-Range": `bytes ${start}-${end}/${size}` }),
  });
  if (ctx.method === "HEAD" || end < start) return void ctx.res.end();
  if (Buffer.isBuffer(body)) return void ctx.res.end(body.subarray(start, end + 1));
  await pipeline(createReadStream(body.file, { start, end }), ctx.res);
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; anything else (or an empty file) is served whole. */
function parseRange(header: string | undefined, size: number): [number, number] | "unsatisfiable" | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || size === 0 || (match[1] === "" && match[2] === "")) return undefined;
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return [start, end];
}
