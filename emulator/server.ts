/** The HTTP server: common headers, authentication, routing to the handlers, error answers. */
import { randomBytes } from "node:crypto";
import http, { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Socket } from "node:net";
import { HubError, authenticationRequired, badRequest, routeNotFound } from "./errors";
import { Redirect, type Hub } from "./hub";
import {
  BODY_LONGER_THAN_DECLARED,
  baseUrlOf,
  firstHeader,
  markBrokenConnection,
  readJsonObject,
  sendError,
  sendJson,
  sendRedirect,
  type RequestContext,
} from "./http";
import { METRICS } from "./metric-catalogue";
import { repoTypeFromPlural, urlPrefix, type RepoType } from "./paths";
import { applyFault } from "./fault-actions";
import type { ServerParts } from "./server-parts";
import { routeAdmin } from "./routes-admin";
import { commit, createBranch, createTag, deleteBranch, deleteTag, listCommits, listRefs } from "./routes-commits";
import { decodeSegment, download, listTree, pathsInfo, preupload } from "./routes-files";
import { listRepos } from "./repo-listing";
import { createRepo, deleteRepo, getRepoInfo, moveRepo, updateSettings, validateYaml, whoami } from "./routes-repos";
import { duplicateRepo, isSpaceAction, listHardware, routeSpace } from "./routes-spaces";
import { DATASET_TAGS_BY_TYPE, MODEL_TAGS_BY_TYPE } from "./tag-catalogue";

/** `Root=1-<8 hex seconds>-<24 hex>` like the Hub's load balancer, plus the client's trace id if any. */
function requestId(req: IncomingMessage): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, "0");
  const id = `Root=1-${seconds}-${randomBytes(12).toString("hex")}`;
  const trace = firstHeader(req.headers["x-amzn-trace-id"]);
  return trace ? `${id};${trace}` : id;
}

/** The response under way on each connection, so a body that breaks the HTTP framing is answered on it. */
const inFlight = new WeakMap<Socket, ServerResponse>();

export function createHubServer(parts: ServerParts): http.Server {
  const server = http.createServer((req, res) => {
    inFlight.set(req.socket, res);
    res.once("close", () => {
      if (inFlight.get(req.socket) === res) inFlight.delete(req.socket);
    });
    void handle(parts, req, res);
  });
  // Multi-GB uploads may take longer than Node's default 5-minute request timeout.
  server.requestTimeout = 0;
  server.on("clientError", onClientError);
  return server;
}

/**
 * Node's parser fails on a body shorter than its Content-Length once the client ends the connection
 * (`HPE_INVALID_EOF_STATE`), and on bytes past it, which it reads as a next request. Either way the request
 * under way is answered 400 (never applied: see `assertIntactBody`) instead of waiting for bytes that never come.
 */
