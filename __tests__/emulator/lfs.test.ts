/** LFS batch, presigned basic and multipart transfers, verify, and a streamed 100 MB upload. */
import { createHash } from "node:crypto";
import http from "node:http";
import { Readable } from "node:stream";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, BOB, bytes, call, commitOk, createRepo, header, sha256, uniqueName } from "./helpers";

const MiB = 1024 * 1024;
let hub: RunningEmulator;
const repo = `alice/${uniqueName("lfs")}`;

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: MiB });
  await createRepo(hub.url, repo);
});
afterAll(() => hub.close());

interface BatchObject {
  oid: string;
  size: number;
  actions?: { upload: { href: string; header?: Record<string, string> }; verify?: { href: string } };
  error?: { code: number; message: string };
}

async function batch(objects: unknown[], extra: Record<string, unknown> = {}, token = ALICE) {
  const res = await call(hub.url, `/${repo}.git/info/lfs/objects/batch`, {
    method: "POST",
    token,
    headers: { Accept: "application/vnd.git-lfs+json", "Content-Type": "application/vnd.git-lfs+json" },
    json: { operation: "upload", transfers: ["basic", "multipart"], hash_algo: "sha_256", objects, ...extra },
  });
  return res;
}

async function batchObjects(objects: unknown[], extra: Record<string, unknown> = {}): Promise<BatchObject[]> {
  const res = await batch(objects, extra);
  expect(res.status).toBe(200);
  return (await res.json()).objects;
}

describe("batch", () => {
  it("answers basic upload and verify actions built from the request's base URL", async () => {
    const content = bytes(1000, 7);
    const res = await batch([{ oid: sha256(content), size: 1000 }]);
    expect(res.headers.get("content-type")).toMatch(/^application\/vnd\.git-lfs\+json/);
    const body = await res.json();
    expect(body.transfer).toBe("basic");
    const [object] = body.objects as BatchObject[];
    expect(object.actions?.upload.href).toMatch(new RegExp(`^${hub.url}/`));
    expect(object.actions?.upload.header).toBeUndefined();
    expect(object.actions?.verify?.href).toBe(`${hub.url}/${repo}.git/info/lfs/objects/verify`);
  });

  it("reports invalid oids and sizes per object inside a 200", async () => {
    const objects = await batchObjects([
      { oid: "abc", size: 1 },
      { oid: sha256("x"), size: -1 },
    ]);
    expect(objects.map((o) => o.error?.code)).toEqual([422, 422]);
  });

  it("requires authentication and a write token", async () => {
    const anonymous = await call(hub.url, `/${repo}.git/info/lfs/objects/batch`, {
      method: "POST",
      json: { operation: "upload", objects: [] },
    });
    expect(anonymous.status).toBe(401);
    expect((await batch([{ oid: sha256("b"), size: 1 }], {}, BOB)).status).toBe(403);
  });
});

describe("basic transfer", () => {
  it("stores an object from a presigned PUT without Authorization, then skips it in later batches", async () => {
    const content = bytes(5000, 11);
    const oid = sha256(content);
    const [object] = await batchObjects([{ oid, size: content.length }]);
    const put = await fetch(object.actions?.upload.href ?? "", { method: "PUT", body: content });
    expect(put.status).toBe(200);
    const verify = await call(hub.url, `/${repo}.git/info/lfs/objects/verify`, {
      method: "POST",
      token: ALICE,
      json: { oid, size: content.length },
    });
    expect(verify.status).toBe(200);
    const [again] = await batchObjects([{ oid, size: content.length }]);
    expect(again).toEqual({ oid, size: content.length });
  });

  it("refuses a tampered signature with 403", async () => {
    const [object] = await batchObjects([{ oid: sha256("sig"), size: 3 }]);
    const href = (object.actions?.upload.href ?? "").replace(/signature=[0-9a-f]/, "signature=z");
    expect((await fetch(href, { method: "PUT", body: "sig" })).status).toBe(403);
  });

  it("refuses wrong bytes with 400 and keeps nothing", async () => {
    const oid = sha256("expected");
    const [object] = await batchObjects([{ oid, size: 8 }]);
    expect((await fetch(object.actions?.upload.href ?? "", { method: "PUT", body: "wrongone" })).status).toBe(400);
    expect((await fetch(object.actions?.upload.href ?? "", { method: "PUT", body: "too long body" })).status).toBe(400);
    const [again] = await batchObjects([{ oid, size: 8 }]);
    expect(again.actions).toBeDefined();
    const verify = await call(hub.url, `/${repo}.git/info/lfs/objects/verify`, {
      method: "POST",
      token: ALICE,
      json: { oid, size: 8 },
    });
    expect(verify.status).toBe(404);
  });
});

