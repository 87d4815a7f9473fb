import { REPO_TYPES, type RepoRef, type RepoType } from "../hub/repo-ref";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../hub/retry";
import type { SpaceSdk } from "../hub/repos";
import { OPERATION_NAMES, type OperationName, type OperationRequest } from "../operations";
import type { UploadFileOptions } from "../operations/upload-file";
import { DEFAULT_COMMIT_LIMITS } from "../operations/commit-batches";
import { type SourceInfo, withSourceCommit } from "../operations/commit-text";
import { InputError } from "../operations/types";
import { Input } from "./input-names";
import { QUERY_OPERATIONS, parseQueryRequest, parseRepoRequest } from "./parse-queries";
import { parsePathInRepo, parseRepoIdInput, parseRevision } from "./parse-repo";
import {
  type InputReader,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseLines,
  requireBoolean,
  requireText,
} from "./parse-values";

export const DEFAULT_ENDPOINT = "https://huggingface.co";
const SPACE_SDKS: readonly SpaceSdk[] = ["gradio", "docker", "static"];
const NO_FILES_CHOICES = ["error", "warn", "ignore"] as const;
const DEFAULT_CONCURRENCY = 4;

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
  return read(Input.Token) || env.HF_TOKEN || undefined;
}

// Names people reach for, mapped to the operation that does it.
const OPERATION_ALIASES: Record<string, OperationName> = { upload: "upload-file", "upload-folder": "upload-file" };

export function parseSettings(read: InputReader, env: Environment, source: SourceInfo = {}): ActionSettings {
  const raw = read(Input.Operation);
  const operation = OPERATION_ALIASES[raw] ?? parseChoice<OperationName>(Input.Operation, raw, OPERATION_NAMES);
  return {
    endpoint: parseEndpoint(read(Input.Endpoint) || env.HF_ENDPOINT || DEFAULT_ENDPOINT),
    token: parseToken(readToken(read, env)),
    retry: {
      ...DEFAULT_RETRY_POLICY,
      timeoutMs:
        parseInteger(Input.Timeout, read(Input.Timeout), DEFAULT_RETRY_POLICY.timeoutMs / 1000, 1, 3600) * 1000,
      maxRetryWaitMs:
        parseInteger(
          Input.MaxRetryWait,
          read(Input.MaxRetryWait),
          DEFAULT_RETRY_POLICY.maxRetryWaitMs / 1000,
          0,
          3600,
        ) * 1000,
    },
    request: parseRequest(operation, read, env, source),
  };
}

function parseRequest(
  operation: OperationName,
  read: InputReader,
  env: Environment,
  source: SourceInfo,
): OperationRequest {
  const revision = parseRevision(read(Input.Revision));
  if (!REPO_OPERATIONS.has(operation)) return parseQueryRequest(operation, read);
  const repo = parseRepo(read);
  switch (operation) {
    case "create-repo":
      return {
        operation,
        options: {
          repo,
          private: parseBoolean(Input.Private, read(Input.Private)),
          existOk: parseBoolean(Input.ExistOk, read(Input.ExistOk), true)!,
          spaceSdk: parseSpaceSdk(repo, read(Input.SpaceSdk)),
        },
      };
    case "upload-file":
      return { operation, options: parseUpload(read, env, source, repo, revision) };
    case "delete-file": {
      const pathInRepo = parsePathInRepo(
        requireText(Input.PathInRepo, read(Input.PathInRepo), "the path of the file to delete inside the repo"),
      );
      return {
        operation,
        options: {
          repo,
          revision,
          pathInRepo,
          commitMessage: read(Input.CommitMessage) || withSourceCommit(`Delete ${pathInRepo}`, source),
          commitDescription: read(Input.CommitDescription) || undefined,
          missingOk: parseBoolean(Input.MissingOk, read(Input.MissingOk), false)!,
        },
      };
    }
    case "visibility":
      return { operation, options: { repo, private: requireBoolean(Input.Private, read(Input.Private)) } };
    default:
      return parseRepoRequest(operation, read, repo, revision);
  }
}

// Operations that act on one repo; the others (identity and Hub-wide listings) take no repo_id.
const REPO_OPERATIONS = new Set<OperationName>(OPERATION_NAMES.filter((name) => !QUERY_OPERATIONS.includes(name)));

