/**
 * `/__admin/`: emulator-only controls for tests (faults, request log, rate limits, Space stages); no auth, never
 * rate-limited.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCommitQuotaConfig } from "./commit-quota";
import { badRequest, routeNotFound } from "./errors";
import { readJsonObject, readJsonValue, sendJson } from "./http";
import { SPACE_STAGES, type SpaceStage } from "./spaces";
import { parseRateLimitConfig } from "./ratelimit";
import type { ServerParts } from "./server-parts";

export async function routeAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  segments: string[],
  parts: ServerParts,
): Promise<void> {
  const route = `${method} ${segments.join("/")}`;
  const faultId = segments[0] === "faults" && segments.length === 2 ? segments[1] : undefined;
  switch (route) {
    case "POST faults":
      return sendJson(res, 200, { ids: parts.faults.add(await readJsonValue(req)) });
    case "GET faults":
      return sendJson(res, 200, parts.faults.list());
    case "DELETE faults":
      parts.faults.clear();
      return sendJson(res, 200, {});
    case "GET requests":
      return sendJson(res, 200, parts.requestLog.list());
    case "DELETE requests":
      parts.requestLog.clear();
      return sendJson(res, 200, {});
    case "POST rate-limit":
      parts.limiter.configure(parseRateLimitConfig(await readJsonValue(req)));
      return sendJson(res, 200, {});
    case "POST commit-quota":
      parts.hub.commitQuota.configure(parseCommitQuotaConfig(await readJsonValue(req)));
      return sendJson(res, 200, {});
    case "POST space-stage":
      return forceSpaceStage(res, parts, await readJsonObject(req));
  }
  if (method === "DELETE" && faultId !== undefined) {
    if (!parts.faults.remove(faultId)) throw routeNotFound();
    return sendJson(res, 200, {});
  }
  throw routeNotFound();
}

/**
 * `POST /__admin/space-stage` `{repo: "ns/name", stage, errorMessage?, runLog?: [lines]}`: puts a Space in a stage
 * (a RUNTIME_ERROR with the crash in its run log, say), stopping any build under way; answers its runtime.
 */
function forceSpaceStage(res: ServerResponse, parts: ServerParts, body: Record<string, unknown>): void {
  const { repo: id, stage, errorMessage, runLog = [] } = body;
  const repo = typeof id === "string" ? parts.hub.repos.get("space", id) : undefined;
  if (!repo) throw routeNotFound();
  if (!(SPACE_STAGES as readonly unknown[]).includes(stage)) {
    throw badRequest(`"stage" must be one of ${SPACE_STAGES.join(", ")}`);
  }
  if (errorMessage !== undefined && typeof errorMessage !== "string")
    throw badRequest('"errorMessage" must be a string');
  if (!Array.isArray(runLog) || !runLog.every((line) => typeof line === "string")) {
    throw badRequest('"runLog" must be a list of strings');
  }
  parts.hub.spaces.force(repo, stage as SpaceStage, errorMessage, runLog as string[]);
  sendJson(res, 200, parts.hub.spaces.runtime(repo));
}
