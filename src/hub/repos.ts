import { type HubConnection, hubRequest, isHubError, onEndpoint } from "./connection";
import { isRetryableStatus } from "./retry";
import { type SpaceSettings, spaceSettingsPayload } from "./spaces";
import { type RepoRef, repoApiPath, repoId } from "./repo-ref";
import { repoWebUrl } from "./urls";

export type SpaceSdk = "gradio" | "docker" | "static";

export interface NewRepo {
  /** Unset leaves the choice to the Hub (the namespace's default). */
  private?: boolean;
  spaceSdk?: SpaceSdk;
  /** When the repo exists already, report it instead of failing, and leave its settings untouched. */
  existOk: boolean;
  /** For a Space: hardware, sleep time, secrets and variables, sent in the create call. */
  spaceSettings?: SpaceSettings;
}

export interface CreatedRepo {
  url: string;
  created: boolean;
}

// Answers to a create that may still mean "it exists": no right to create (401, as for OIDC-minted tokens), payment
// needed (402), no write right on the namespace (403), or a conflicting operation that outlasted the retries.
const MAYBE_EXISTS = [401, 402, 403, 409];

export async function createRepo(connection: HubConnection, repo: RepoRef, options: NewRepo): Promise<CreatedRepo> {
  const payload: Record<string, unknown> = { name: repo.name, organization: repo.namespace, type: repo.type };
  if (options.private !== undefined) payload.visibility = visibilityOf(options.private);
  if (repo.type === "space")
    Object.assign(payload, { sdk: options.spaceSdk }, spaceSettingsPayload(options.spaceSettings ?? {}));
  try {
    const response = await hubRequest(connection, { method: "POST", url: "/api/repos/create", json: payload });
    return { url: onEndpoint(connection, response.json<{ url: string }>().url), created: true };
  } catch (error) {
    if (!options.existOk || !isHubError(error) || !MAYBE_EXISTS.includes(error.status)) throw error;
    // As the Python client does: a 409 means the repo exists, and its answer names it.
    const answerUrl = (error.answer as { url?: unknown } | undefined)?.url;
    if (error.status === 409 && !isRetryableStatus(409, error.serverMessage)) {
      return {
        url: typeof answerUrl === "string" ? onEndpoint(connection, answerUrl) : repoWebUrl(connection.endpoint, repo),
        created: false,
      };
    }
    // Otherwise the repo exists only if this token can read it.
    if (!(await repoExists(connection, repo))) throw error;
    return { url: repoWebUrl(connection.endpoint, repo), created: false };
  }
}

async function repoExists(connection: HubConnection, repo: RepoRef): Promise<boolean> {
  try {
    await repoInfo(connection, repo);
    return true;
  } catch (error) {
    if (isHubError(error) && error.status < 500) return false;
    throw error;
  }
}

const visibilityOf = (isPrivate: boolean): "private" | "public" => (isPrivate ? "private" : "public");

export async function deleteRepo(connection: HubConnection, repo: RepoRef): Promise<void> {
  await hubRequest(connection, {
    method: "DELETE",
    url: "/api/repos/delete",
    json: { name: repo.name, organization: repo.namespace, type: repo.type },
  });
}

export async function moveRepo(connection: HubConnection, from: RepoRef, to: RepoRef): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: "/api/repos/move",
    json: { fromRepo: repoId(from), toRepo: repoId(to), type: from.type },
  });
}

export interface RepoInfo {
  id: string;
  private: boolean;
  sha?: string;
  [field: string]: unknown;
}

export async function repoInfo(
  connection: HubConnection,
  repo: RepoRef,
  revision?: string,
  extras: { securityStatus?: boolean } = {},
): Promise<RepoInfo> {
  const suffix = revision ? `/revision/${encodeURIComponent(revision)}` : "";
  const query = extras.securityStatus ? "?securityStatus=true" : "";
  const response = await hubRequest(connection, { url: `${repoApiPath(repo)}${suffix}${query}` });
  return response.json<RepoInfo>();
}

// `visibility` alone, as the Python client sends it since 2026 (never together with `private`).
export async function setVisibility(connection: HubConnection, repo: RepoRef, isPrivate: boolean): Promise<void> {
  await hubRequest(connection, {
    method: "PUT",
    url: `${repoApiPath(repo)}/settings`,
    json: { visibility: visibilityOf(isPrivate) },
  });
}

/** Checks a model card's YAML front matter as the Hub will; a broken one is refused with the YAML error as text. */
export async function validateCard(connection: HubConnection, repo: RepoRef, content: string): Promise<void> {
  await hubRequest(connection, {
    method: "POST",
    url: "/api/validate-yaml",
    headers: { Accept: "text/plain" },
    json: { content, repoType: repo.type },
  });
}

export interface Identity {
  name: string;
  orgs: string[];
  role?: string;
}

export async function whoami(connection: HubConnection): Promise<Identity> {
  const response = await hubRequest(connection, { url: "/api/whoami-v2" });
  const body = response.json<{
    name: string;
    orgs?: Array<{ name: string }>;
    auth?: { accessToken?: { role?: string } };
  }>();
  return { name: body.name, orgs: (body.orgs ?? []).map((org) => org.name), role: body.auth?.accessToken?.role };
}
