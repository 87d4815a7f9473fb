/** whoami, repo create/delete/move/settings and repo info. */
import { authenticationRequired, badRequest, forbidden, HubError, repoNotFound } from "./errors";
import { defaultGitattributes } from "./gitattributes";
import type { Hub } from "./hub";
import { isTruthy, readJsonObject, sendJson, sendText, type RequestContext } from "./http";
import { assertValidRepoName, normalizeRepoPath, parseRepoType, urlPrefix, type RepoType } from "./paths";
import { invalidMetadataText, validateCard } from "./card";
import { expandParams, repoInfo } from "./repo-info";
import { DEFAULT_BRANCH, Repo, regularFile, type FileEntry } from "./repos";
import { parseSpaceSettings } from "./routes-spaces";
import { SPACE_SDKS } from "./space-build";

export function repoUrl(ctx: RequestContext, repo: { type: RepoType; id: string }, origin = ctx.baseUrl): string {
  return `${origin}/${urlPrefix(repo.type)}${repo.id}`;
}

export function whoami(ctx: RequestContext, hub: Hub): void {
  if (!ctx.principal) throw authenticationRequired();
  sendJson(ctx.res, 200, hub.accounts.whoami(ctx.principal));
}

/**
 * `POST /api/validate-yaml` `{content, repoType}` (JSON or form), which the Python client posts before uploading a
 * README with `Accept: text/plain`: then a broken card is a 400 whose text names each problem and its line, and a
 * fine one a 200 listing the warnings, if any, one per line. Other clients get `{errors, warnings}` as JSON.
 */
export async function validateYaml(ctx: RequestContext): Promise<void> {
  const body = await readJsonObject(ctx.req);
  if (typeof body.content !== "string") throw badRequest('"content" must be the text of the README');
  parseRepoType(body.repoType);
  const { errors, warnings, frontMatter } = validateCard(body.content);
  const status = errors.length > 0 ? 400 : 200;
  const accept = ctx.req.headers.accept ?? "";
  if (/\btext\/plain\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept)) {
    return sendText(
      ctx.res,
      status,
      status === 400 ? invalidMetadataText(frontMatter) : warnings.map((w) => w.message).join("\n"),
    );
  }
  sendJson(ctx.res, status, { errors, warnings });
}

/** `{name, organization}` or a full `name: "ns/name"`; the namespace defaults to the caller. */
function splitName(body: Record<string, unknown>, caller: string): { namespace: string; name: string } {
  const rawName = typeof body.name === "string" ? body.name : "";
  const organization = typeof body.organization === "string" && body.organization !== "" ? body.organization : null;
  if (!organization && rawName.includes("/")) {
    const [namespace, ...rest] = rawName.split("/");
    if (rest.length !== 1) throw badRequest("A repo id has at most one '/'");
    return { namespace, name: rest[0] };
  }
  return { namespace: organization ?? caller, name: rawName };
}

/**
 * `visibility` ("public"|"private", "protected" for Spaces) and/or `private` (a JSON boolean): anything else is a
 * 400. Both may come together (older clients added `private`); `visibility` then decides. null means "not given".
 */
export function requestedPrivacy(body: Record<string, unknown>, type: RepoType): boolean | undefined {
  const { visibility, private: isPrivate } = body;
  if (isPrivate !== undefined && isPrivate !== null && typeof isPrivate !== "boolean") {
    throw badRequest(`Invalid "private": expected a boolean, got ${JSON.stringify(isPrivate)}`);
  }
  if (visibility !== undefined && visibility !== null) {
    const allowed = type === "space" ? ["public", "private", "protected"] : ["public", "private"];
    if (typeof visibility !== "string" || !allowed.includes(visibility)) {
      throw badRequest(
        `Invalid "visibility": expected one of ${allowed.join(", ")}, got ${JSON.stringify(visibility)}`,
      );
    }
    return visibility === "private";
  }
  return typeof isPrivate === "boolean" ? isPrivate : undefined;
}

