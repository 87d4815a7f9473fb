/** Shared plumbing for the emulator tests: tokens, authenticated fetch, NDJSON commits. */
import { createHash } from "node:crypto";

export const ALICE = "hf_alice_write";
export const BOB = "hf_bob_read";

export interface CallOptions {
  method?: string;
  token?: string;
  json?: unknown;
  body?: string | Buffer<ArrayBuffer>;
  headers?: Record<string, string>;
}

export function call(base: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | Buffer<ArrayBuffer> | undefined = options.body;
  if (options.json !== undefined) {
    headers["Content-Type"] ??= "application/json";
    body = JSON.stringify(options.json);
  }
  return fetch(`${base}${path}`, { method: options.method ?? "GET", headers, body, redirect: "manual" });
}

export async function createRepo(base: string, id: string, extra: Record<string, unknown> = {}): Promise<Response> {
  const [organization, name] = id.split("/");
  const res = await call(base, "/api/repos/create", {
    method: "POST",
    token: ALICE,
    json: { name, organization, ...extra },
  });
  if (res.status !== 200) throw new Error(`create ${id} failed: ${res.status} ${await res.text()}`);
  return res;
}

export type CommitLine =
  | { key: "header"; value: { summary: string; description?: string; parentCommit?: string } }
  | { key: "file"; value: { path: string; content: string; encoding: "base64" } }
  | { key: "lfsFile"; value: { path: string; algo: "sha256"; oid: string; size?: number } }
  | { key: "deletedFile"; value: { path: string } }
  | { key: "deletedFolder"; value: { path: string } };

export function fileLine(path: string, content: string | Buffer): CommitLine {
  return { key: "file", value: { path, content: Buffer.from(content).toString("base64"), encoding: "base64" } };
}

export function header(summary: string, parentCommit?: string): CommitLine {
  return { key: "header", value: { summary, description: "", ...(parentCommit && { parentCommit }) } };
}

/** Posts an NDJSON commit (header first) and returns the raw response. */
export function commitRaw(
  base: string,
  repoPath: string,
  revision: string,
  lines: CommitLine[],
  options: { token?: string; query?: string } = {},
): Promise<Response> {
  return call(base, `/api/${repoPath}/commit/${encodeURIComponent(revision)}${options.query ?? ""}`, {
    method: "POST",
    token: options.token ?? ALICE,
    headers: { "Content-Type": "application/x-ndjson" },
    body: lines.map((line) => JSON.stringify(line)).join("\n"),
  });
}

export async function commitOk(base: string, repoPath: string, revision: string, lines: CommitLine[]) {
  const res = await commitRaw(base, repoPath, revision, lines);
  if (res.status !== 200) throw new Error(`commit failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { commitOid: string; commitUrl: string; pullRequestUrl?: string };
}

export async function headOf(base: string, repoPath: string, revision = "main"): Promise<string> {
  const res = await call(base, `/api/${repoPath}/revision/${encodeURIComponent(revision)}`, { token: ALICE });
  return ((await res.json()) as { sha: string }).sha;
}

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function gitBlobSha1(data: Buffer | string): string {
  const buffer = Buffer.from(data);
  return createHash("sha1").update(`blob ${buffer.length}\0`).update(buffer).digest("hex");
}

/** Deterministic pseudo-random bytes (with NULs, so they look binary). */
export function bytes(size: number, seed = 1): Buffer<ArrayBuffer> {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

let counter = 0;
/** Unique repo names per test so tests in one file do not collide. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** `POST /__admin/faults` with one rule or several; returns their ids. */
export async function addFaults(base: string, rules: unknown): Promise<string[]> {
  const res = await call(base, "/__admin/faults", { method: "POST", json: rules });
  if (res.status !== 200) throw new Error(`adding faults failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { ids: string[] }).ids;
}

export interface LoggedCall {
  method: string;
  path: string;
  status: number | null;
  fault?: string;
}

export async function requestLog(base: string): Promise<LoggedCall[]> {
  return (await (await call(base, "/__admin/requests")).json()) as LoggedCall[];
}

/** Retries `probe` until it returns true (or the deadline passes), for effects that land asynchronously. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return probe();
}

export type RepoKind = "model" | "dataset" | "space";

/** Creates a repo as alice and commits a README.md whose front matter is `yaml` (without the `---` lines). */
export async function createRepoWithCard(
  base: string,
  type: RepoKind,
  id: string,
  yaml: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await createRepo(base, id, {
    ...(type !== "model" && { type }),
    ...(type === "space" && { sdk: "gradio" }),
    ...extra,
  });
  await commitOk(base, `${type}s/${id}`, "main", [
    header("card"),
    fileLine("README.md", `---\n${yaml}\n---\n# ${id}\n`),
  ]);
}
