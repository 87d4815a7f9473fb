import type { RepoRef } from "../hub/repo-ref";
import { whoami } from "../hub/repos";
import { parseRepoIdInput, parseRepoType } from "./inputs/repo";
import { defineOperation } from "./operation";
import { saveToken, tokenFilePath } from "./token-file";

export interface LoginOptions {
  /** Keyless auth mints a token for one repo; with a token it only names the repo in the log. */
  repo?: RepoRef;
  tokenFile: string;
}

/**
 * Hands the token to the job's later steps (the `hf` CLI, transformers' push_to_hub, datasets): checked with
 * whoami, exported as HF_TOKEN, and saved where the Python client reads it; the post step removes the file.
 */
export const login = defineOperation({
  name: "login",
  inputs: { repo_id: "repo", repo_type: "repo", organization: "repo" },
  outputs: ["name", "expires_at"],
  parse: (read, { env }): LoginOptions => ({
    repo: read("repo_id")
      ? parseRepoIdInput("repo_id", read("repo_id"), parseRepoType(read), read("organization"))
      : undefined,
    tokenFile: tokenFilePath(env),
  }),
  repos: (options) => (options.repo ? [options.repo] : []),
  run: async (context, options) => {
    const { connection } = context;
    const identity = await whoami(connection);
    await saveToken(options.tokenFile, connection.token!);
    const lifetime = connection.tokenExpiresAt ? `, a short-lived token until ${connection.tokenExpiresAt}` : "";
    const headline = `Logged in as ${identity.name}${lifetime}: later steps get HF_TOKEN and ${options.tokenFile}`;
    context.reporter.info(headline);
    return {
      outputs: { name: identity.name, expires_at: connection.tokenExpiresAt ?? "" },
      headline,
      links: [],
      secretEnvironment: { HF_TOKEN: connection.token! },
      removeAtJobEnd: options.tokenFile,
    };
  },
});
