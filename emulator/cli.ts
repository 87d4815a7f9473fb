/** `tsx emulator/cli.ts --port <N> [--host H] [--data <dir>] [--multipart-chunk-size <bytes>]` */
import { startEmulator, type EmulatorOptions } from "./index";

const USAGE =
  "Usage: tsx emulator/cli.ts --port <N> [--host <host>] [--data <dir>] [--multipart-chunk-size <bytes>]\n" +
  "Prints the base URL on the first stdout line; runs until SIGINT or SIGTERM.";

export function parseArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const integer = (): number => {
      const raw = value();
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n))
        throw new Error(`${flag} needs a non-negative integer, got "${raw}"`);
      return n;
    };
    if (flag === "--port") options.port = integer();
    else if (flag === "--host") options.host = value();
    else if (flag === "--data") options.dataDir = value();
    else if (flag === "--multipart-chunk-size") options.multipartChunkSize = integer();
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`Unknown argument "${flag}"\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const emulator = await startEmulator(parseArgs(process.argv.slice(2)));
  process.stdout.write(`${emulator.url}\n`);
  process.stderr.write("HF Hub emulator ready: users alice (hf_alice_write), bob (hf_bob_read), org acme\n");
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Error while closing: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
