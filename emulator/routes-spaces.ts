/**
 * The Space routes under `/api/spaces/{ns}/{name}/`: runtime, secrets, variables, hardware, sleep time, pause,
 * restart and the build/run logs as server-sent events; `GET /api/spaces/hardware`; and the duplication of any repo
 * (`POST /api/{type}s/{ns}/{name}/duplicate`).
 */
import { authenticationRequired, badRequest, forbidden, HubError, revisionNotFound, routeNotFound } from "./errors";
import type { Hub } from "./hub";
import { readJsonObject, sendJson, type RequestContext } from "./http";
import { assertValidRepoName } from "./paths";
import { DEFAULT_BRANCH, Repo } from "./repos";
import { repoUrl, requestedPrivacy, requireRepoCreationRight } from "./routes-repos";
import { readSpaceConfig } from "./space-build";
import { FREE_FLAVOR, isFlavor, SPACE_FLAVORS } from "./space-hardware";
import type { EnvEntry, EnvInput, LogLine, SpaceSettings } from "./spaces";

const SPACE_ACTIONS = new Set(["runtime", "secrets", "variables", "hardware", "sleeptime", "pause", "restart", "logs"]);

/** The Hub's schema for secret and variable keys (its OpenAPI document): a letter, then letters, digits, `_`. */
const ENV_KEY = /^[a-zA-Z][_a-zA-Z0-9]*$/;

export const FREE_SLEEP_MESSAGE =
  "Sleep time cannot be set on the free 'cpu-basic' hardware: a Space there goes to sleep after 48 hours of " +
  "inactivity, which is not configurable. Upgrade to a paid hardware to set a custom sleep time.";

export function isSpaceAction(action: string | undefined): action is string {
  return action !== undefined && SPACE_ACTIONS.has(action);
}

export function listHardware(ctx: RequestContext): void {
  sendJson(ctx.res, 200, SPACE_FLAVORS);
}

/** `/api/spaces/{ns}/{name}/{action}[/{tail}]` for a Space the caller can read; the write actions check rights. */
export async function routeSpace(
  ctx: RequestContext,
  hub: Hub,
  repo: Repo,
  action: string,
  tail: string[],
): Promise<void> {
  const route = `${ctx.method} ${[action, ...tail].join("/")}`;
  const requireWrite = () =>
    hub.requireWrite(ctx, repo, { forbiddenMessage: `You don't have the rights to manage the Space ${repo.id}` });
  const spaces = hub.spaces;
  switch (route) {
    case "GET runtime":
      return sendJson(ctx.res, 200, spaces.runtime(repo));
    case "GET logs/build":
    case "GET logs/run":
      return streamLogs(ctx, hub, repo, tail[0] as "build" | "run");
    case "GET secrets":
      requireWrite();
      return sendJson(ctx.res, 200, envJson(spaces.secrets(repo), false));
    case "GET variables":
      requireWrite();
      return sendJson(ctx.res, 200, envJson(spaces.variables(repo), true));
    case "POST secrets":
    case "POST variables": {
      requireWrite();
      const input = parseEnvInput(await readJsonObject(ctx.req), action);
      const entries = action === "secrets" ? spaces.secrets(repo) : spaces.variables(repo);
      spaces.setEnv(entries, input);
      return sendJson(ctx.res, 200, action === "secrets" ? {} : envJson(entries, true));
    }
    case "DELETE secrets":
    case "DELETE variables": {
      requireWrite();
      const body = await readJsonObject(ctx.req);
      if (typeof body.key !== "string") throw badRequest('"key" is required');
      const entries = action === "secrets" ? spaces.secrets(repo) : spaces.variables(repo);
      entries.delete(body.key);
      return sendJson(ctx.res, 200, action === "secrets" ? {} : envJson(entries, true));
    }
    case "POST hardware": {
      requireWrite();
      const body = await readJsonObject(ctx.req);
      if (!isFlavor(body.flavor)) throw invalidFlavor(body.flavor);
      const sleepTime = parseSleepTime(body.sleepTimeSeconds, body.flavor);
      spaces.requestHardware(repo, body.flavor, sleepTime);
      return sendJson(ctx.res, 200, spaces.runtime(repo));
    }
    case "POST sleeptime": {
      requireWrite();
      const body = await readJsonObject(ctx.req);
      const seconds = parseSleepTime(body.seconds, spaces.requestedHardware(repo));
      if (seconds === undefined) throw badRequest('"seconds" is required');
      spaces.setSleepTime(repo, seconds);
      return sendJson(ctx.res, 200, spaces.runtime(repo));
    }
    case "POST pause":
    case "POST restart":
      requireWrite();
      if (sdkOf(repo) === "static") {
        throw badRequest("Static Spaces are always running and never billed: they cannot be paused or restarted");
      }
      if (action === "pause") spaces.pause(repo);
      else spaces.restart(repo);
      return sendJson(ctx.res, 200, spaces.runtime(repo));
  }
  throw routeNotFound();
}

/** The SDK the README names, else the one the Space was created with. */
function sdkOf(repo: Repo): string | undefined {
  const head = repo.head();
  const config = head && readSpaceConfig(head);
  return typeof config === "object" ? config.sdk : repo.sdk;
}

function envJson(entries: Map<string, EnvEntry>, withValues: boolean): Record<string, unknown> {
  return Object.fromEntries(
    [...entries].map(([key, { value, description, updatedAt }]) => [
      key,
      { ...(withValues && { value }), ...(description !== undefined && { description }), updatedAt },
    ]),
  );
}