/**
 * Tokens minted by the Trusted Publisher exchange act on one existing repo and may not create any: the Hub answers
 * 401 whether or not the repo exists (the Python client's `exist_ok` then reads the repo to tell).
 */
export function requireRepoCreationRight(principal: NonNullable<RequestContext["principal"]>): void {
  const scope = principal.token.scope;
  if (!scope) return;
  throw new HubError(
    401,
    `This access token cannot create repositories: it was issued by a Trusted Publisher exchange for the ` +
      `${scope.type} ${scope.id} only`,
    { headerMessage: true },
  );
}

export async function createRepo(ctx: RequestContext, hub: Hub): Promise<void> {
  if (!ctx.principal) throw authenticationRequired();
  const body = await readJsonObject(ctx.req);
  requireRepoCreationRight(ctx.principal);
  const type = parseRepoType(body.type);
  const { namespace, name } = splitName(body, ctx.principal.user.name);
  assertValidRepoName(name);
  const owner = hub.accounts.canonicalNamespace(namespace);
  if (!owner || !hub.accounts.canWriteNamespace(ctx.principal, owner)) {
    throw forbidden(`You don't have the rights to create a ${type} under the namespace "${namespace}"`);
  }
  hub.requireScope(ctx, type, `${owner}/${name}`);
  const sdk = typeof body.sdk === "string" ? body.sdk : undefined;
  if (type === "space" && (!sdk || !(SPACE_SDKS as readonly string[]).includes(sdk))) {
    throw badRequest(`Invalid "sdk": a Space needs one of ${SPACE_SDKS.join(", ")}`);
  }
  const isPrivate = requestedPrivacy(body, type) ?? false;
  const spaceSettings = type === "space" ? parseSpaceSettings(body) : undefined;
  const existing = hub.repos.get(type, `${owner}/${name}`);
  if (existing) {
    // The Hub sends this 409 without X-Error-Code; clients treat it as "already exists".
    throw new HubError(409, `You already created this ${type} repo`, { extraBody: { url: repoUrl(ctx, existing) } });
  }
  const repo = new Repo(type, owner, name, isPrivate, type === "space" ? sdk : undefined);
  const files = initialFiles(repo, body);
  const changed = new Set(files.keys());
  const commit = repo.createCommit(undefined, files, changed, {
    title: "initial commit",
    description: "",
    author: ctx.principal.user.name,
  });
  repo.branches.set(DEFAULT_BRANCH, commit.id);
  hub.repos.add(repo);
  if (spaceSettings) hub.spaces.create(repo, commit, spaceSettings);
  sendJson(ctx.res, 200, { url: repoUrl(ctx, repo), name: repo.id, id: repo._id });
}

/** `.gitattributes`, a README for spaces and licensed repos, then any `files` sent at creation. */
function initialFiles(repo: Repo, body: Record<string, unknown>): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  files.set(".gitattributes", regularFile(Buffer.from(defaultGitattributes(repo.type))));
  const license = typeof body.license === "string" ? body.license : undefined;
  if (repo.type === "space") {
    const readme =
      `---\ntitle: ${repo.name}\nemoji: 🚀\ncolorFrom: blue\ncolorTo: green\nsdk: ${repo.sdk}\npinned: false\n` +
      `${license ? `license: ${license}\n` : ""}---\n\n` +
      "Check out the configuration reference at https://huggingface.co/docs/hub/spaces-config-reference\n";
    files.set("README.md", regularFile(Buffer.from(readme)));
  } else if (license) {
    files.set("README.md", regularFile(Buffer.from(`---\nlicense: ${license}\n---\n`)));
  }
  for (const file of Array.isArray(body.files) ? (body.files as Record<string, unknown>[]) : []) {
    const path = normalizeRepoPath(file.path);
    const content = typeof file.content === "string" ? file.content : "";
    files.set(path, regularFile(Buffer.from(content, file.encoding === "base64" ? "base64" : "utf8")));
  }
  return files;
}

