/** `/__admin/`: emulator-only controls for tests (faults, request log, rate limits); no auth, never rate-limited. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCommitQuotaConfig } from "./commit-quota";
import { routeNotFound } from "./errors";
import { readJsonValue, sendJson } from "./http";
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
  }
  if (method === "DELETE" && faultId !== undefined) {
    if (!parts.faults.remove(faultId)) throw routeNotFound();
    return sendJson(res, 200, {});
  }
  throw routeNotFound();
}
