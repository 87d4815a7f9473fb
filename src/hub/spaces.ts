import { type HubConnection, hubRequest, onEndpoint } from "./connection";
import { type RepoRef, repoApiPath, repoId } from "./repo-ref";

export type SpaceStage =
  | "NO_APP_FILE"
  | "CONFIG_ERROR"
  | "BUILDING"
  | "BUILD_ERROR"
  | "APP_STARTING"
  | "RUNNING"
  | "RUNNING_BUILDING"
  | "RUNNING_APP_STARTING"
  | "RUNTIME_ERROR"
  | "PAUSED"
  | "STOPPED"
  | "DELETING";

/** Stages a Space passes through on its way up: waiting goes on while the stage is one of these. */
export const INTERMEDIATE_STAGES: readonly SpaceStage[] = [
  "BUILDING",
  "RUNNING_BUILDING",
  "APP_STARTING",
  "RUNNING_APP_STARTING",
];

export interface SpaceRuntime {
  stage: SpaceStage;
  hardware: { current: string | null; requested: string | null };
  domains?: Array<{ domain: string; stage: string }>;
  errorMessage?: string;
  /** The commit the current build is for. */
  sha?: string;
  gcTimeout?: number | null;
  [field: string]: unknown;
}

/** A secret or a variable, as the Hub takes them on create and on their own routes. */
export interface SpaceSetting {
  key: string;
  value: string;
  description?: string;
}

/** What a Space may be given besides its files, on create or duplicate. */
export interface SpaceSettings {
  hardware?: string;
  sleepTimeSeconds?: number;
  secrets?: SpaceSetting[];
  variables?: SpaceSetting[];
}

/** The settings as the create and duplicate routes take them. */
export function spaceSettingsPayload(settings: SpaceSettings): Record<string, unknown> {
  return {
    ...(settings.hardware ? { hardware: settings.hardware } : {}),
    ...(settings.sleepTimeSeconds !== undefined ? { sleepTimeSeconds: settings.sleepTimeSeconds } : {}),
    ...(settings.secrets?.length ? { secrets: settings.secrets } : {}),
    ...(settings.variables?.length ? { variables: settings.variables } : {}),
  };
}

const spacePath = (space: RepoRef, route: string): string => `${repoApiPath(space)}/${route}`;

export async function spaceRuntime(connection: HubConnection, space: RepoRef): Promise<SpaceRuntime> {
  return (await hubRequest(connection, { url: spacePath(space, "runtime") })).json<SpaceRuntime>();
}

export async function addSpaceSecret(connection: HubConnection, space: RepoRef, secret: SpaceSetting): Promise<void> {
  await hubRequest(connection, { method: "POST", url: spacePath(space, "secrets"), json: secret });
}

export async function deleteSpaceSecret(connection: HubConnection, space: RepoRef, key: string): Promise<void> {
  await hubRequest(connection, { method: "DELETE", url: spacePath(space, "secrets"), json: { key } });
}

export async function addSpaceVariable(
  connection: HubConnection,
  space: RepoRef,
  variable: SpaceSetting,
): Promise<void> {
  await hubRequest(connection, { method: "POST", url: spacePath(space, "variables"), json: variable });
}

export async function deleteSpaceVariable(connection: HubConnection, space: RepoRef, key: string): Promise<void> {
  await hubRequest(connection, { method: "DELETE", url: spacePath(space, "variables"), json: { key } });
}

/** The Space's variables: name -> value. */
export async function listSpaceVariables(connection: HubConnection, space: RepoRef): Promise<Record<string, string>> {
  const body = (await hubRequest(connection, { url: spacePath(space, "variables") })).json<
    Record<string, { value: string }>
  >();
  return Object.fromEntries(Object.entries(body).map(([key, entry]) => [key, entry.value]));
}

/** The hardware flavors the Hub offers Spaces, by name. */
export async function spaceHardwareFlavors(connection: HubConnection): Promise<string[]> {
  const body = (await hubRequest(connection, { url: "/api/spaces/hardware" })).json<unknown[]>();
  return body.map((flavor) =>
    typeof flavor === "string" ? flavor : String((flavor as { name?: unknown }).name ?? ""),
  );
}

export async function requestSpaceHardware(
  connection: HubConnection,
  space: RepoRef,
  flavor: string,
  sleepTimeSeconds?: number,
): Promise<SpaceRuntime> {
  const json = { flavor, ...(sleepTimeSeconds !== undefined ? { sleepTimeSeconds } : {}) };
  return (await hubRequest(connection, { method: "POST", url: spacePath(space, "hardware"), json })).json();
}

export async function setSpaceSleepTime(
  connection: HubConnection,
  space: RepoRef,
  seconds: number,
): Promise<SpaceRuntime> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: spacePath(space, "sleeptime"),
    json: { seconds },
  });
  return response.json();
}

export async function pauseSpace(connection: HubConnection, space: RepoRef): Promise<SpaceRuntime> {
  return (await hubRequest(connection, { method: "POST", url: spacePath(space, "pause") })).json();
}

export async function restartSpace(connection: HubConnection, space: RepoRef, factory: boolean): Promise<SpaceRuntime> {
  const url = spacePath(space, `restart${factory ? "?factory=true" : ""}`);
  return (await hubRequest(connection, { method: "POST", url })).json();
}

/**
 * The lines of a Space's build or run log, read from its event stream for at most `readForMs` (a live log
 * never ends; a finished build's does).
 */
export async function spaceLogLines(
  connection: HubConnection,
  space: RepoRef,
  kind: "build" | "run",
  readForMs: number,
): Promise<string[]> {
  const response = await hubRequest(connection, {
    url: spacePath(space, `logs/${kind}`),
    headers: { Accept: "text/event-stream" },
    readForMs,
  });
  return response
    .text()
    .split("\n")
    .filter((line) => line.startsWith("data:") && line.length > "data:".length)
    .flatMap((line) => {
      try {
        const event = JSON.parse(line.slice("data:".length)) as { data?: unknown };
        return typeof event.data === "string" ? [event.data.replace(/\n$/, "")] : [];
      } catch {
        return [];
      }
    });
}

export interface DuplicateRequest {
  to: RepoRef;
  private?: boolean;
  settings: SpaceSettings;
}

/** Copies a repo (files; for a Space, the settings given) to a new id; 409 when that id exists. */
export async function duplicateRepo(
  connection: HubConnection,
  from: RepoRef,
  request: DuplicateRequest,
): Promise<string> {
  const json = {
    repository: repoId(request.to),
    ...(request.private !== undefined ? { visibility: request.private ? "private" : "public" } : {}),
    ...spaceSettingsPayload(request.settings),
  };
  const response = await hubRequest(connection, { method: "POST", url: `${repoApiPath(from)}/duplicate`, json });
  return onEndpoint(connection, response.json<{ url: string }>().url);
}

/** The URL the Space's app answers on: `https://` + the runtime's domain. */
export function spaceAppUrl(runtime: SpaceRuntime): string {
  const domain = runtime.domains?.[0]?.domain;
  return domain ? `https://${domain}` : "";
}