describe("empty objects", () => {
  const empty = sha256("");

  it("get an upload action from the batch, whose storage PUT answers 501 NotImplemented, storing nothing", async () => {
    const [object] = await batchObjects([{ oid: empty, size: 0 }]);
    expect(object.actions?.upload.header).toBeUndefined();
    expect(object.actions?.verify?.href).toBe(`${hub.url}/${repo}.git/info/lfs/objects/verify`);
    const put = await fetch(object.actions?.upload.href ?? "", { method: "PUT", body: "" });
    expect(put.status).toBe(501);
    expect(put.headers.get("content-type")).toBe("application/xml");
    expect(await put.text()).toContain("<Code>NotImplemented</Code>");
    // Sent chunked (no Content-Length), as the Python client's requests would send an empty file object.
    const chunked = await fetch(object.actions?.upload.href ?? "", {
      method: "PUT",
      body: new ReadableStream({ start: (controller) => controller.close() }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(501);
    const verify = await call(hub.url, `/${repo}.git/info/lfs/objects/verify`, {
      method: "POST",
      token: ALICE,
      json: { oid: empty, size: 0 },
    });
    expect(verify.status).toBe(404);
    expect((await batchObjects([{ oid: empty, size: 0 }]))[0].actions?.upload).toBeDefined();
  });

  it("cannot be committed as LFS files, only as regular ones", async () => {
    const asLfs = await call(hub.url, `/api/models/${repo}/commit/main`, {
      method: "POST",
      token: ALICE,
      headers: { "Content-Type": "application/x-ndjson" },
      body: [header("empty lfs"), { key: "lfsFile", value: { path: "empty.bin", algo: "sha256", oid: empty, size: 0 } }]
        .map((line) => JSON.stringify(line))
        .join("\n"),
    });
    expect(asLfs.status).toBe(400);
    expect((await asLfs.json()).error).toContain("an LFS pointer pointed to a file that does not exist");
    await commitOk(hub.url, `models/${repo}`, "main", [
      header("empty regular"),
      { key: "file", value: { path: "empty.bin", content: "", encoding: "base64" } },
    ]);
    const info = await (
      await call(hub.url, `/api/models/${repo}/paths-info/main`, {
        method: "POST",
        json: { paths: ["empty.bin"] },
      })
    ).json();
    expect(info).toEqual([
      { type: "file", path: "empty.bin", size: 0, oid: "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391" },
    ]);
  });
});

describe("multipart transfer", () => {
  const content = bytes(Math.round(2.5 * MiB), 3);
  const oid = sha256(content);

  it("splits objects of at least the chunk size into ceil(size/chunk) presigned parts", async () => {
    const [object] = await batchObjects([{ oid, size: content.length }]);
    const headerMap = object.actions?.upload.header ?? {};
    expect(headerMap.chunk_size).toBe(String(MiB));
    expect(Object.keys(headerMap).filter((k) => /^\d+$/.test(k))).toEqual(["00001", "00002", "00003"]);

    const parts: { partNumber: number; etag: string }[] = [];
    for (const [index, key] of ["00001", "00002", "00003"].entries()) {
      const slice = content.subarray(index * MiB, (index + 1) * MiB);
      const res = await fetch(headerMap[key], { method: "PUT", body: slice });
      expect(res.status).toBe(200);
      const etag = res.headers.get("etag") ?? "";
      expect(etag).toMatch(/^".+"$/);
      parts.push({ partNumber: index + 1, etag });
    }
    const complete = (body: unknown) =>
      fetch(object.actions?.upload.href ?? "", {
        method: "POST",
        headers: { "Content-Type": "application/vnd.git-lfs+json" },
        body: JSON.stringify(body),
      });
    expect((await complete({ oid, parts: [...parts.slice(0, 2), { partNumber: 3, etag: '"bad"' }] })).status).toBe(400);
    expect((await complete({ oid, parts })).status).toBe(200);
    const [again] = await batchObjects([{ oid, size: content.length }]);
    expect(again.actions).toBeUndefined();
  });

  async function uploadParts(
    content: Buffer<ArrayBuffer>,
    order: number[],
    replace?: { part: number; bytes: Buffer<ArrayBuffer> },
  ) {
    const [object] = await batchObjects([{ oid: sha256(content), size: content.length }]);
    const headerMap = object.actions?.upload.header ?? {};
    const etags = new Map<number, string>();
    for (const part of order) {
      const slice = content.subarray((part - 1) * MiB, part * MiB);
      const body = replace && replace.part === part && etags.has(part) ? replace.bytes : slice;
      const res = await fetch(headerMap[String(part).padStart(5, "0")], { method: "PUT", body });
      etags.set(part, res.headers.get("etag") ?? "");
    }
    const parts = [...etags].map(([partNumber, etag]) => ({ partNumber, etag }));
    return fetch(object.actions?.upload.href ?? "", {
      method: "POST",
      headers: { "Content-Type": "application/vnd.git-lfs+json" },
      body: JSON.stringify({ oid: sha256(content), parts }),
    });
  }

  it("completes parts that arrive out of order", async () => {
    expect((await uploadParts(bytes(3 * MiB, 11), [3, 1, 2])).status).toBe(200);
  });

  it("accepts a part sent again with the same bytes, and checks the bytes that finally landed", async () => {
    const content = bytes(3 * MiB, 12);
    expect((await uploadParts(content, [1, 2, 1, 3])).status).toBe(200);
    const other = bytes(3 * MiB, 13);
    const res = await uploadParts(other, [1, 2, 3, 1], { part: 1, bytes: bytes(MiB, 99) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("SHA256 mismatch");
  });

  it("completes parts sent all at once, after the first part was cut mid-body and sent again", async () => {
    const content = bytes(4 * MiB + 1000, 21);
    const oid = sha256(content);
    const [object] = await batchObjects([{ oid, size: content.length }]);
    const headerMap = object.actions?.upload.header ?? {};
    const keys = Object.keys(headerMap).filter((k) => /^\d+$/.test(k));
    expect(keys).toHaveLength(5);
    const part = (n: number) => content.subarray((n - 1) * MiB, n * MiB);
    // Half of part 1, then the connection is cut: the emulator had started hashing it live.
    await new Promise<void>((resolve) => {
      const request = http.request(headerMap["00001"], { method: "PUT", headers: { "Content-Length": String(MiB) } });
      request.on("error", () => resolve());
      request.write(part(1).subarray(0, MiB / 2), () => setTimeout(() => (request.destroy(), resolve()), 50));
    });
    const parts = await Promise.all(
      keys.map(async (key, index) => {
        const res = await fetch(headerMap[key], { method: "PUT", body: part(index + 1) });
        expect(res.status).toBe(200);
        return { partNumber: index + 1, etag: res.headers.get("etag") ?? "" };
      }),
    );
    const complete = await fetch(object.actions?.upload.href ?? "", {
      method: "POST",
      headers: { "Content-Type": "application/vnd.git-lfs+json" },
      body: JSON.stringify({ oid, parts }),
    });
    expect(complete.status).toBe(200);
    const verify = await call(hub.url, `/${repo}.git/info/lfs/objects/verify`, {
      method: "POST",
      token: ALICE,
      json: { oid, size: content.length },
    });
    expect(verify.status).toBe(200);
  });

  it("falls back to basic when the client does not offer multipart", async () => {
    const other = bytes(2 * MiB, 5);
    const [object] = await batchObjects([{ oid: sha256(other), size: other.length }], { transfers: ["basic"] });
    expect(object.actions?.upload.header).toBeUndefined();
  });
});

describe("large uploads", () => {
  it("streams a 100 MB object through a basic PUT and serves it back", async () => {
    const size = 100 * 1000 * 1000;
    const block = bytes(MiB, 9);
    const blocks = function* () {
      for (let sent = 0; sent < size; sent += block.length)
        yield block.subarray(0, Math.min(block.length, size - sent));
    };
    const hash = createHash("sha256");
    for (const chunk of blocks()) hash.update(chunk);
    const oid = hash.digest("hex");

    const [object] = await batchObjects([{ oid, size }], { transfers: ["basic"] });
    const put = await fetch(object.actions?.upload.href ?? "", {
      method: "PUT",
      body: Readable.toWeb(Readable.from(blocks())) as ReadableStream,
      headers: { "Content-Length": String(size) },
      duplex: "half",
    } as RequestInit);
    expect(put.status).toBe(200);
    await commitOk(hub.url, `models/${repo}`, "main", [
      header("big"),
      { key: "lfsFile", value: { path: "big.bin", algo: "sha256", oid, size } },
    ]);

    const res = await fetch(`${hub.url}/${repo}/resolve/main/big.bin`);
    expect(res.headers.get("content-length")).toBe(String(size));
    const downloaded = createHash("sha256");
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) downloaded.update(chunk);
    expect(downloaded.digest("hex")).toBe(oid);
  }, 30_000);
});
