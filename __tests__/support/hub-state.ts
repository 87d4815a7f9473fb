/** Reads the emulator's state over HTTP, as any Hub client would, so tests check what really landed. */
import type { LoggedRequest } from "../../emulator";

export const ALICE = "hf_alice_write";
export const BOB = "hf_bob_read";

function auth(token?: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function getJson<T>(url: string, token = ALICE): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: auth(token) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function download(
  base: string,
  repoUrlPart: string,
  path: string,
  revision = "main",
  token = ALICE,
): Promise<Buffer> {
  const response = await fetch(`${base}/${repoUrlPart}/resolve/${encodeURIComponent(revision)}/${path}`, {
    headers: auth(token),
  });
  if (!response.ok) throw new Error(`download of ${path} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export interface TreeEntry {
  type: string;
  path: string;
  size: number;
  oid: string;
  lfs?: { oid: string; size: number };
}

export async function listTree(base: string, apiRepo: string, revision = "main"): Promise<TreeEntry[]> {
  const { status, body } = await getJson<TreeEntry[]>(`${base}/api/${apiRepo}/tree/${revision}?recursive=true`);
  if (status !== 200) throw new Error(`tree listing answered ${status}`);
  return body;
}

export interface CommitEntry {
  id: string;
  title: string;
}

export async function listCommits(base: string, apiRepo: string, revision = "main"): Promise<CommitEntry[]> {
  const { status, body } = await getJson<CommitEntry[]>(`${base}/api/${apiRepo}/commits/${revision}`);
  if (status !== 200) throw new Error(`commit listing answered ${status}`);
  return body;
}

export async function createRepoDirectly(
  base: string,
  name: string,
  options: { organization?: string; type?: string; private?: boolean } = {},
): Promise<void> {
  const response = await fetch(`${base}/api/repos/create`, {
    method: "POST",
    headers: { ...auth(ALICE), "Content-Type": "application/json" },
    body: JSON.stringify({ name, organization: options.organization ?? "alice", ...options }),
  });
  if (!response.ok) throw new Error(`create ${name} answered ${response.status}: ${await response.text()}`);
}

/** Everything a test may compare before and after a failed run: refs, files and their oids. */
export async function repoSnapshot(base: string, apiRepo: string): Promise<unknown> {
  const info = await getJson<{ sha?: string; private?: boolean }>(`${base}/api/${apiRepo}`);
  const tree = await getJson<TreeEntry[]>(`${base}/api/${apiRepo}/tree/main?recursive=true`);
  return { status: info.status, sha: info.body?.sha, private: info.body?.private, tree: tree.body };
}

/** Every repo of every type with its head and visibility, as alice sees them: a failed run must not change it. */
export async function hubSnapshot(base: string): Promise<unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const type of ["models", "datasets", "spaces"]) {
    for (const author of ["alice", "acme", "bob"]) {
      const { body } = await getJson<Array<{ id: string }>>(`${base}/api/${type}?author=${author}`);
      for (const repo of body) snapshot[`${type}/${repo.id}`] = await repoSnapshot(base, `${type}/${repo.id}`);
    }
  }
  return snapshot;
}

/** Everything a run wrote where a user could see it, less the ::add-mask:: lines the runner consumes. */
export function visibleText(run: {
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}): string {
  const stdout = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return [stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join("\n");
}

/** Commits regular files straight to the emulator (no action involved), to set up a test's starting state. */
export async function commitFilesDirectly(
  base: string,
  apiRepo: string,
  files: Record<string, string>,
  summary = "seed",
): Promise<void> {
  const lines = [
    { key: "header", value: { summary } },
    ...Object.entries(files).map(([path, content]) => ({
      key: "file",
      value: { path, content: Buffer.from(content).toString("base64"), encoding: "base64" },
    })),
  ];
  const response = await fetch(`${base}/api/${apiRepo}/commit/main`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/x-ndjson" },
    body: lines.map((line) => JSON.stringify(line)).join("\n"),
  });
  if (!response.ok) throw new Error(`seed commit answered ${response.status}`);
}

/** The requests the emulator has served since the log was last cleared, oldest first. */
export async function requestLog(base: string): Promise<LoggedRequest[]> {
  return (await (await fetch(`${base}/__admin/requests`)).json()) as LoggedRequest[];
}

export async function clearRequestLog(base: string): Promise<void> {
  await fetch(`${base}/__admin/requests`, { method: "DELETE" });
}

/** Adds a fault rule (see emulator/faults.ts): matching requests fail, or wait, the way the rule says. */
export async function injectFault(base: string, rule: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${base}/__admin/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(rule),
  });
  if (!response.ok) throw new Error(`fault injection answered ${response.status}`);
}

export async function clearFaults(base: string): Promise<void> {
  await fetch(`${base}/__admin/faults`, { method: "DELETE" });
}
