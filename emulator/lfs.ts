/** Git LFS: the batch endpoint, presigned basic and multipart transfer targets, and verify. */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { HubError, badRequest, forbidden, routeNotFound, unprocessable } from "./errors";
import { isSha256Hex } from "./gitobjects";
import { readJsonObject, sendJson, type RequestContext } from "./http";
import { writeStream, type ObjectStore } from "./lfs-store";
import { OrderedPartHasher } from "./part-hasher";
import { urlPrefix } from "./paths";
import type { Repo } from "./repos";

export const LFS_CONTENT_TYPE = "application/vnd.git-lfs+json";
/** The Hub's hard limit per file. */
const MAX_OBJECT_SIZE = 500_000_000_000;
const URL_LIFETIME_SECONDS = 24 * 3600;

interface MultipartSession {
  oid: string;
  size: number;
  chunk: number;
  file: string;
  parts: Map<number, { etag: string; size: number }>;
  hasher: OrderedPartHasher;
}

type Signed = Record<string, string>;

export class LfsService {
  /** Per-process secret: upload URLs stop working when the emulator restarts, like expired presigned URLs. */
  private readonly secret = randomBytes(32);
  private readonly sessions = new Map<string, MultipartSession>();

  constructor(
    private readonly store: ObjectStore,
    private readonly multipartChunkSize: number,
  ) {}

