import { type HubConnection, hubRequest, isHubError } from "./connection";
import { type RepoRef, repoApiPath, repoId } from "./repo-ref";
import { repoWebUrl } from "./urls";

export type SpaceSdk = "gradio" | "docker" | "static";

export interface NewRepo {
  /** Unset leaves the choice to the Hub (the namespace's default). */
  private?: boolean;
  spaceSdk?: SpaceSdk;
  /** When the repo exists already, report it instead of failing, and leave its settings untouched. */
  existOk: boolean;
}

export interface CreatedRepo {
  url: string;
  created: boolean;
}

export async function createRepo(connection: HubConnection, repo: RepoRef, options: NewRepo): Promise<CreatedRepo> {
  const payload: Record<string, unknown> = { name: repo.name, organization: repo.namespace, type: repo.type };
  if (options.private !== undefined) payload.private = options.private;
  if (repo.type === "space") payload.sdk = options.spaceSdk;
  try {
    const response = await hubRequest(connection, { method: "POST", url: "/api/repos/create", json: payload });
    return { url: response.json<{ url: string }>().url, created: true };
  } catch (error) {
    if (options.existOk && isHubError(error, 409) && /already created/i.test(error.serverMessage)) {
      // A 409 can also mean "another operation in progress": confirm the repo is really there and visible to us.
      await repoInfo(connection, repo);
      return { url: repoWebUrl(connection.endpoint, repo), created: false };
    }
    throw error;
  }
}

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

export async function repoInfo(connection: HubConnection, repo: RepoRef, revision?: string): Promise<RepoInfo> {
  const suffix = revision ? `/revision/${encodeURIComponent(revision)}` : "";
  const response = await hubRequest(connection, { url: `${repoApiPath(repo)}${suffix}` });
  return response.json<RepoInfo>();
}

// Sends both fields: `visibility` is what the Hub reads since 2026, `private` what older Hubs read.
export async function setVisibility(connection: HubConnection, repo: RepoRef, isPrivate: boolean): Promise<void> {
  await hubRequest(connection, {
    method: "PUT",
    url: `${repoApiPath(repo)}/settings`,
    json: { private: isPrivate, visibility: isPrivate ? "private" : "public" },
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
