/**
 * A TCP proxy that makes loopback look like a WAN link to the Hub: every byte waits the one-way latency in each
 * direction, a new connection pays its handshake round trip(s) before its first byte arrives, and uploads
 * (client to server) are capped per connection and over all connections together by token buckets. Downloads
 * are only delayed. It works on bytes, not HTTP: the emulator sees the `Host` the client used (the proxy's), so
 * every URL it answers, presigned storage URLs included, leads back through the proxy.
 *
 * Run alone: `tsx bench/throttle-proxy.ts --upstream 127.0.0.1:7861 [--port 0] [--latency-ms 20]
 * [--connection-mb-s 40] [--total-mb-s 160] [--handshake-rtts 1]`; it prints `listening <port>` and, on SIGTERM
 * or SIGINT, one JSON line of statistics before it exits.
 */
import net from "node:net";

export interface ThrottleOptions {
  upstreamHost: string;
  upstreamPort: number;
  /** Default 0: any free port. */
  port?: number;
  /** One-way latency, added in each direction. Default 20. */
  latencyMs?: number;
  /** Upload cap of each connection, in MB/s (10^6 bytes). Default 40. */
  connectionMBps?: number;
  /** Upload cap of all connections together, in MB/s. Default 160. */
  totalMBps?: number;
  /** Round trips a new connection spends before its first byte can arrive (TCP's handshake: 1). Default 1. */
  handshakeRtts?: number;
}

export const WAN_DEFAULTS = { latencyMs: 20, connectionMBps: 40, totalMBps: 160, handshakeRtts: 1 } as const;

export interface ProxyStats {
  connections: number;
  bytesUp: number;
  bytesDown: number;
}

export interface RunningProxy {
  port: number;
  url: string;
  stats(): ProxyStats;
  close(): Promise<void>;
}

/** Bytes that may leave in one go after an idle spell. */
const CONNECTION_BURST = 64 * 1024;
const TOTAL_BURST = 256 * 1024;
/** Bytes a lane holds (waiting for their time) beyond the bandwidth-delay product before it pauses its source. */
const LANE_SLACK = 1024 * 1024;

/**
 * A token bucket in "debt" form: taking n bytes always succeeds and says when they may leave, which is now
 * while tokens last and later once the bucket owes. Bytes are thus scheduled in the order they were taken.
 */
class TokenBucket {
  private tokens: number;
  private last = now();

  constructor(
    /** Bytes per millisecond. */
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  take(bytes: number, at: number): number {
    this.tokens = Math.min(this.burst, this.tokens + (at - this.last) * this.rate);
    this.last = at;
    this.tokens -= bytes;
    return this.tokens >= 0 ? at : at - this.tokens / this.rate;
  }
}

function now(): number {
  return performance.now();
}

/**
 * One direction of one connection: each chunk gets the time it arrives at the far end, and is written then, in
 * order. The source is paused while the lane holds too much or the destination pushes back.
 */
class Lane {
  private readonly queue: Array<{ chunk: Buffer; due: number }> = [];
  private head = 0;
  private held = 0;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  private blocked = false;
  private paused = false;

  constructor(
    private readonly source: net.Socket,
    private readonly target: net.Socket,
    private readonly schedule: (bytes: number, at: number) => number,
    private readonly highWater: number,
    private readonly count: (bytes: number) => void,
  ) {
    source.on("data", (chunk: Buffer) => this.push(chunk));
    source.on("end", () => {
      this.ended = true;
      if (!this.timer) this.pump();
    });
    target.on("drain", () => {
      this.blocked = false;
      this.updateFlow();
    });
  }

  private push(chunk: Buffer): void {
    this.count(chunk.length);
    this.queue.push({ chunk, due: this.schedule(chunk.length, now()) });
    this.held += chunk.length;
    this.updateFlow();
    if (!this.timer) this.pump();
  }