function parseUpload(
  read: InputReader,
  env: Environment,
  source: SourceInfo,
  repo: RepoRef,
  revision: string,
): UploadFileOptions {
  const paths = parseLines(requireText(Input.Path, read(Input.Path), "the files, folders or globs to upload"));
  const pathInRepo = read(Input.PathInRepo) ? parsePathInRepo(read(Input.PathInRepo)) : "";
  const createPr = parseBoolean(Input.CreatePr, read(Input.CreatePr), false)!;
  const createBranch = parseBoolean(Input.CreateBranch, read(Input.CreateBranch), false)!;
  if (createPr && revision.startsWith("refs/pr/")) {
    throw new InputError(Input.CreatePr, `cannot open a pull request against ${revision}. Set revision to a branch.`);
  }
  return {
    repo,
    revision,
    selection: {
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      paths,
      pathInRepo,
      include: parseLines(read(Input.Include)),
      exclude: parseLines(read(Input.Exclude)),
      includeHidden: parseBoolean(Input.IncludeHidden, read(Input.IncludeHidden), false)!,
    },
    ifNoFilesFound: parseChoice(Input.IfNoFilesFound, read(Input.IfNoFilesFound), NO_FILES_CHOICES, "error"),
    allowLfsPointers: parseBoolean(Input.AllowLfsPointers, read(Input.AllowLfsPointers), false)!,
    deletePatterns: parseLines(read(Input.DeletePatterns)),
    createBranch,
    createPr,
    parentCommit: parseParentCommit(read(Input.ParentCommit)),
    commitMessage: read(Input.CommitMessage) || undefined,
    commitDescription: read(Input.CommitDescription) || undefined,
    source,
    concurrency: parseInteger(Input.Concurrency, read(Input.Concurrency), DEFAULT_CONCURRENCY, 1, 64),
    commitLimits: {
      maxFiles: parseInteger(
        Input.MaxFilesPerCommit,
        read(Input.MaxFilesPerCommit),
        DEFAULT_COMMIT_LIMITS.maxFiles,
        1,
        100_000,
      ),
      maxBytes: parseInteger(
        Input.MaxBytesPerCommit,
        read(Input.MaxBytesPerCommit),
        DEFAULT_COMMIT_LIMITS.maxBytes,
        1,
        Number.MAX_SAFE_INTEGER,
      ),
    },
  };
}

function parseParentCommit(raw: string): string | undefined {
  if (!raw) return undefined;
  if (!/^[0-9a-f]{40}$/.test(raw)) {
    throw new InputError(
      Input.ParentCommit,
      `"${raw}" is not a full commit id. Use the 40-character sha of the commit.`,
    );
  }
  return raw;
}

function parseRepo(read: InputReader): RepoRef {
  const type = parseChoice<RepoType>(Input.RepoType, read(Input.RepoType), REPO_TYPES, "model");
  const raw = requireText(Input.RepoId, read(Input.RepoId), "the repo as namespace/name, e.g. my-org/my-model");
  return parseRepoIdInput(Input.RepoId, raw, type, read(Input.Organization));
}

function parseSpaceSdk(repo: RepoRef, raw: string): SpaceSdk | undefined {
  if (repo.type !== "space") {
    if (raw) throw new InputError(Input.SpaceSdk, `only applies to Spaces; repo_type is ${repo.type}. Remove it.`);
    return undefined;
  }
  if (!raw) throw new InputError(Input.SpaceSdk, `is required for a Space. Use one of ${SPACE_SDKS.join(", ")}.`);
  return parseChoice(Input.SpaceSdk, raw, SPACE_SDKS);
}

function parseEndpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(Input.Endpoint, `"${raw}" is not a URL. Use ${DEFAULT_ENDPOINT} or your Hub's base URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InputError(Input.Endpoint, `"${raw}" must be an http(s) URL, e.g. ${DEFAULT_ENDPOINT}.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError(Input.Endpoint, `must be a plain base URL without credentials, query or fragment.`);
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
    throw new InputError(Input.Token, "is not a Hugging Face access token (they start with hf_). Check the secret.");
  }
  return token;
}
