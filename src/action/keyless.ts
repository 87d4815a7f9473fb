import * as core from "./toolkit";
import type { HubConnection } from "../hub/connection";
import { type ExchangedToken, HUB_OIDC_AUDIENCE, exchangeIdToken } from "../hub/oidc";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { InputError } from "../operations/errors";
import { MISSING_TOKEN_HELP } from "./settings";

/** With no token given, a job allowed to mint OIDC tokens trades one for a short-lived token for this repo. */
export async function keylessToken(
  connection: HubConnection,
  repo: RepoRef | undefined,
  keepSecret: (value: string) => void,
): Promise<ExchangedToken> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) throw new InputError("token", MISSING_TOKEN_HELP);
  if (!repo || !repo.namespace) {
    throw new InputError(
      "token",
      "keyless auth mints a token for one repo: give repo_id as namespace/name, or pass a token.",
    );
  }
  const idToken = await core.getIDToken(HUB_OIDC_AUDIENCE).catch((error: unknown) => {
    throw new InputError(
      "token",
      `no token given, and the job's OIDC token could not be had (${(error as Error).message}). Grant the job \`permissions: id-token: write\`, or pass a token.`,
    );
  });
  keepSecret(idToken);
  const exchanged = await exchangeIdToken(connection, idToken, repo);
  keepSecret(exchanged.token);
  core.info(`Authenticated keylessly: a short-lived token for ${repoId(repo)} (Trusted Publishers)`);
  return exchanged;
}
