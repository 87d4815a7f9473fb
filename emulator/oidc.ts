/** `POST /oauth/token`: the Trusted Publisher exchange of a CI OIDC token for a token that writes to one repo. */
import { createPublicKey, type KeyObject } from "node:crypto";
import type { Accounts, RepoScope } from "./auth";
import { HubError } from "./errors";
import { readJsonObject, sendJson, type RequestContext } from "./http";
import { decodeJwt, verifyRs256, type DecodedJwt } from "./jwt";
import { isValidRepoName, repoTypeFromPlural } from "./paths";

export interface OidcTrust {
  /** The Hub repo: `ns/name`, `datasets/ns/name` or `spaces/ns/name`. */
  repo: string;
  /** The `repository` claim allowed to publish to it, e.g. `octo/train`. */
  repository: string;
}

export interface OidcOptions {
  /** The `iss` claim expected, e.g. `https://token.actions.githubusercontent.com`. */
  issuer: string;
  /** The issuer's RSA public key (PEM) that signs the subject tokens. */
  publicKeyPem: string;
  trust: OidcTrust[];
}

const HUB_AUDIENCE = "https://huggingface.co";
const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
const ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
const TOKEN_LIFETIME_SECONDS = 3600;
/** Tolerance for a CI runner's clock running ahead of ours. */
const CLOCK_SKEW_SECONDS = 60;

class OAuthError {
  constructor(
    readonly error: "invalid_request" | "invalid_grant",
    readonly description: string,
  ) {}
}

/** `ns/name`, `models|datasets|spaces/ns/name`, or a URL with that path; undefined when it is none of these. */
export function parseRepoScope(text: string): RepoScope | undefined {
  const path = /^https?:\/\//i.test(text) ? (URL.canParse(text) ? new URL(text).pathname : "") : text;
  const segments = path.replace(/^\/+|\/+$/g, "").split("/");
  const type = segments.length === 3 ? repoTypeFromPlural(segments[0]) : segments.length === 2 ? "model" : undefined;
  const [namespace, name] = segments.slice(-2);
  if (!type || !namespace || !isValidRepoName(name)) return undefined;
  return { type, id: `${namespace}/${name}` };
}

export class TokenExchange {
  private readonly key?: KeyObject;
  private readonly trust: { scope: RepoScope; repository: string }[] = [];

