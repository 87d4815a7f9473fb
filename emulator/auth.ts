/** Users, organizations, access tokens and the permission rules the Hub applies to them. */
import { createHash } from "node:crypto";
import { invalidCredentials } from "./errors";

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

export interface AccessToken {
  value: string;
  role: TokenRole;
  displayName: string;
  createdAt: string;
}

export interface Principal {
  user: User;
  token: AccessToken;
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

  /** Null when no Authorization header; a malformed or unknown token is a 401, as on the Hub. */
  authenticate(header: string | undefined): Principal | null {
    if (header === undefined || header.trim() === "") return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const principal = match ? this.tokens.get(match[1]) : undefined;
    if (!principal) throw invalidCredentials();
    return principal;
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
    const { user, token } = principal;
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
      orgs: this.orgsOf(user).map((org) => ({
        type: "org",
        id: org.id,
        name: org.name,
        fullname: org.fullname,
        email: null,
        canPay: false,
        periodEnd: null,
        avatarUrl: avatarUrl(org.name),
        roleInOrg: "write",
        isEnterprise: false,
      })),
      auth: {
        type: "access_token",
        accessToken: { displayName: token.displayName, role: token.role, createdAt: token.createdAt },
      },
    };
  }
}
