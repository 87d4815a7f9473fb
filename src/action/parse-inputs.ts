import path from "node:path";
import { normalizePathInRepo } from "../hub/path-in-repo";
import { REPO_TYPES, type RepoRef, type RepoType, parseRepoId } from "../hub/repo-ref";
import type { SpaceSdk } from "../hub/repos";
import { OPERATION_NAMES, type OperationName, type OperationRequest } from "../operations";
import { InputError } from "../operations/types";
import { Input } from "./input-names";
import { type InputReader, parseBoolean, parseChoice, parseInteger, requireBoolean, requireText } from "./parse-values";

export const DEFAULT_ENDPOINT = "https://huggingface.co";
const SPACE_SDKS: readonly SpaceSdk[] = ["gradio", "docker", "static"];
const DEFAULT_CONCURRENCY = 4;

/** Everything the run needs, parsed and checked once. */
export interface ActionSettings {
  endpoint: string;
  token?: string;
  request: OperationRequest;
}

export type Environment = Record<string, string | undefined>;

/** The token from the input or, failing that, HF_TOKEN; read first so that it can be masked at once. */
export function readToken(read: InputReader, env: Environment): string | undefined {
  return read(Input.Token) || env.HF_TOKEN || undefined;
}

export function parseSettings(read: InputReader, env: Environment): ActionSettings {
  const operation = parseChoice<OperationName>(Input.Operation, read(Input.Operation), OPERATION_NAMES);
  return {
    endpoint: parseEndpoint(read(Input.Endpoint) || env.HF_ENDPOINT || DEFAULT_ENDPOINT),
    token: parseToken(readToken(read, env)),
    request: parseRequest(operation, read, env),
  };
}

function parseRequest(operation: OperationName, read: InputReader, env: Environment): OperationRequest {
  const repo = parseRepo(read);
  const revision = parseRevision(read(Input.Revision));
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
    case "upload-file": {
      const localPath = resolveLocalPath(read(Input.Path), env);
      const pathInRepo = parsePathInRepo(read(Input.PathInRepo) || path.basename(localPath));
      return {
        operation,
        options: {
          repo,
          revision,
          localPath,
          pathInRepo,
          commitMessage: read(Input.CommitMessage) || withSourceCommit(`Upload ${pathInRepo}`, env),
          commitDescription: read(Input.CommitDescription) || undefined,
          concurrency: parseInteger(Input.Concurrency, read(Input.Concurrency), DEFAULT_CONCURRENCY, 1, 64),
        },
      };
    }
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
          commitMessage: read(Input.CommitMessage) || withSourceCommit(`Delete ${pathInRepo}`, env),
          commitDescription: read(Input.CommitDescription) || undefined,
          missingOk: parseBoolean(Input.MissingOk, read(Input.MissingOk), false)!,
        },
      };
    }
    case "visibility":
      return { operation, options: { repo, private: requireBoolean(Input.Private, read(Input.Private)) } };
  }
}

function parseRepo(read: InputReader): RepoRef {
  const type = parseChoice<RepoType>(Input.RepoType, read(Input.RepoType), REPO_TYPES, "model");
  const raw = requireText(Input.RepoId, read(Input.RepoId), "the repo as namespace/name, e.g. my-org/my-model");
  try {
    return parseRepoId(raw, type);
  } catch (error) {
    throw new InputError(Input.RepoId, `${(error as Error).message}. Use namespace/name, e.g. my-org/my-model.`);
  }
}

function parseRevision(raw: string): string {
  const revision = raw || "main";
  if (/\s/.test(revision) || revision.includes("..")) {
    throw new InputError(Input.Revision, `"${revision}" is not a valid branch name. Use a branch such as main.`);
  }
  return revision;
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

// Never echoes the token itself: errors end up in logs.
function parseToken(token: string | undefined): string {
  if (!token) {
    throw new InputError(
      Input.Token,
      "no token given. Pass a Hugging Face write token from a secret (token: ${{ secrets.HF_TOKEN }}) or set HF_TOKEN.",
    );
  }
  if (!/^hf_[A-Za-z0-9_-]+$/.test(token)) {
    throw new InputError(Input.Token, "is not a Hugging Face access token (they start with hf_). Check the secret.");
  }
  return token;
}

function resolveLocalPath(raw: string, env: Environment): string {
  const given = requireText(Input.Path, raw, "the local file to upload");
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd(), given);
}

function parsePathInRepo(raw: string): string {
  try {
    return normalizePathInRepo(raw);
  } catch (error) {
    throw new InputError(
      Input.PathInRepo,
      `${(error as Error).message}. Use a relative path such as models/model.bin.`,
    );
  }
}

function withSourceCommit(summary: string, env: Environment): string {
  return env.GITHUB_SHA ? `${summary} from commit ${env.GITHUB_SHA}` : summary;
}
