/** `publicUrl` / `--public-url`: the Hub's own URLs in answers name a public origin the client must rewrite. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, bytes, call, commitOk, commitRaw, createRepo, fileLine, header, sha256, uniqueName } from "./helpers";

const PUBLIC = "https://hub.example.test";
let hub: RunningEmulator;
const repo = `alice/${uniqueName("pub")}`;

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: 1000, publicUrl: `${PUBLIC}/` });
  await createRepo(hub.url, repo);
});
afterAll(() => hub.close());

/** What a client behind a custom endpoint does (the Python client's fix_hf_endpoint_in_url). */
const rewrite = (href: string) => href.replace(PUBLIC, hub.url);

async function batch(oid: string, size: number) {
  const res = await call(hub.url, `/${repo}.git/info/lfs/objects/batch`, {
    method: "POST",
    token: ALICE,
    json: { operation: "upload", transfers: ["basic", "multipart"], objects: [{ oid, size }] },
  });
  expect(res.status).toBe(200);
  const [object] = (await res.json()).objects;
  return object.actions as { upload: { href: string; header?: Record<string, string> }; verify: { href: string } };
}

it("names the public origin in verify hrefs, keeping storage upload URLs on the emulator", async () => {
  const content = bytes(500, 3);
  const actions = await batch(sha256(content), content.length);
  expect(actions.verify.href).toBe(`${PUBLIC}/${repo}.git/info/lfs/objects/verify`);
  expect(actions.upload.href.startsWith(`${hub.url}/__lfs/upload/`)).toBe(true);
  expect((await fetch(actions.upload.href, { method: "PUT", body: content })).status).toBe(200);
  // Rewritten to the endpoint, as a client behind a custom endpoint does, it works.
  const verify = await fetch(rewrite(actions.verify.href), {
    method: "POST",
    headers: { Authorization: `Bearer ${ALICE}`, "Content-Type": "application/json" },
    body: JSON.stringify({ oid: sha256(content), size: content.length }),
  });
  expect(verify.status).toBe(200);
});

it("names the public origin in the multipart completion href, not in the part URLs", async () => {
  const content = bytes(2500, 5);
  const oid = sha256(content);
  const actions = await batch(oid, content.length);
  const { chunk_size: chunk, ...parts } = actions.upload.header ?? {};
  expect(actions.upload.href.startsWith(`${PUBLIC}/__lfs/complete/${oid}?`)).toBe(true);
  expect(Object.values(parts).every((url) => url.startsWith(`${hub.url}/__lfs/upload/`))).toBe(true);
  const etags = [];
  for (const [index, url] of Object.values(parts).entries()) {
    const slice = content.subarray(index * Number(chunk), (index + 1) * Number(chunk));
    const put = await fetch(url, { method: "PUT", body: slice });
    etags.push({ partNumber: index + 1, etag: put.headers.get("etag") });
  }
  const complete = await fetch(rewrite(actions.upload.href), {
    method: "POST",
    headers: { "Content-Type": "application/vnd.git-lfs+json" },
    body: JSON.stringify({ oid, parts: etags }),
  });
  expect(complete.status).toBe(200);
  expect(await batch(oid, content.length)).toBeUndefined();
});

it("names the public origin in commitUrl and pullRequestUrl; other answers keep the request's origin", async () => {
  const commit = await commitOk(hub.url, `models/${repo}`, "main", [header("a"), fileLine("a.txt", "a")]);
  expect(commit.commitUrl).toBe(`${PUBLIC}/${repo}/commit/${commit.commitOid}`);
  const pr = await commitRaw(hub.url, `models/${repo}`, "main", [header("pr"), fileLine("b.txt", "b")], {
    query: "?create_pr=1",
  });
  const body = await pr.json();
  expect(body.commitUrl).toBe(`${PUBLIC}/${repo}/commit/${body.commitOid}`);
  expect(body.pullRequestUrl).toBe(`${PUBLIC}/${repo}/discussions/1`);
  const created = await createRepo(hub.url, `alice/${uniqueName("pub")}`);
  expect((await created.json()).url.startsWith(`${hub.url}/`)).toBe(true);
});

it("refuses a public URL that is not an origin", async () => {
  for (const publicUrl of ["hub.example.test", "ftp://hub.example.test", "https://hub.example.test/api"]) {
    await expect(startEmulator({ port: 0, publicUrl })).rejects.toThrow(/Invalid public URL/);
  }
});
