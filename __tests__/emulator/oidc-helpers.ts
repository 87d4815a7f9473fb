/** A test OIDC issuer: an RSA key pair and RS256 JWTs shaped like GitHub Actions ID tokens. */
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

export const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
export const HUB_AUDIENCE = "https://huggingface.co";
export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";

export interface TestIssuer {
  privateKey: KeyObject;
  publicKeyPem: string;
}

export function createTestIssuer(): TestIssuer {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Signs `claims` with RS256 unless the header names another algorithm (then the signature is still RS256). */
export function signJwt(
  claims: Record<string, unknown>,
  privateKey: KeyObject,
  header: Record<string, unknown> = { alg: "RS256", typ: "JWT", kid: "test-key" },
): string {
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = sign("sha256", Buffer.from(signingInput), privateKey).toString("base64url");
  return `${signingInput}.${signature}`;
}

/** The claims of a GitHub Actions ID token requested with `audience: https://huggingface.co`. */
export function githubClaims(repository: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: GITHUB_ISSUER,
    aud: HUB_AUDIENCE,
    sub: `repo:${repository}:ref:refs/heads/main`,
    repository,
    repository_owner: repository.split("/")[0],
    ref: "refs/heads/main",
    workflow: "release",
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    ...overrides,
  };
}

export function exchangeRequest(subjectToken: string, resource: string): Record<string, string> {
  return {
    grant_type: TOKEN_EXCHANGE_GRANT,
    subject_token_type: ID_TOKEN_TYPE,
    subject_token: subjectToken,
    resource,
  };
}
