/** Compact JWTs: decoding and RS256 signature checks with Node's crypto, no JOSE library. */
import { verify, type KeyObject } from "node:crypto";

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** `<header>.<payload>` as received: the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
}

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]*$/;

/** Undefined unless the text is three base64url segments whose first two are JSON objects. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const segments = token.split(".");
  if (segments.length !== 3 || !segments.every((segment) => BASE64URL_SEGMENT.test(segment))) return undefined;
  // An empty signature (`alg: none`) still decodes, to be refused as an invalid grant rather than as malformed.
  const [head, payload, signature] = segments;
  const header = jsonObject(head);
  const claims = jsonObject(payload);
  if (!header || !claims) return undefined;
  return {
    header,
    claims,
    signingInput: `${head}.${payload}`,
    signature: Buffer.from(signature, "base64url"),
  };
}

/** RS256 only: a token that names another algorithm (`none`, `HS256` with the public key...) never verifies. */
export function verifyRs256(jwt: DecodedJwt, key: KeyObject): boolean {
  if (jwt.header.alg !== "RS256") return false;
  try {
    return verify("sha256", Buffer.from(jwt.signingInput), key, jwt.signature);
  } catch {
    return false;
  }
}

function jsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
