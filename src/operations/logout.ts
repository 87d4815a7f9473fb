import { defineOperation } from "./operation";
import { removeToken, tokenFilePath } from "./token-file";

export interface LogoutOptions {
  tokenFile: string;
}

/** Takes the token away from the job's later steps: HF_TOKEN emptied and the saved token file removed. */
export const logout = defineOperation({
  name: "logout",
  inputs: {},
  outputs: ["removed"],
  anonymous: true,
  parse: (_read, { env }): LogoutOptions => ({ tokenFile: tokenFilePath(env) }),
  repos: () => [],
  run: async (context, options) => {
    const removed = await removeToken(options.tokenFile);
    const headline = removed
      ? `Logged out: removed ${options.tokenFile}, and HF_TOKEN is empty for later steps`
      : `Logged out: no token file at ${options.tokenFile}; HF_TOKEN is empty for later steps`;
    context.reporter.info(headline);
    return { outputs: { removed: String(removed) }, headline, links: [], secretEnvironment: { HF_TOKEN: "" } };
  },
});