function parseEnvInput(raw: unknown, what: string): EnvInput {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw badRequest(`Each of "${what}" must be an object {key, value, description?}`);
  }
  const { key, value = "", description } = raw as Record<string, unknown>;
  if (typeof key !== "string" || !ENV_KEY.test(key)) {
    throw badRequest(
      `Invalid key ${JSON.stringify(key)}: a key starts with a letter and holds only letters, digits and ` +
        `underscores (${ENV_KEY.source})`,
    );
  }
  if (typeof value !== "string") throw badRequest(`The value of ${key} must be a string`);
  if (description !== undefined && description !== null && typeof description !== "string") {
    throw badRequest(`The description of ${key} must be a string`);
  }
  return { key, value, ...(typeof description === "string" && { description }) };
}

function parseEnvList(raw: unknown, what: string): EnvInput[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw badRequest(`"${what}" must be a list of {key, value, description?}`);
  return raw.map((item) => parseEnvInput(item, what));
}

function invalidFlavor(flavor: unknown): HubError {
  return badRequest(
    `Invalid hardware flavor ${JSON.stringify(flavor)}: expected one of ${SPACE_FLAVORS.map((f) => f.name).join(", ")}`,
  );
}

/** Seconds of inactivity before sleeping: a positive integer or -1 (never); refused on the free hardware. */
function parseSleepTime(raw: unknown, flavor: string): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "number" || !Number.isInteger(raw) || (raw <= 0 && raw !== -1)) {
    throw badRequest(`Invalid sleep time ${JSON.stringify(raw)}: expected a number of seconds, or -1 to never sleep`);
  }
  if (flavor === FREE_FLAVOR) throw badRequest(FREE_SLEEP_MESSAGE);
  return raw;
}

/** `hardware`, `sleepTimeSeconds`, `secrets` and `variables` of a Space creation or duplication; 400 when invalid. */
export function parseSpaceSettings(body: Record<string, unknown>): SpaceSettings {
  const hardware = body.hardware === undefined || body.hardware === null ? undefined : body.hardware;
  if (hardware !== undefined && !isFlavor(hardware)) throw invalidFlavor(hardware);
  return {
    hardware,
    sleepTime: parseSleepTime(body.sleepTimeSeconds, hardware ?? FREE_FLAVOR),
    secrets: parseEnvList(body.secrets, "secrets"),
    variables: parseEnvList(body.variables, "variables"),
  };
}

function sseEvent(line: LogLine): string {
  return `data: ${JSON.stringify({ data: line.data, timestamp: line.timestamp })}\n\n`;
}

/**
 * `GET .../logs/build|run[?tail=N]` as server-sent events: the lines so far, then new ones as they come while the
 * build (or the app) goes on, with empty `data:` keep-alives; the stream ends with the build (or the run).
 */
function streamLogs(ctx: RequestContext, hub: Hub, repo: Repo, which: "build" | "run"): void {
  const stream = hub.spaces.logStream(repo, which);
  const tail = Number(ctx.url.searchParams.get("tail"));
  const { res } = ctx;
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  const past = Number.isInteger(tail) && tail > 0 ? stream.lines.slice(-tail) : stream.lines;
  res.write(past.map(sseEvent).join(""));
  if (!stream.open) return void res.end();
  const keepAlive = setInterval(() => res.write("data: \n\n"), hub.spaces.keepAliveMs);
  const unsubscribe = stream.subscribe({
    line: (line) => res.write(sseEvent(line)),
    end: () => {
      clearInterval(keepAlive);
      res.end();
    },
  });
  res.once("close", () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

/**
 * `POST /api/{type}s/{ns}/{name}/duplicate` `{repository: "ns/name", private?|visibility?, hardware?,
 * sleepTimeSeconds?, secrets?, variables?}`: a new repo whose one commit holds the source's `main` tree, private
 * like the source unless told. A Space's settings are the ones given, never the source's (secrets and variables
 * included, as the Python client's `duplicate_space` passes them), so it starts on `cpu-basic` unless told.
 */
export async function duplicateRepo(ctx: RequestContext, hub: Hub, source: Repo): Promise<void> {
  if (!ctx.principal) throw authenticationRequired();
  const body = await readJsonObject(ctx.req);
  requireRepoCreationRight(ctx.principal);
  const type = source.type;
  const target = body.repository;
  const parts = typeof target === "string" ? target.split("/") : [];
  if (parts.length !== 2 || !parts[0]) throw badRequest(`Invalid "repository": expected "namespace/name"`);
  const [namespace, name] = parts;
  assertValidRepoName(name);
  const owner = hub.accounts.canonicalNamespace(namespace);
  if (!owner || !hub.accounts.canWriteNamespace(ctx.principal, owner)) {
    throw forbidden(`You don't have the rights to create a ${type} under the namespace "${namespace}"`);
  }
  hub.requireScope(ctx, type, `${owner}/${name}`);
  hub.requireGatedAccess(ctx, source);
  const isPrivate = requestedPrivacy(body, type) ?? source.private;
  const settings = type === "space" ? parseSpaceSettings(body) : undefined;
  const existing = hub.repos.get(type, `${owner}/${name}`);
  if (existing) {
    throw new HubError(409, `You already created this ${type} repo`, { extraBody: { url: repoUrl(ctx, existing) } });
  }
  const head = source.head();
  if (!head) throw revisionNotFound(DEFAULT_BRANCH);
  const repo = new Repo(type, owner, name, isPrivate, source.sdk);
  const commit = repo.createCommit(undefined, new Map(head.files), new Set(head.files.keys()), {
    title: `Duplicate from ${source.id}`,
    description: "",
    author: ctx.principal.user.name,
  });
  repo.branches.set(DEFAULT_BRANCH, commit.id);
  hub.repos.add(repo);
  if (settings) hub.spaces.create(repo, commit, settings);
  sendJson(ctx.res, 200, { url: repoUrl(ctx, repo) });
}