  private pump(): void {
    this.timer = undefined;
    // Timers fire on whole milliseconds: a chunk due within the next half is sent now.
    const horizon = now() + 0.5;
    while (this.head < this.queue.length && this.queue[this.head].due <= horizon) {
      const { chunk } = this.queue[this.head++];
      this.held -= chunk.length;
      if (!this.target.destroyed && !this.target.write(chunk)) this.blocked = true;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (this.head < this.queue.length) {
      this.timer = setTimeout(() => this.pump(), Math.max(0, this.queue[this.head].due - now()));
    } else if (this.ended && !this.target.destroyed) {
      this.target.end();
    }
    this.updateFlow();
  }

  private updateFlow(): void {
    const pause = this.blocked || this.held > this.highWater;
    if (pause && !this.paused) this.source.pause();
    else if (!pause && this.paused && this.held <= this.highWater / 2) this.source.resume();
    else return;
    this.paused = pause;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export function startThrottleProxy(options: ThrottleOptions): Promise<RunningProxy> {
  const latency = options.latencyMs ?? WAN_DEFAULTS.latencyMs;
  const connectionRate = ((options.connectionMBps ?? WAN_DEFAULTS.connectionMBps) * 1e6) / 1000;
  const totalRate = ((options.totalMBps ?? WAN_DEFAULTS.totalMBps) * 1e6) / 1000;
  const handshake = 2 * latency * (options.handshakeRtts ?? WAN_DEFAULTS.handshakeRtts);
  for (const [name, value] of Object.entries({ latency, connectionRate, totalRate, handshake })) {
    if (!Number.isFinite(value) || value < 0 || (value === 0 && name.endsWith("Rate"))) {
      throw new Error(`throttle proxy: invalid ${name} ${value}`);
    }
  }
  const total = new TokenBucket(totalRate, TOTAL_BURST);
  const stats: ProxyStats = { connections: 0, bytesUp: 0, bytesDown: 0 };
  const sockets = new Set<net.Socket>();

  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    stats.connections += 1;
    // The client's connect() returned at once on loopback; on a WAN its first byte leaves a handshake later.
    const opened = now() + handshake;
    const connection = new TokenBucket(connectionRate, CONNECTION_BURST);
    const upstream = net.connect({ host: options.upstreamHost, port: options.upstreamPort, allowHalfOpen: true });
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true);
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    }
    const up = new Lane(
      client,
      upstream,
      (bytes, at) => {
        const leaves = Math.max(at, opened, connection.take(bytes, at), total.take(bytes, at));
        return leaves + latency;
      },
      connectionRate * latency * 2 + LANE_SLACK,
      (bytes) => (stats.bytesUp += bytes),
    );
    const down = new Lane(
      upstream,
      client,
      (_bytes, at) => at + latency,
      8 * LANE_SLACK,
      (bytes) => (stats.bytesDown += bytes),
    );
    // A reset on either side resets the other; an orderly end travels through its lane, after the bytes before it.
    const reset = () => {
      up.stop();
      down.stop();
      client.destroy();
      upstream.destroy();
    };
    client.on("error", reset);
    upstream.on("error", reset);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        stats: () => ({ ...stats }),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** `--name value` flags, falling back to BENCH_WAN_* variables, then to the defaults. */
export function wanSettingsFrom(
  argv: string[],
  env: NodeJS.ProcessEnv,
): { latencyMs: number; connectionMBps: number; totalMBps: number; handshakeRtts: number } {
  const pick = (flag: string, variable: string, fallback: number): number => {
    const at = argv.indexOf(`--${flag}`);
    const raw = at >= 0 ? argv[at + 1] : env[variable];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${flag} / ${variable}: not a number: ${raw}`);
    return value;
  };
  return {
    latencyMs: pick("latency-ms", "BENCH_WAN_LATENCY_MS", WAN_DEFAULTS.latencyMs),
    connectionMBps: pick("connection-mb-s", "BENCH_WAN_CONNECTION_MB_S", WAN_DEFAULTS.connectionMBps),
    totalMBps: pick("total-mb-s", "BENCH_WAN_TOTAL_MB_S", WAN_DEFAULTS.totalMBps),
    handshakeRtts: pick("handshake-rtts", "BENCH_WAN_HANDSHAKE_RTTS", WAN_DEFAULTS.handshakeRtts),
  };
}

async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--upstream");
  const upstream = at >= 0 ? argv[at + 1] : undefined;
  const match = upstream ? /^(.+):(\d+)$/.exec(upstream) : null;
  if (!match) throw new Error("usage: throttle-proxy --upstream <host>:<port> [--port n] [--latency-ms n] ...");
  const portAt = argv.indexOf("--port");
  const proxy = await startThrottleProxy({
    upstreamHost: match[1],
    upstreamPort: Number(match[2]),
    port: portAt >= 0 ? Number(argv[portAt + 1]) : 0,
    ...wanSettingsFrom(argv, process.env),
  });
  process.stdout.write(`listening ${proxy.port}\n`);
  const stop = () => {
    process.stdout.write(`${JSON.stringify(proxy.stats())}\n`);
    void proxy.close().then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (require.main === module) {
  cli().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