  /** Throws on a configuration error (bad key, malformed trust, unknown namespace) so it shows at startup. */
  constructor(
    private readonly accounts: Accounts,
    private readonly options?: OidcOptions,
  ) {
    if (!options) return;
    this.key = createPublicKey(options.publicKeyPem);
    for (const { repo, repository } of options.trust) {
      const scope = parseRepoScope(repo);
      if (!scope) throw new Error(`oidc.trust: invalid Hub repo "${repo}"`);
      const [namespace, name] = scope.id.split("/");
      const owner = accounts.canonicalNamespace(namespace);
      if (!owner) throw new Error(`oidc.trust: no user or org "${namespace}" for "${repo}"`);
      if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) throw new Error(`oidc.trust: invalid repository "${repository}"`);
      this.trust.push({ scope: { type: scope.type, id: `${owner}/${name}` }, repository });
    }
  }

  async exchange(ctx: RequestContext): Promise<void> {
    // OAuth answers must not be cached (RFC 6749 section 5.1).
    const headers = { "Cache-Control": "no-store", Pragma: "no-cache" };
    try {
      const body = await readJsonObject(ctx.req).catch((error: unknown) => {
        if (error instanceof HubError && error.status === 400) throw new OAuthError("invalid_request", error.message);
        throw error;
      });
      const accessToken = this.mint(body);
      sendJson(
        ctx.res,
        200,
        {
          access_token: accessToken,
          token_type: "bearer",
          expires_in: TOKEN_LIFETIME_SECONDS,
          issued_token_type: ACCESS_TOKEN_TYPE,
        },
        headers,
      );
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      sendJson(ctx.res, 400, { error: error.error, error_description: error.description }, headers);
    }
  }

  private mint(body: Record<string, unknown>, now = Date.now()): string {
    const { jwt, scope } = parseExchangeRequest(body);
    const repository = this.verifiedRepositoryClaim(jwt, now);
    const sameRepo = (candidate: RepoScope) =>
      candidate.type === scope.type && candidate.id.toLowerCase() === scope.id.toLowerCase();
    const trusted = this.trust.filter((entry) => sameRepo(entry.scope));
    const what = `the ${scope.type} ${scope.id}`;
    if (trusted.length === 0) throw invalidGrant(`No Trusted Publisher is configured for ${what}`);
    const match = trusted.find((entry) => entry.repository.toLowerCase() === repository.toLowerCase());
    if (!match) throw invalidGrant(`${repository} is not a Trusted Publisher of ${what}`);
    const token = this.accounts.mintScopedToken(match.scope, TOKEN_LIFETIME_SECONDS, `oidc:${repository}`, now);
    if (!token) throw invalidGrant(`Nobody owns ${what}`);
    return token;
  }

  /** The `repository` claim of a subject token this issuer signed for the Hub, still valid at `now`. */
  private verifiedRepositoryClaim(jwt: DecodedJwt, now: number): string {
    if (!this.key || !this.options) throw invalidGrant("No Trusted Publisher is configured on this Hub");
    if (!verifyRs256(jwt, this.key))
      throw invalidGrant("The subject token's signature does not verify (RS256 expected)");
    const { iss, aud, exp, nbf, iat, repository } = jwt.claims;
    if (iss !== this.options.issuer) throw invalidGrant(`The subject token was not issued by ${this.options.issuer}`);
    if (!(aud === HUB_AUDIENCE || (Array.isArray(aud) && aud.includes(HUB_AUDIENCE)))) {
      throw invalidGrant(`The subject token's audience must be ${HUB_AUDIENCE}`);
    }
    if (typeof exp !== "number" || exp * 1000 <= now) throw invalidGrant("The subject token has expired");
    const inFuture = (time: unknown) =>
      time !== undefined && (typeof time !== "number" || (time - CLOCK_SKEW_SECONDS) * 1000 > now);
    if (inFuture(nbf)) throw invalidGrant('The subject token is not valid yet ("nbf" is in the future)');
    if (inFuture(iat)) throw invalidGrant('The subject token was issued in the future ("iat")');
    if (typeof repository !== "string") throw invalidGrant('The subject token has no "repository" claim');
    return repository;
  }
}

function invalidGrant(description: string): OAuthError {
  return new OAuthError("invalid_grant", description);
}

/** The RFC 8693 fields, each present and well-formed, or an `invalid_request`. */
function parseExchangeRequest(body: Record<string, unknown>): { jwt: DecodedJwt; scope: RepoScope } {
  const field = (key: string): string => {
    const value = body[key];
    if (typeof value !== "string" || value === "") throw new OAuthError("invalid_request", `"${key}" is required`);
    return value;
  };
  if (field("grant_type") !== TOKEN_EXCHANGE_GRANT) {
    throw new OAuthError("invalid_request", `"grant_type" must be "${TOKEN_EXCHANGE_GRANT}"`);
  }
  if (field("subject_token_type") !== ID_TOKEN_TYPE) {
    throw new OAuthError("invalid_request", `"subject_token_type" must be "${ID_TOKEN_TYPE}"`);
  }
  const jwt = decodeJwt(field("subject_token"));
  if (!jwt) throw new OAuthError("invalid_request", '"subject_token" is not a JWT');
  const scope = parseRepoScope(field("resource"));
  if (!scope) {
    throw new OAuthError("invalid_request", '"resource" must be "ns/name", "datasets/ns/name" or "spaces/ns/name"');
  }
  return { jwt, scope };
}
