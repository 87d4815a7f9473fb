import { whoAmI } from "@huggingface/hub";
import { type HubConnection, hubRequest, isHubError, libraryOptions } from "./connection";
import { type RepoRef, repoApiPath } from "./repo-ref";
import { repoWebUrl } from "./urls";

export type SpaceSdk = "gradio" | "docker" | "static" | "streamlit";

export interface CreateRepoOptions {
  private?: boolean;
  spaceSdk?: SpaceSdk;
  /** When the repo exists already, report it instead of failing, and leave its settings untouched. */
  existOk: boolean;
}

export interface CreateRepoResult {
  url: string;
  created: boolean;
}

// The JS client's createRepo throws away the 409 body, whose `url` exist-ok needs, so this call is ours.
export async function createRepo(
  connection: HubConnection,
  ref: RepoRef,
  options: CreateRepoOptions,
): Promise<CreateRepoResult> {
  const payload: Record<string, unknown> = { name: ref.name, organization: ref.namespace, type: ref.type };
  if (options.private !== undefined) payload.private = options.private;
  if (ref.type === "space") payload.sdk = options.spaceSdk;
  try {
    const response = await hubRequest(connection, { method: "POST", url: "/api/repos/create", json: payload });
    const body = response.json<{ url: string }>();
    return { url: body.url, created: true };
  } catch (error) {
    if (options.existOk && isHubError(error, 409) && /already created/i.test(error.serverMessage)) {
      return { url: await existingRepoUrl(connection, ref), created: false };
    }
    throw error;
  }
}

// A 409 can also mean "another operation in progress"; confirm the repo is really there and visible to us.
async function existingRepoUrl(connection: HubConnection, ref: RepoRef): Promise<string> {
  await repoInfo(connection, ref);
  return repoWebUrl(connection.endpoint, ref);
}

export interface RepoInfo {
  id: string;
  private: boolean;
  sha?: string;
  [field: string]: unknown;
}

export async function repoInfo(connection: HubConnection, ref: RepoRef, revision?: string): Promise<RepoInfo> {
  const suffix = revision ? `/revision/${encodeURIComponent(revision)}` : "";
  const response = await hubRequest(connection, { url: `${repoApiPath(ref)}${suffix}` });
  return response.json<RepoInfo>();
}

// Sends both fields: `visibility` is what the Hub reads since 2026, `private` what older Hubs read.
export async function setVisibility(connection: HubConnection, ref: RepoRef, isPrivate: boolean): Promise<void> {
  await hubRequest(connection, {
    method: "PUT",
    url: `${repoApiPath(ref)}/settings`,
    json: { private: isPrivate, visibility: isPrivate ? "private" : "public" },
  });
}

export interface Identity {
  name: string;
  orgs: string[];
  role?: string;
}

export async function whoami(connection: HubConnection): Promise<Identity> {
  const info = await whoAmI(libraryOptions(connection));
  const orgs = "orgs" in info ? info.orgs.map((org) => org.name) : [];
  return { name: info.name, orgs, role: info.auth.accessToken?.role };
}