function onClientError(error: Error & { code?: string }, stream: Duplex): void {
  const socket = stream as Socket;
  markBrokenConnection(socket);
  const res = inFlight.get(socket);
  if (res && !res.headersSent && !res.writableEnded && error.code?.startsWith("HPE_")) {
    const message =
      error.code === "HPE_INVALID_EOF_STATE"
        ? "The request body ended before the length its Content-Length declared"
        : res.req.complete
          ? BODY_LONGER_THAN_DECLARED
          : `Malformed request body (${error.code})`;
    res.setHeader("Connection", "close");
    sendError(res, badRequest(message));
    // Unblocks a handler still waiting for the rest of the body.
    res.once("finish", () => res.req.destroy());
    return;
  }
  // As Node does by default: an answer already under way, or a dead socket, is just cut.
  if (res || error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

async function handle(parts: ServerParts, incoming: IncomingMessage, res: ServerResponse): Promise<void> {
  const { hub, limiter } = parts;
  res.setHeader("X-Request-Id", requestId(incoming));
  try {
    const url = new URL(incoming.url ?? "/", "http://emulator.invalid");
    const method = incoming.method ?? "GET";
    const segments = url.pathname.split("/").slice(1);
    if (segments[0] === "__admin") return await routeAdmin(incoming, res, method, segments.slice(1), parts);

    const entry = parts.requestLog.record(method, url.pathname, incoming, res);
    const fault = parts.faults.match(method, url.pathname);
    const req = fault ? await applyFault(fault, incoming, res, entry, parts.shutdown) : incoming;
    if (!req) return;

    const presigned = segments[0] === "__lfs";
    const isDownload = segments.includes("resolve") || segments.includes("raw");
    // Presigned storage URLs belong to the object store (S3 on the Hub), which sends no rate-limit headers.
    if (!presigned) {
      const clientKey = firstHeader(req.headers.authorization) ?? req.socket.remoteAddress ?? "anonymous";
      const rate = limiter.take(isDownload ? "resolvers" : "api", clientKey);
      for (const [name, value] of Object.entries(rate.headers)) res.setHeader(name, value);
      if (rate.limited) throw new HubError(429, limiter.exceededMessage());
    }
    const isTokenExchange = url.pathname === "/oauth/token";
    const baseUrl = baseUrlOf(req, parts.fallbackHost());
    const ctx: RequestContext = {
      req,
      res,
      method,
      url,
      baseUrl,
      publicUrl: parts.publicUrl ?? baseUrl,
      // Presigned storage URLs ignore Authorization, like S3 does for HF's upload URLs; the OIDC exchange needs none.
      principal:
        presigned || isTokenExchange ? null : hub.accounts.authenticate(firstHeader(req.headers.authorization)),
    };
    if (presigned) await hub.lfs.transfer(ctx, segments.slice(1));
    else if (isTokenExchange && is(ctx, "POST")) await parts.tokenExchange.exchange(ctx);
    else if (segments[0] === "api") await routeApi(ctx, hub, segments.slice(1));
    else await routeGit(ctx, hub, segments);
  } catch (error) {
    if (error instanceof Redirect) sendRedirect(res, error.location);
    else if (error instanceof HubError) sendError(res, error);
    else if (isClientAbort(error)) res.destroy();
    else {
      console.error("[hf-hub-emulator]", error);
      sendError(res, new HubError(500, `Internal error: ${(error as Error)?.message ?? String(error)}`));
    }
  }
}

function isClientAbort(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ERR_STREAM_DESTROYED";
}

function is(ctx: RequestContext, ...methods: string[]): boolean {
  return methods.includes(ctx.method);
}

async function routeApi(ctx: RequestContext, hub: Hub, segments: string[]): Promise<void> {
  const [first, ...rest] = segments;
  if (first === "whoami-v2" && rest.length === 0 && is(ctx, "GET")) return whoami(ctx, hub);
  if (first === "validate-yaml" && rest.length === 0 && is(ctx, "POST")) return validateYaml(ctx);
  if (rest.length === 0 && is(ctx, "GET")) {
    if (first === "models-tags-by-type") return sendJson(ctx.res, 200, MODEL_TAGS_BY_TYPE);
    if (first === "datasets-tags-by-type") return sendJson(ctx.res, 200, DATASET_TAGS_BY_TYPE);
    if (first === "metrics") return sendJson(ctx.res, 200, METRICS);
  }
  if (first === "repos" && rest.length === 1) {
    if (rest[0] === "create" && is(ctx, "POST")) return createRepo(ctx, hub);
    if (rest[0] === "delete" && is(ctx, "DELETE")) return deleteRepo(ctx, hub);
    if (rest[0] === "move" && is(ctx, "POST")) return moveRepo(ctx, hub);
    throw routeNotFound();
  }
  const type = repoTypeFromPlural(first);
  if (!type) throw routeNotFound();
  if (rest.length === 0 && is(ctx, "GET")) return listRepos(ctx, hub, type);
  if (type === "space" && rest.length === 1 && rest[0] === "hardware" && is(ctx, "GET")) return listHardware(ctx);
  if (rest.length < 2) throw routeNotFound();
  const [namespace, name, action, ...tail] = rest;
  const after = rest.slice(2).join("/");
  const repo = hub.findRepo(ctx, type, `${decodeSegment(namespace)}/${decodeSegment(name)}`, (moved) => {
    return `/api/${first}/${moved.id}${after ? `/${after}` : ""}${ctx.url.search}`;
  });
  const revision = tail.map(decodeSegment).join("/");
  const hasRevision = tail.length > 0 && revision !== "";

  if ((action === undefined || (action === "" && tail.length === 0)) && is(ctx, "GET")) {
    return getRepoInfo(ctx, hub, repo, "main");
  }
  if (action === "revision" && hasRevision && is(ctx, "GET")) return getRepoInfo(ctx, hub, repo, revision);
  if (action === "tree" && hasRevision && is(ctx, "GET")) return listTree(ctx, hub, repo, tail);
  if (action === "paths-info" && hasRevision && is(ctx, "POST")) return pathsInfo(ctx, hub, repo, revision);
  if (action === "preupload" && hasRevision && is(ctx, "POST")) return preupload(ctx, hub, repo, revision);
  if (action === "commit" && hasRevision && is(ctx, "POST")) return commit(ctx, hub, repo, revision);
  if (action === "commits" && hasRevision && is(ctx, "GET")) return listCommits(ctx, hub, repo, revision);
  if (action === "branch" && hasRevision && is(ctx, "POST")) return createBranch(ctx, hub, repo, revision);
  if (action === "branch" && hasRevision && is(ctx, "DELETE")) return deleteBranch(ctx, hub, repo, revision);
  if (action === "tag" && hasRevision && is(ctx, "POST")) return createTag(ctx, hub, repo, revision);
  if (action === "tag" && hasRevision && is(ctx, "DELETE")) return deleteTag(ctx, hub, repo, revision);
  if (action === "refs" && tail.length === 0 && is(ctx, "GET")) return listRefs(ctx, repo);
  if (action === "settings" && tail.length === 0 && is(ctx, "PUT")) return updateSettings(ctx, hub, repo);
  if (action === "duplicate" && tail.length === 0 && is(ctx, "POST")) return duplicateRepo(ctx, hub, repo);
  // Runtime, secrets, variables, hardware, logs...: Spaces only; other repo types answer 404 as on the Hub.
  if (repo.type === "space" && isSpaceAction(action))
    return routeSpace(ctx, hub, repo, action, tail.map(decodeSegment));
  throw routeNotFound();
}

/** `/{prefix}{ns}/{name}.git/info/lfs/objects/{batch|verify}` and `/{prefix}{ns}/{name}/{resolve|raw}/...`. */
async function routeGit(ctx: RequestContext, hub: Hub, segments: string[]): Promise<void> {
  const typed = (segments[0] === "datasets" || segments[0] === "spaces") && segments.length >= 4;
  const type: RepoType = typed ? (repoTypeFromPlural(segments[0]) as RepoType) : "model";
  const [namespace, nameSegment, ...rest] = segments.slice(typed ? 1 : 0);
  if (!namespace || !nameSegment) throw routeNotFound();
  const prefix = urlPrefix(type);
  const isLfs = nameSegment.endsWith(".git") && rest.slice(0, 3).join("/") === "info/lfs/objects" && rest.length === 4;
  const name = decodeSegment(isLfs ? nameSegment.slice(0, -4) : nameSegment);
  const id = `${decodeSegment(namespace)}/${name}`;

  if (isLfs && is(ctx, "POST")) {
    if (!ctx.principal) throw authenticationRequired();
    const repo = hub.findRepo(ctx, type, id, (moved) => `/${prefix}${moved.id}.git/${rest.join("/")}`);
    if (rest[3] === "verify") return hub.lfs.verify(ctx);
    if (rest[3] !== "batch") throw routeNotFound();
    const body = await readJsonObject(ctx.req);
    // The JS client omits `ref` for pull requests, so uploads from non-members to public repos are allowed.
    if (body.operation === "upload") hub.requireWrite(ctx, repo, { pullRequest: true });
    return hub.lfs.batch(ctx, repo, body);
  }
  if ((rest[0] === "resolve" || rest[0] === "raw") && rest.length >= 3 && is(ctx, "GET", "HEAD")) {
    const repo = hub.findRepo(ctx, type, id, (moved) => `/${prefix}${moved.id}/${rest.join("/")}${ctx.url.search}`);
    return download(ctx, hub, repo, rest[0], rest.slice(1));
  }
  throw routeNotFound();
}
