import { parseSettings, readToken } from "../../src/action/settings";

const TOKEN = "hf_testtoken123";

function settings(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return parseSettings((name) => inputs[name] ?? "", { GITHUB_WORKSPACE: "/work/space", ...env });
}

function failure(inputs: Record<string, string>, env: Record<string, string> = {}): string {
  try {
    settings(inputs, env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the inputs to be refused");
}

const base = { repo_id: "alice/model", token: TOKEN };

describe("common inputs", () => {
  it("defaults the endpoint, repo type and revision", () => {
    const parsed = settings({ ...base, operation: "delete-file", path_in_repo: "a.txt" });
    expect(parsed.endpoint).toBe("https://huggingface.co");
    expect(parsed.request).toMatchObject({
      operation: "delete-file",
      options: { repo: { type: "model", namespace: "alice", name: "model" }, revision: "main", missingOk: false },
    });
  });

  it("falls back to HF_TOKEN and HF_ENDPOINT", () => {
    const env = { HF_TOKEN: TOKEN, HF_ENDPOINT: "http://127.0.0.1:9/" };
    const parsed = settings({ operation: "visibility", repo_id: "alice/m", private: "true" }, env);
    expect(parsed).toMatchObject({ endpoint: "http://127.0.0.1:9", token: TOKEN });
    expect(readToken(() => "", env)).toBe(TOKEN);
  });

  it("takes a bare repo name in the organization's namespace, or leaves it for the token's user", () => {
    const inOrg = settings({
      ...base,
      repo_id: "model",
      organization: "acme",
      operation: "visibility",
      private: "true",
    });
    expect(inOrg.request).toMatchObject({ options: { repo: { namespace: "acme", name: "model" } } });
    const own = settings({ ...base, repo_id: "model", operation: "visibility", private: "true" });
    expect(own.request).toMatchObject({ options: { repo: { namespace: "", name: "model" } } });
  });

  it("leaves the token unset when none is given, for keyless auth to fill", () => {
    expect(settings({ ...base, token: "", operation: "visibility", private: "true" }).token).toBeUndefined();
  });

  it("reads timeout and max_retry_wait in seconds", () => {
    const parsed = settings({ ...base, operation: "visibility", private: "true", timeout: "5", max_retry_wait: "0" });
    expect(parsed.retry).toMatchObject({ timeoutMs: 5000, maxRetryWaitMs: 0, maxAttempts: 6 });
  });

  it("prefers the token input over HF_TOKEN", () => {
    expect(readToken((name) => (name === "token" ? "hf_input" : ""), { HF_TOKEN: "hf_env" })).toBe("hf_input");
  });

  it.each([
    [{ operation: "" }, 'Input "operation": must be one of create-repo, upload-file, delete-file, visibility'],
    [{ operation: "explode" }, '"explode" is not one of them'],
    [{ operation: "visibility", repo_id: "" }, 'Input "repo_id": is required'],
    [{ operation: "visibility", private: "true", repo_id: "a b" }, 'Input "repo_id": "a b" is not a valid repo name'],
    [{ operation: "visibility", repo_id: "a/b--c" }, "'--' and '..' are forbidden"],
    [{ operation: "visibility", repo_type: "models" }, 'Input "repo_type": must be one of model, dataset, space'],
    [{ operation: "visibility", private: "yes" }, 'Input "private": "yes" is not a boolean'],
    [{ operation: "visibility" }, 'Input "private": is required'],
    [{ operation: "visibility", private: "true", endpoint: "not a url" }, 'Input "endpoint": "not a url" is not a URL'],
    [{ operation: "visibility", private: "true", endpoint: "ftp://hub" }, "must be an http(s) URL"],
    [{ operation: "delete-file", path_in_repo: "a.txt", revision: "my branch" }, 'Input "revision"'],
    [{ operation: "visibility", private: "true", timeout: "0" }, 'Input "timeout": 0 is out of range'],
    [
      { operation: "visibility", private: "true", max_retry_wait: "-1" },
      'Input "max_retry_wait": "-1" is not a whole number',
    ],
    [{ operation: "visibility", private: "true", token: "ghp_abc" }, "is not a Hugging Face access token"],
    [{ operation: "create-repo", exist_ok: "maybe" }, 'Input "exist_ok"'],
    [{ operation: "create-repo", repo_type: "space" }, 'Input "space_sdk": is required for a Space'],
    [{ operation: "create-repo", repo_type: "space", space_sdk: "flask" }, 'Input "space_sdk": must be one of'],
    [{ operation: "create-repo", space_sdk: "gradio" }, "only applies to Spaces"],
    [{ operation: "upload-file" }, 'Input "path": is required'],
    [{ operation: "upload-file", path: "a.bin", path_in_repo: "../a.bin" }, 'Input "path_in_repo"'],
    [{ operation: "upload-file", path: "a.bin", path_in_repo: ".git/config" }, "'.git'"],
    [{ operation: "upload-file", path: "a.bin", concurrency: "0" }, 'Input "concurrency": 0 is out of range'],
    [{ operation: "upload-file", path: "a.bin", concurrency: "four" }, "is not a whole number"],
    [{ operation: "upload-file", path: "a", if_no_files_found: "fail" }, 'Input "if_no_files_found": must be one of'],
    [
      { operation: "upload-file", path: "a", parent_commit: "abc" },
      'Input "parent_commit": "abc" is not a full commit id',
    ],
    [{ operation: "upload-file", path: "a", create_pr: "true", revision: "refs/pr/1" }, 'Input "create_pr"'],
    [{ operation: "upload-file", path: "a", max_files_per_commit: "0" }, 'Input "max_files_per_commit"'],
    [{ operation: "upload-file", path: "a", include_hidden: "y" }, 'Input "include_hidden"'],
    [{ operation: "delete-file" }, 'Input "path_in_repo": is required'],
    [{ operation: "delete-file", path_in_repo: "a", missing_ok: "1" }, 'Input "missing_ok"'],
  ])("refuses %o", (inputs, expected) => {
    expect(failure({ ...base, ...inputs })).toContain(expected);
  });

  it("never repeats a malformed token in its error", () => {
    expect(failure({ ...base, operation: "visibility", private: "true", token: "hf_bad token!" })).not.toContain(
      "bad token",
    );
  });
});

describe("per-operation options", () => {
  it("create-repo: exist_ok defaults to true and private stays unset", () => {
    expect(settings({ ...base, operation: "create-repo" }).request).toEqual({
      operation: "create-repo",
      options: {
        repo: { type: "model", namespace: "alice", name: "model" },
        existOk: true,
        private: undefined,
        spaceSettings: {},
      },
    });
  });

  it("create-repo: a Space takes its SDK", () => {
    const request = settings({ ...base, operation: "create-repo", repo_type: "space", space_sdk: "docker" }).request;
    expect(request).toMatchObject({ options: { spaceSdk: "docker", repo: { type: "space" } } });
  });

  it("upload-file: reads a newline list of paths and the selection rules", () => {
    const request = settings({
      ...base,
      operation: "upload-folder",
      path: "out/\n\n  logs/*.txt  \n",
      path_in_repo: "/ckpt/",
      include: "*.safetensors\n*.json",
      exclude: "*.tmp",
      include_hidden: "true",
    }).request;
    expect(request).toMatchObject({
      operation: "upload-file",
      options: {
        selection: {
          workspace: "/work/space",
          paths: ["out/", "logs/*.txt"],
          pathInRepo: "ckpt",
          include: ["*.safetensors", "*.json"],
          exclude: ["*.tmp"],
          includeHidden: true,
        },
        ifNoFilesFound: "error",
        allowLfsPointers: false,
        deletePatterns: [],
        createBranch: false,
        createPr: false,
        concurrency: 4,
        commitLimits: { maxFiles: 5000, maxBytes: 50 * 1024 ** 3 },
      },
    });
  });

  it("upload-file: leaves the commit message to be worded from what changed, with the source commit", () => {
    const request = settings({ ...base, operation: "upload", path: "m.bin" }, {}).request;
    expect(request).toMatchObject({ operation: "upload-file", options: { commitMessage: undefined } });
  });

  it("upload-file: takes mirror, branch, pull request and parent commit settings", () => {
    const parent = "a".repeat(40);
    const request = settings({
      ...base,
      operation: "upload-file",
      path: "out",
      delete_patterns: "*.safetensors\n**/*.bin",
      create_branch: "true",
      create_pr: "true",
      parent_commit: parent,
      if_no_files_found: "warn",
      max_files_per_commit: "10",
    }).request;
    expect(request).toMatchObject({
      options: {
        deletePatterns: ["*.safetensors", "**/*.bin"],
        createBranch: true,
        createPr: true,
        parentCommit: parent,
        ifNoFilesFound: "warn",
        commitLimits: { maxFiles: 10 },
      },
    });
  });

  it("delete-file: the default message names the file and the source commit", () => {
    const parse = () =>
      parseSettings(
        (name) => ({ ...base, operation: "delete-file", path_in_repo: "x.bin" })[name] ?? "",
        {},
        { sha: "abc123" },
      );
    expect(parse().request).toMatchObject({ options: { commitMessage: "Delete x.bin from commit abc123" } });
  });

  it("delete-file: takes the given message and missing_ok", () => {
    const request = settings({
      ...base,
      operation: "delete-file",
      path_in_repo: "old.bin",
      commit_message: "Remove old weights",
      missing_ok: "True",
    }).request;
    expect(request).toMatchObject({ options: { commitMessage: "Remove old weights", missingOk: true } });
  });

  it("visibility: reads private as a boolean", () => {
    expect(settings({ ...base, operation: "visibility", private: "FALSE" }).request).toMatchObject({
      options: { private: false },
    });
  });
});
