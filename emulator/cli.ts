/**
 * `tsx emulator/cli.ts --port <N> [--host H] [--data <dir>] [--multipart-chunk-size <bytes>] [--public-url <origin>]
 * [--space-build-ms <ms>] [--oidc-* ...]`
 */
import { readFileSync } from "node:fs";
import { parsePublicUrl, startEmulator, type EmulatorOptions, type OidcTrust } from "./index";

const USAGE =
  "Usage: tsx emulator/cli.ts --port <N> [--host <host>] [--data <dir>] [--multipart-chunk-size <bytes>]\n" +
  "         [--public-url <origin>] [--space-build-ms <ms>]\n" +
  "         [--oidc-issuer <url> --oidc-public-key <pem file> [--oidc-trust <hf repo>=<github owner/repo>]...]\n" +
  "Prints the base URL on the first stdout line; runs until SIGINT or SIGTERM.";

/** `alice/model=octo/train` or `datasets/acme/data=octo/train`. */
function parseTrust(text: string): OidcTrust {
  const separator = text.lastIndexOf("=");
  if (separator <= 0 || separator === text.length - 1) {
    throw new Error(`--oidc-trust needs <hf repo>=<github owner/repo>, got "${text}"`);
  }
  return { repo: text.slice(0, separator), repository: text.slice(separator + 1) };
}

export function parseArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {};
  const oidc: { issuer?: string; publicKeyPem?: string; trust: OidcTrust[] } = { trust: [] };
  let oidcFlags = false;
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
    else if (flag === "--public-url") options.publicUrl = parsePublicUrl(value());
    else if (flag === "--space-build-ms") options.spaceBuildMs = integer();
    else if (flag.startsWith("--oidc-")) {
      oidcFlags = true;
      if (flag === "--oidc-issuer") oidc.issuer = value();
      else if (flag === "--oidc-public-key") oidc.publicKeyPem = readFileSync(value(), "utf8");
      else if (flag === "--oidc-trust") oidc.trust.push(parseTrust(value()));
      else throw new Error(`Unknown argument "${flag}"\n${USAGE}`);
    } else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`Unknown argument "${flag}"\n${USAGE}`);
  }
  if (oidcFlags) {
    if (!oidc.issuer || !oidc.publicKeyPem) throw new Error("--oidc-* needs both --oidc-issuer and --oidc-public-key");
    options.oidc = { issuer: oidc.issuer, publicKeyPem: oidc.publicKeyPem, trust: oidc.trust };
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
