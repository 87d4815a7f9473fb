import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../hub/retry";
import { InputError } from "../operations/errors";
import { type InputReader, parseChoice, parseInteger } from "../operations/inputs/values";
import type { SourceInfo } from "../operations/operation";
import { OPERATIONS, OPERATION_NAMES, type OperationRequest, findOperation } from "../operations/registry";

const DEFAULT_ENDPOINT = "https://huggingface.co";

/** The inputs every run reads, whatever the operation; each operation declares the rest. */
export const ACTION_INPUTS = ["operation", "token", "endpoint", "timeout", "max_retry_wait"] as const;

/** Everything the run needs, parsed and checked once. */
export interface ActionSettings {
  endpoint: string;
  /** Absent when neither the input nor HF_TOKEN gives one: the glue may then try keyless (OIDC) auth. */
  token?: string;
  retry: RetryPolicy;
  request: OperationRequest;
}

export type Environment = Record<string, string | undefined>;

/** The token from the input or, failing that, HF_TOKEN; read first so that it can be masked at once. */
export function readToken(read: InputReader, env: Environment): string | undefined {
  return read("token") || env.HF_TOKEN || undefined;
}

export function parseSettings(read: InputReader, env: Environment, source: SourceInfo = {}): ActionSettings {
  const raw = read("operation");
  const operation = findOperation(raw) ?? parseChoice("operation", raw, OPERATION_NAMES);
  const settings = {
    endpoint: parseEndpoint(read("endpoint") || env.HF_ENDPOINT || DEFAULT_ENDPOINT),
    token: parseToken(readToken(read, env)),
    retry: {
      ...DEFAULT_RETRY_POLICY,
      timeoutMs: parseInteger("timeout", read("timeout"), DEFAULT_RETRY_POLICY.timeoutMs / 1000, 1, 3600) * 1000,
      maxRetryWaitMs:
        parseInteger("max_retry_wait", read("max_retry_wait"), DEFAULT_RETRY_POLICY.maxRetryWaitMs / 1000, 0, 3600) *
        1000,
    },
  };
  const options = OPERATIONS[operation].parse(read, { workspace: env.GITHUB_WORKSPACE || process.cwd(), source, env });
  return { ...settings, request: { operation, options } as OperationRequest };
}

function parseEndpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError("endpoint", `"${raw}" is not a URL. Use ${DEFAULT_ENDPOINT} or your Hub's base URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InputError("endpoint", `"${raw}" must be an http(s) URL, e.g. ${DEFAULT_ENDPOINT}.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError("endpoint", `must be a plain base URL without credentials, query or fragment.`);
  }
  return url.toString().replace(/\/+$/, "");
}

/** Why a run has no token, and how to give it one. */
export const MISSING_TOKEN_HELP =
  "no token given. Pass a Hugging Face write token from a secret (token: ${{ secrets.HF_TOKEN }}), set HF_TOKEN, or grant the job `permissions: id-token: write` for keyless auth with Trusted Publishers.";

// Never echoes the token itself: errors end up in logs.
function parseToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (!/^hf_[A-Za-z0-9_-]+$/.test(token)) {
    throw new InputError("token", "is not a Hugging Face access token (they start with hf_). Check the secret.");
  }
  return token;
}
