/** resolve/raw downloads: headers, HEAD, ranges and the not-found answers. */
import { fileDownloadInfo } from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import {
  ALICE,
  BOB,
  bytes,
  call,
  commitOk,
  createRepo,
  fileLine,
  gitBlobSha1,
  header,
  sha256,
  uniqueName,
} from "./helpers";

let hub: RunningEmulator;
const repo = `alice/${uniqueName("dl")}`;
const text = "0123456789abcdef";
const lfs = bytes(4096, 21);
let head = "";

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepo(hub.url, repo);
  const batch = await call(hub.url, `/${repo}.git/info/lfs/objects/batch`, {
    method: "POST",
    token: ALICE,
    json: { operation: "upload", objects: [{ oid: sha256(lfs), size: lfs.length }] },
  });
  await fetch((await batch.json()).objects[0].actions.upload.href, { method: "PUT", body: lfs });
  head = (
    await commitOk(hub.url, `models/${repo}`, "main", [
      header("files"),
      fileLine("dir/text.txt", text),
      { key: "lfsFile", value: { path: "dir/w.bin", algo: "sha256", oid: sha256(lfs), size: lfs.length } },
    ])
  ).commitOid;
});
afterAll(() => hub.close());

describe("resolve", () => {
  it("serves a regular file with X-Repo-Commit, its blob ETag and Content-Length", async () => {
    const res = await fetch(`${hub.url}/${repo}/resolve/main/dir/text.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-repo-commit")).toBe(head);
    expect(res.headers.get("etag")).toBe(`"${gitBlobSha1(text)}"`);
    expect(res.headers.get("content-length")).toBe(String(text.length));
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("ratelimit")).toMatch(/^"resolvers";/);
    expect(await res.text()).toBe(text);
  });

  it("serves an LFS file with X-Linked-Etag and X-Linked-Size", async () => {
    const res = await fetch(`${hub.url}/${repo}/resolve/main/dir/w.bin`);
    expect(res.headers.get("x-linked-etag")).toBe(`"${sha256(lfs)}"`);
    expect(res.headers.get("x-linked-size")).toBe(String(lfs.length));
    expect(res.headers.get("etag")).toBe(`"${sha256(lfs)}"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(lfs)).toBe(true);
  });

  it("answers HEAD with the same headers and no body", async () => {
    const res = await fetch(`${hub.url}/${repo}/resolve/main/dir/w.bin`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(lfs.length));
    expect(res.headers.get("x-repo-commit")).toBe(head);
    expect(await res.text()).toBe("");
  });

  it("honours Range with 206 and Content-Range, and 416 past the end", async () => {
    const range = async (value: string) =>
      fetch(`${hub.url}/${repo}/resolve/main/dir/text.txt`, { headers: { Range: value } });
    const first = await range("bytes=0-0");
    expect(first.status).toBe(206);
    expect(first.headers.get("content-range")).toBe(`bytes 0-0/${text.length}`);
    expect(await first.text()).toBe("0");
    expect(await (await range("bytes=-3")).text()).toBe("def");
    expect(await (await range("bytes=10-")).text()).toBe("abcdef");
    const lfsRange = await fetch(`${hub.url}/${repo}/resolve/main/dir/w.bin`, { headers: { Range: "bytes=100-199" } });
    expect(Buffer.from(await lfsRange.arrayBuffer()).equals(lfs.subarray(100, 200))).toBe(true);
    expect((await range("bytes=99-")).status).toBe(416);
  });

  it("gives the JS client the size and etag it expects", async () => {
    const info = await fileDownloadInfo({ repo, path: "dir/w.bin", hubUrl: hub.url, accessToken: ALICE });
    expect(info).toMatchObject({ size: lfs.length, etag: `"${sha256(lfs)}"` });
  });

  it("accepts a percent-encoded revision, a raw refs/heads/ one, a commit id and a tag", async () => {
    await call(hub.url, `/api/models/${repo}/tag/main`, { method: "POST", token: ALICE, json: { tag: "v1" } });
    for (const rev of ["refs%2Fheads%2Fmain", "refs/heads/main", head, "v1"]) {
      const res = await fetch(`${hub.url}/${repo}/resolve/${rev}/dir/text.txt`);
      expect([rev, res.status]).toEqual([rev, 200]);
    }
  });

  it("answers 404 EntryNotFound with X-Repo-Commit for a missing file", async () => {
    const res = await fetch(`${hub.url}/${repo}/resolve/main/dir/nope.txt`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-error-code")).toBe("EntryNotFound");
    expect(res.headers.get("x-repo-commit")).toBe(head);
  });

  it("answers 404 RevisionNotFound for an unknown revision", async () => {
    const res = await fetch(`${hub.url}/${repo}/resolve/nope/dir/text.txt`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-error-code")).toBe("RevisionNotFound");
  });

  it("serves the pointer file from raw/", async () => {
    const pointer = await (await fetch(`${hub.url}/${repo}/raw/main/dir/w.bin`)).text();
    expect(pointer).toBe(`version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(lfs)}\nsize ${lfs.length}\n`);
  });

  it("uses the datasets/ prefix for datasets", async () => {
    const dataset = `alice/${uniqueName("ds")}`;
    await createRepo(hub.url, dataset, { type: "dataset" });
    expect((await fetch(`${hub.url}/datasets/${dataset}/resolve/main/.gitattributes`)).status).toBe(200);
    expect((await fetch(`${hub.url}/${dataset}/resolve/main/.gitattributes`)).status).toBe(401);
  });

  it("answers GatedRepo to non-members once a repo is gated, while info stays readable", async () => {
    const gated = `alice/${uniqueName("gated")}`;
    await createRepo(hub.url, gated);
    await call(hub.url, `/api/models/${gated}/settings`, { method: "PUT", token: ALICE, json: { gated: "manual" } });
    const anonymous = await fetch(`${hub.url}/${gated}/resolve/main/.gitattributes`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("x-error-code")).toBe("GatedRepo");
    const other = await call(hub.url, `/${gated}/resolve/main/.gitattributes`, { token: BOB });
    expect(other.status).toBe(403);
    expect(other.headers.get("x-error-code")).toBe("GatedRepo");
    expect((await call(hub.url, `/${gated}/resolve/main/.gitattributes`, { token: ALICE })).status).toBe(200);
    expect((await (await call(hub.url, `/api/models/${gated}`)).json()).gated).toBe("manual");
  });
});
