import { type RepoRef, repoUrlPart } from "./repo-ref";

/** Encodes each segment of a repo path while keeping its slashes, as the Hub's web URLs do. */
export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export function repoWebUrl(endpoint: string, ref: RepoRef): string {
  return `${endpoint}/${repoUrlPart(ref)}`;
}

export function fileWebUrl(endpoint: string, ref: RepoRef, revision: string, path: string): string {
  return `${repoWebUrl(endpoint, ref)}/blob/${encodeURIComponent(revision)}/${encodePath(path)}`;
}

export function treeWebUrl(endpoint: string, ref: RepoRef, revision: string, path = ""): string {
  const suffix = path ? `/${encodePath(path)}` : "";
  return `${repoWebUrl(endpoint, ref)}/tree/${encodeURIComponent(revision)}${suffix}`;
}

export function commitWebUrl(endpoint: string, ref: RepoRef, sha: string): string {
  return `${repoWebUrl(endpoint, ref)}/commit/${sha}`;
}
