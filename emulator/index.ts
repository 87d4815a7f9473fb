/** A local stand-in for the Hugging Face Hub: start it, point a client's hubUrl at `url`, close it. */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Accounts } from "./auth";
import { parseCommitQuotaConfig, type CommitQuotaConfig } from "./commit-quota";
import { FaultInjector, type FaultRule } from "./faults";
import { Hub } from "./hub";
import { LfsService } from "./lfs";
import { ObjectStore } from "./lfs-store";
import { TokenExchange, type OidcOptions } from "./oidc";
import { loadState, saveState } from "./persistence";
import { parseRateLimitConfig, RateLimiter, type RateLimitConfig } from "./ratelimit";
import { RepoStore } from "./repos";
import { RequestLog } from "./request-log";
import { createHubServer } from "./server";
import { SpaceRuntimes } from "./spaces";

export type { CommitQuotaConfig } from "./commit-quota";
export type { FaultAction, FaultRule, FaultRuleState } from "./faults";
export type { OidcOptions, OidcTrust } from "./oidc";
export type { RateLimitConfig } from "./ratelimit";
export type { LoggedRequest } from "./request-log";

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Where LFS objects live, and the repo state saved on close and loaded on start; default: a fresh temp dir removed on close. */
  dataDir?: string;
  /** LFS objects of at least this many bytes get the multipart transfer; default 64 MiB (env HF_EMULATOR_MULTIPART_CHUNK_SIZE). */
  multipartChunkSize?: number;
  /** Default true: users alice (hf_alice_write) and bob (hf_bob_read), org acme with member alice. */
  seed?: boolean;
  /** Faults injected from the start (also `POST /__admin/faults`). */
  faults?: FaultRule[];
  /** Enforce the "api" rate limit per token (or IP): 429 past `quota` requests per window (also `POST /__admin/rate-limit`). */
  rateLimit?: RateLimitConfig;
  /** Enforce a per-repo commit quota: 429 past `perHour` commits within an hour (also `POST /__admin/commit-quota`). */
  commitQuota?: CommitQuotaConfig;
  /** Trusted Publishers: `POST /oauth/token` exchanges a CI OIDC token signed by this issuer for a one-repo token. */
  oidc?: OidcOptions;
  /**
   * An origin (`https://hub.example`) for the URLs the Hub names itself in its answers: LFS verify and multipart
   * completion hrefs, and a commit's `commitUrl` / `pullRequestUrl`, as the real Hub answers https://huggingface.co
   * URLs. A client behind a custom endpoint must then rewrite that origin to its endpoint. Storage upload URLs stay
   * on the emulator's own address. Default: the origin the request was addressed to.
   */
  publicUrl?: string;
  /**
   * How long a Space build takes after a commit (or restart): BUILDING, then APP_STARTING from half of it, then
   * RUNNING; default 1000 ms (CLI `--space-build-ms`).
   */
  spaceBuildMs?: number;
  /** Interval of the empty `data:` keep-alive events on Space log streams that stay open; default 15000 ms. */
  spaceLogKeepAliveMs?: number;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
  /** HTTP requests served so far (benchmarks compare clients by it). */
  requestCount(): number;
}

export const DEFAULT_MULTIPART_CHUNK_SIZE = 64 * 1024 * 1024;

/** `scheme://host[:port]` with nothing after it; a trailing "/" is dropped. */
export function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Invalid public URL "${value}": expected an origin such as https://huggingface.co`);
  }
  const bare = url.pathname === "/" && url.search === "" && url.hash === "" && !url.username && !url.password;
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !bare) {
    throw new Error(`Invalid public URL "${value}": expected an origin such as https://huggingface.co`);
  }
  return url.origin;
}

function chunkSizeFrom(options: EmulatorOptions): number {
  const fromEnv = process.env.HF_EMULATOR_MULTIPART_CHUNK_SIZE;
  const value = options.multipartChunkSize ?? (fromEnv ? Number(fromEnv) : DEFAULT_MULTIPART_CHUNK_SIZE);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`Invalid multipart chunk size: ${String(value)}`);
  return value;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const multipartChunkSize = chunkSizeFrom(options);
  const publicUrl = options.publicUrl === undefined ? undefined : parsePublicUrl(options.publicUrl);
  // Configuration errors surface here, before anything is created on disk.
  const accounts = options.seed === false ? new Accounts() : Accounts.seeded();
  const tokenExchange = new TokenExchange(accounts, options.oidc);
  const faults = new FaultInjector();
  if (options.faults) faults.add(options.faults);
  const limiter = new RateLimiter(options.rateLimit ? parseRateLimitConfig(options.rateLimit) : null);
  const commitQuota = options.commitQuota ? parseCommitQuotaConfig(options.commitQuota) : null;
  for (const [name, value] of [
    ["spaceBuildMs", options.spaceBuildMs],
    ["spaceLogKeepAliveMs", options.spaceLogKeepAliveMs],
  ] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0))
      throw new Error(`Invalid ${name}: ${value}`);
  }
  const spaces = new SpaceRuntimes({ buildMs: options.spaceBuildMs, keepAliveMs: options.spaceLogKeepAliveMs });

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "hf-hub-emulator-")));
  const store = new ObjectStore(dataDir);
  await store.init();
  const repos = new RepoStore();
  if (!ownsDataDir) await loadState(dataDir, repos, spaces);
  const hub = new Hub(accounts, repos, store, new LfsService(store, multipartChunkSize), spaces);
  hub.commitQuota.configure(commitQuota);
  const shutdown = new AbortController();

  const urlHost = host.includes(":") ? `[${host}]` : host;
  let port = 0;
  const server = createHubServer({
    hub,
    limiter,
    faults,
    requestLog: new RequestLog(),
    tokenExchange,
    shutdown: shutdown.signal,
    fallbackHost: () => `${urlHost}:${port}`,
    publicUrl,
  });
  let requests = 0;
  server.on("request", () => (requests += 1));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    requestCount: () => requests,
    close(): Promise<void> {
      closing ??= (async () => {
        shutdown.abort();
        spaces.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
        else await saveState(dataDir, repos, spaces);
      })();
      return closing;
    },
  };
}
