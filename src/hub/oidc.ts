import { type HubConnection, hubRequest } from "./connection";
import { type RepoRef, repoUrlPart } from "./repo-ref";

/** The audience Hugging Face's Trusted Publishers expect in a CI OIDC token. */
export const HUB_OIDC_AUDIENCE = "https://huggingface.co";

/**
 * Trades a CI OIDC token for a short-lived Hub token that may write to this one repo
 * (RFC 8693 token exchange at `/oauth/token`; no Hub credentials needed).
 */
export interface ExchangedToken {
  token: string;
  /** When the Hub said it expires (ISO 8601), if it said. */
  expiresAt?: string;
}

export async function exchangeIdToken(
  connection: HubConnection,
  idToken: string,
  ref: RepoRef,
): Promise<ExchangedToken> {
  const response = await hubRequest(connection, {
    method: "POST",
    url: "/oauth/token",
    withAuth: false,
    json: {
      grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
      subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
      subject_token: idToken,
      resource: repoUrlPart(ref),
    },
  });
  const body = response.json<{ access_token?: string; expires_in?: number }>();
  if (!body.access_token) throw new Error("the Hub's token exchange answered without an access_token");
  const expiresAt =
    typeof body.expires_in === "number" ? new Date(Date.now() + body.expires_in * 1000).toISOString() : undefined;
  return { token: body.access_token, expiresAt };
}
