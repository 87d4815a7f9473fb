/** Users, organizations, access tokens and the permission rules the Hub applies to them. */
import { createHash, randomBytes } from "node:crypto";
import { invalidCredentials } from "./errors";
import type { RepoType } from "./paths";

export type TokenRole = "read" | "write" | "admin";

export interface User {
  id: string;
  name: string;
  fullname: string;
  email: string;
  createdAt: string;
}

export interface Org {
  id: string;
  name: string;
  fullname: string;
  /** Lower-cased user names. */
  members: Set<string>;
}

/** The one repo a token minted by the OIDC exchange may write to. */
export interface RepoScope {
  type: RepoType;
  /** `ns/name` as configured in the trust. */
  id: string;
}

export interface AccessToken {
  value: string;
  role: TokenRole;
  displayName: string;
  createdAt: string;
  scope?: RepoScope;
  /** Epoch milliseconds after which the token is refused. */
  expiresAt?: number;
}

export interface Principal {
  user: User;
  token: AccessToken;
  /** Set when the token acts for an org (an OIDC token for an org repo): whoami then describes the org. */
  org?: Org;
}

const SEED_DATE = "2025-01-01T00:00:00.000Z";

/** Deterministic Mongo-style ids keep whoami stable across restarts. */
function stableId(seed: string): string {
  return createHash("sha1").update(seed).digest("hex").slice(0, 24);
}

function avatarUrl(name: string): string {
  return `/avatars/${createHash("md5").update(name).digest("hex")}.svg`;
}

export class Accounts {
  private readonly users = new Map<string, User>();
  private readonly orgs = new Map<string, Org>();
  private readonly tokens = new Map<string, Principal>();

  /** alice (write token) and bob (read token); alice belongs to the acme org. */
  static seeded(): Accounts {
    const accounts = new Accounts();
    accounts.addUser("alice", "Alice Example");
    accounts.addUser("bob", "Bob Example");
    accounts.addOrg("acme", "Acme Corp", ["alice"]);
    accounts.addToken("alice", "hf_alice_write", "write");
    accounts.addToken("bob", "hf_bob_read", "read");
    return accounts;
  }

  addUser(name: string, fullname: string): User {
    const user: User = {
      id: stableId(`user:${name}`),
      name,
      fullname,
      email: `${name}@example.com`,
      createdAt: SEED_DATE,
    };
    this.users.set(name.toLowerCase(), user);
    return user;
  }

  addOrg(name: string, fullname: string, members: string[]): Org {
    const org: Org = {
      id: stableId(`org:${name}`),
      name,
      fullname,
      members: new Set(members.map((m) => m.toLowerCase())),
    };
    this.orgs.set(name.toLowerCase(), org);
    return org;
  }

  addToken(userName: string, value: string, role: TokenRole): void {
    const user = this.users.get(userName.toLowerCase());
    if (!user) throw new Error(`Unknown user ${userName}`);
    const token: AccessToken = { value, role, displayName: `${user.name}-${role}`, createdAt: SEED_DATE };
    this.tokens.set(value, { user, token });
  }

  /**
   * A write token for the owner of `scope`'s namespace that may write to that one repo only, as the Hub
   * mints for a Trusted Publisher; undefined when nobody owns the namespace.
   */
  mintScopedToken(
    scope: RepoScope,
    lifetimeSeconds: number,
    displayName: string,
    now = Date.now(),
  ): string | undefined {
    const key = scope.id.split("/")[0].toLowerCase();
    const org = this.orgs.get(key);
    const user = this.users.get(key) ?? (org && { ...org, email: "", createdAt: SEED_DATE });
    if (!user) return undefined;
    const value = `hf_jwt_${randomBytes(32).toString("base64url")}`;
    const createdAt = new Date(now).toISOString();
    const expiresAt = now + lifetimeSeconds * 1000;
    this.tokens.set(value, { user, org, token: { value, role: "write", displayName, createdAt, scope, expiresAt } });
    return value;
  }

  /** Null when no Authorization header; a malformed, unknown or expired token is a 401, as on the Hub. */
  authenticate(header: string | undefined, now = Date.now()): Principal | null {
    if (header === undefined || header.trim() === "") return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const principal = match ? this.tokens.get(match[1]) : undefined;
    if (!principal) throw invalidCredentials();
    if (principal.token.expiresAt !== undefined && principal.token.expiresAt <= now) {
      this.tokens.delete(principal.token.value);
      throw invalidCredentials();
    }
    return principal;
  }

  /** Whether the principal's token may touch that repo: unscoped tokens may, scoped ones only their repo. */
  withinScope(principal: Principal | null, type: RepoType, id: string): boolean {
    const scope = principal?.token.scope;
    return !scope || (scope.type === type && scope.id.toLowerCase() === id.toLowerCase());
  }

  /** Canonical casing of a user or org name, or undefined when nobody owns it. */
  canonicalNamespace(namespace: string): string | undefined {
    const key = namespace.toLowerCase();
    return this.users.get(key)?.name ?? this.orgs.get(key)?.name;
  }

  /** Whether the principal's user owns the namespace or belongs to the org: private repos there are visible. */
  isMember(principal: Principal | null, namespace: string): boolean {
    if (!principal) return false;
    const key = namespace.toLowerCase();
    if (principal.user.name.toLowerCase() === key) return true;
    return this.orgs.get(key)?.members.has(principal.user.name.toLowerCase()) ?? false;
  }

  canWriteNamespace(principal: Principal | null, namespace: string): boolean {
    return principal !== null && principal.token.role !== "read" && this.isMember(principal, namespace);
  }

  private orgsOf(user: User): Org[] {
    return [...this.orgs.values()].filter((org) => org.members.has(user.name.toLowerCase()));
  }

  whoami(principal: Principal): Record<string, unknown> {
    return {
      ...(principal.org ? orgJson(principal.org) : this.userJson(principal.user)),
      auth: authJson(principal.token),
    };
  }

  private userJson(user: User): Record<string, unknown> {
    return {
      type: "user",
      id: user.id,
      name: user.name,
      fullname: user.fullname,
      email: user.email,
      emailVerified: true,
      canPay: false,
      isPro: false,
      periodEnd: null,
      avatarUrl: avatarUrl(user.name),
      billingMode: "postpaid",
      orgs: this.orgsOf(user).map((org) => ({ ...orgJson(org), roleInOrg: "write", isEnterprise: false })),
    };
  }
}

function orgJson(org: Org): Record<string, unknown> {
  return {
    type: "org",
    id: org.id,
    name: org.name,
    fullname: org.fullname,
    email: null,
    canPay: false,
    periodEnd: null,
    avatarUrl: avatarUrl(org.name),
  };
}

/** A minted token reads like a fine-grained token scoped to its repo, with the OAuth expiry (shape inferred). */
function authJson(token: AccessToken): Record<string, unknown> {
  const { displayName, role, createdAt, scope, expiresAt } = token;
  if (!scope) return { type: "access_token", accessToken: { displayName, role, createdAt } };
  const entity = { _id: stableId(`repo:${scope.type}:${scope.id.toLowerCase()}`), type: scope.type, name: scope.id };
  const fineGrained = {
    canReadGatedRepos: false,
    global: [],
    scoped: [{ entity, permissions: ["repo.content.read", "repo.write"] }],
  };
  return {
    type: "oauth",
    expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt).toISOString(),
    accessToken: { displayName, role: "fineGrained", createdAt, fineGrained },
  };
}