/** Finds the repo named by a delete/move body, with the Hub's 401/403/404 rules. */
function repoForAdmin(ctx: RequestContext, hub: Hub, type: RepoType, id: string): Repo {
  if (!ctx.principal) throw authenticationRequired();
  const repo = hub.repos.get(type, id);
  if (!repo || !hub.canRead(ctx, repo)) throw repoNotFound(true);
  if (!hub.accounts.canWriteNamespace(ctx.principal, repo.namespace)) {
    throw forbidden(`You don't have the rights to manage the ${type} ${repo.id}`);
  }
  hub.requireScope(ctx, type, repo.id);
  return repo;
}

export async function deleteRepo(ctx: RequestContext, hub: Hub): Promise<void> {
  if (!ctx.principal) throw authenticationRequired();
  const body = await readJsonObject(ctx.req);
  const type = parseRepoType(body.type);
  const { namespace, name } = splitName(body, ctx.principal.user.name);
  const repo = repoForAdmin(ctx, hub, type, `${namespace}/${name}`);
  hub.repos.delete(repo);
  hub.spaces.forget(repo);
  sendText(ctx.res, 200, "OK");
}

export async function moveRepo(ctx: RequestContext, hub: Hub): Promise<void> {
  if (!ctx.principal) throw authenticationRequired();
  const body = await readJsonObject(ctx.req);
  const type = parseRepoType(body.type);
  const [from, to] = [body.fromRepo, body.toRepo];
  if (typeof from !== "string" || typeof to !== "string") throw badRequest('"fromRepo" and "toRepo" are required');
  const repo = repoForAdmin(ctx, hub, type, from);
  const [namespace, name, ...rest] = to.split("/");
  if (!name || rest.length > 0) throw badRequest(`Invalid repo id "${to}"`);
  assertValidRepoName(name);
  const owner = hub.accounts.canonicalNamespace(namespace);
  if (!owner || !hub.accounts.canWriteNamespace(ctx.principal, owner)) {
    throw forbidden(`You don't have the rights to create a ${type} under the namespace "${namespace}"`);
  }
  hub.requireScope(ctx, type, `${owner}/${name}`);
  const target = hub.repos.get(type, `${owner}/${name}`);
  if (target && target !== repo) throw new HubError(409, `A ${type} repository called ${owner}/${name} already exists`);
  hub.repos.move(repo, owner, name);
  sendJson(ctx.res, 200, { url: repoUrl(ctx, repo) });
}

export async function updateSettings(ctx: RequestContext, hub: Hub, repo: Repo): Promise<void> {
  hub.requireWrite(ctx, repo, { forbiddenMessage: `You don't have the rights to change the settings of ${repo.id}` });
  const body = await readJsonObject(ctx.req);
  const isPrivate = requestedPrivacy(body, repo.type);
  if (body.gated !== undefined && ![false, "auto", "manual"].includes(body.gated as string | boolean)) {
    throw badRequest('"gated" must be false, "auto" or "manual"');
  }
  if (isPrivate !== undefined) repo.private = isPrivate;
  if (body.gated !== undefined) repo.gated = body.gated as Repo["gated"];
  if (body.discussionsDisabled !== undefined) repo.discussionsDisabled = isTruthy(body.discussionsDisabled);
  sendJson(ctx.res, 200, { private: repo.private, gated: repo.gated, discussionsDisabled: repo.discussionsDisabled });
}

export function getRepoInfo(ctx: RequestContext, hub: Hub, repo: Repo, revision: string): void {
  const { commit } = hub.resolve(repo, revision);
  const query = ctx.url.searchParams;
  const info = repoInfo(repo, commit, {
    blobs: isTruthy(query.get("blobs")),
    securityStatus: isTruthy(query.get("securityStatus")),
    expand: expandParams(query),
    spaces: hub.spaces,
  });
  sendJson(ctx.res, 200, info);
}