  /** `POST /{prefix}{id}.git/info/lfs/objects/batch`; permission checks are done by the caller. */
  async batch(ctx: RequestContext, repo: Repo, body: Record<string, unknown>): Promise<void> {
    const operation = body.operation;
    if (operation !== "upload" && operation !== "download") throw unprocessable(`Invalid operation "${operation}"`);
    if (body.hash_algo !== undefined && body.hash_algo !== "sha256" && body.hash_algo !== "sha_256") {
      throw new HubError(409, `Unsupported hash algorithm "${String(body.hash_algo)}"`);
    }
    if (!Array.isArray(body.objects)) throw unprocessable('"objects" must be an array');
    const transfers = Array.isArray(body.transfers) ? body.transfers : ["basic"];
    const multipart = transfers.includes("multipart");
    const objects = body.objects.map((raw: unknown) => {
      const { oid, size } = (raw ?? {}) as { oid?: unknown; size?: unknown };
      const echo = { oid, size };
      if (!isSha256Hex(oid))
        return { ...echo, error: { code: 422, message: "Invalid oid: expected 64 hex characters" } };
      if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
        return { ...echo, error: { code: 422, message: "Invalid size: expected a non-negative integer" } };
      }
      if (size > MAX_OBJECT_SIZE) return { ...echo, error: { code: 422, message: "Object exceeds the 500GB limit" } };
      const stored = this.store.size(oid);
      if (operation === "download") {
        if (stored === undefined) return { ...echo, error: { code: 404, message: "Object does not exist" } };
        return {
          oid,
          size: stored,
          actions: { download: { href: this.url(ctx.baseUrl, "download", oid, { size: `${stored}` }) } },
        };
      }
      if (stored === size) return { oid, size };
      return { oid, size, actions: this.uploadActions(ctx, repo, oid, size, multipart) };
    });
    sendJson(ctx.res, 200, { transfer: "basic", objects }, {}, LFS_CONTENT_TYPE);
  }

  /**
   * Verify and multipart completion are Hub API URLs (named by `publicUrl`, like https://huggingface.co on the Hub);
   * upload and part URLs are storage URLs (presigned S3 on the Hub), always on the emulator's own address.
   * An empty object still gets an upload action, as on the Hub; its storage PUT then answers 501.
   */
  private uploadActions(ctx: RequestContext, repo: Repo, oid: string, size: number, multipart: boolean) {
    const verify = { href: `${ctx.publicUrl}/${urlPrefix(repo.type)}${repo.id}.git/info/lfs/objects/verify` };
    if (!multipart || size < this.multipartChunkSize) {
      return { upload: { href: this.url(ctx.baseUrl, "upload", oid, { size: `${size}` }) }, verify };
    }
    const chunk = this.multipartChunkSize;
    const uploadId = randomBytes(12).toString("hex");
    const common = { size: `${size}`, chunk: `${chunk}`, uploadId };
    const header: Record<string, string> = { chunk_size: `${chunk}` };
    for (let part = 1; part <= Math.ceil(size / chunk); part++) {
      header[String(part).padStart(5, "0")] = this.url(ctx.baseUrl, "upload", oid, {
        ...common,
        partNumber: `${part}`,
      });
    }
    return { upload: { href: this.url(ctx.publicUrl, "complete", oid, common), header }, verify };
  }

  /** Presigned: the signature covers action, oid and every parameter, so no Authorization is needed. */
  private url(origin: string, action: string, oid: string, params: Signed): string {
    const expires = `${Math.floor(Date.now() / 1000) + URL_LIFETIME_SECONDS}`;
    const query = new URLSearchParams({
      ...params,
      expires,
      signature: this.sign(action, oid, { ...params, expires }),
    });
    return `${origin}/__lfs/${action}/${oid}?${query}`;
  }

  private sign(action: string, oid: string, params: Signed): string {
    const fields = Object.keys(params)
      .sort()
      .map((k) => `${k}=${params[k]}`);
    return createHmac("sha256", this.secret)
      .update([action, oid, ...fields].join("\n"))
      .digest("hex");
  }

  private checkSignature(ctx: RequestContext, action: string, oid: string): Signed {
    const params: Signed = {};
    for (const [k, v] of ctx.url.searchParams) if (k !== "signature") params[k] = v;
    const given = Buffer.from(ctx.url.searchParams.get("signature") ?? "", "utf8");
    const expected = Buffer.from(this.sign(action, oid, params), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw forbidden("The request signature we calculated does not match the signature you provided.");
    }
    if (Number(params.expires) < Date.now() / 1000) throw forbidden("Request has expired");
    return params;
  }

  /** Routes under `/__lfs/`: the presigned storage URLs. */
  async transfer(ctx: RequestContext, segments: string[]): Promise<void> {
    const [action, oid] = segments;
    if (segments.length !== 2 || !isSha256Hex(oid)) throw routeNotFound();
    if (action === "upload" && ctx.method === "PUT") {
      const params = this.checkSignature(ctx, action, oid);
      if (Number(params.size) === 0) return refuseEmpty(ctx);
      if (params.partNumber) return this.putPart(ctx, oid, params);
      await this.store.receive(ctx.req, oid, Number(params.size));
      return endEmpty(ctx, {});
    }
    if (action === "complete" && ctx.method === "POST") {
      const params = this.checkSignature(ctx, action, oid);
      if (Number(params.size) === 0) return refuseEmpty(ctx);
      return this.complete(ctx, oid, params);
    }
    if (action === "download" && (ctx.method === "GET" || ctx.method === "HEAD")) {
      this.checkSignature(ctx, action, oid);
      return this.download(ctx, oid);
    }
    throw routeNotFound();
  }

  private async putPart(ctx: RequestContext, oid: string, params: Signed): Promise<void> {
    const [size, chunk, part] = [Number(params.size), Number(params.chunk), Number(params.partNumber)];
    const expected = Math.min(chunk, size - (part - 1) * chunk);
    const session = await this.session(params.uploadId, oid, size, chunk);
    // The part next in order is hashed while it arrives; others are read back when their turn comes.
    const live = session.hasher.startPart(part);
    let written: { size: number };
    try {
      written = await writeStream(ctx.req, session.file, { maxBytes: expected, start: (part - 1) * chunk, hash: live });
      if (written.size !== expected)
        throw badRequest(`Part ${part} must be ${expected} bytes, received ${written.size}`);
    } catch (error) {
      session.hasher.partFailed(part);
      throw error;
    }
    const etag = `"${randomBytes(16).toString("hex")}"`;
    session.parts.set(part, { etag, size: written.size });
    session.hasher.partWritten(part, written.size, live);
    endEmpty(ctx, { ETag: etag });
  }

  private async session(uploadId: string, oid: string, size: number, chunk: number): Promise<MultipartSession> {
    let session = this.sessions.get(uploadId);
    if (!session) {
      const file = this.store.tempPath(`multipart-${uploadId}`);
      session = { oid, size, chunk, file, parts: new Map(), hasher: new OrderedPartHasher(file, chunk) };
      this.sessions.set(uploadId, session);
    }
    await this.store.ensureFile(session.file);
    return session;
  }

  private async complete(ctx: RequestContext, oid: string, params: Signed): Promise<void> {
    const body = await readJsonObject(ctx.req);
    if (body.oid !== oid) throw badRequest("The oid in the body does not match the upload URL");
    const session = this.sessions.get(params.uploadId);
    const count = Math.ceil(Number(params.size) / Number(params.chunk));
    const parts = Array.isArray(body.parts) ? (body.parts as { partNumber?: unknown; etag?: unknown }[]) : [];
    if (!session || parts.length !== count) throw badRequest(`Expected ${count} parts in the completion request`);
    for (let n = 1; n <= count; n++) {
      const listed = parts.find((p) => Number(p.partNumber) === n);
      const uploaded = session.parts.get(n);
      if (!uploaded) throw badRequest(`Part ${n} was not uploaded`);
      if (!listed || unquote(String(listed.etag)) !== unquote(uploaded.etag))
        throw badRequest(`Invalid etag for part ${n}`);
    }
    this.sessions.delete(params.uploadId);
    try {
      const hashed = await session.hasher.digest();
      if (hashed) await this.store.adoptHashed(session.file, oid, session.size, hashed.size, hashed.sha256);
      else await this.store.adoptAssembled(session.file, oid, session.size);
    } finally {
      await rm(session.file, { force: true });
    }
    sendJson(ctx.res, 200, {}, {}, LFS_CONTENT_TYPE);
  }

  private async download(ctx: RequestContext, oid: string): Promise<void> {
    const size = this.store.size(oid);
    if (size === undefined) throw new HubError(404, "Object does not exist");
    ctx.res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": String(size) });
    if (ctx.method === "HEAD") return void ctx.res.end();
    await pipeline(createReadStream(this.store.pathOf(oid)), ctx.res);
  }

  /** `POST .../info/lfs/objects/verify` with HF auth: is the object stored with that size? */
  async verify(ctx: RequestContext): Promise<void> {
    const body = await readJsonObject(ctx.req);
    if (!isSha256Hex(body.oid) || typeof body.size !== "number") throw unprocessable("Expected {oid, size}");
    const stored = this.store.size(body.oid);
    if (stored === undefined) throw new HubError(404, `Object ${body.oid} was not uploaded`);
    if (stored !== body.size) throw unprocessable(`Object ${body.oid} has size ${stored}, not ${body.size}`);
    sendJson(ctx.res, 200, {}, {}, LFS_CONTENT_TYPE);
  }
}

function unquote(etag: string): string {
  return etag.replace(/^W\//, "").replace(/^"|"$/g, "");
}

/** S3's wording for what it does not do; the Hub's storage answers an empty LFS upload with it. */
const S3_NOT_IMPLEMENTED =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NotImplemented</Code>' +
  "<Message>A header you provided implies functionality that is not implemented</Message></Error>";

/**
 * 501 to the upload of an empty object, as the Hub's storage answers (hence clients always commit empty files as
 * regular ones). The body is drained first so the client sees the answer rather than a reset.
 */
async function refuseEmpty(ctx: RequestContext): Promise<void> {
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) void chunk;
  const body = Buffer.from(S3_NOT_IMPLEMENTED);
  ctx.res.writeHead(501, { "Content-Type": "application/xml", "Content-Length": String(body.length) });
  ctx.res.end(body);
}

function endEmpty(ctx: RequestContext, headers: Record<string, string>): void {
  ctx.res.writeHead(200, { ...headers, "Content-Length": "0" });
  ctx.res.end();
}
