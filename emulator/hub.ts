/** The emulator's state and the access rules every repo route goes through. */
import type { Accounts } from "./auth";
import { CommitQuota } from "./commit-quota";
import { HubError, authenticationRequired, forbidden, repoNotFound, revisionNotFound } from "./errors";
import type { RequestContext } from "./http";
import type { LfsService } from "./lfs";
import type { ObjectStore } from "./lfs-store";
import type { RepoType } from "./paths";
import type { Repo, RepoStore, ResolvedRevision } from "./repos";
import { SpaceRuntimes } from "./spaces";

/** Thrown to answer 307 for a renamed repo; the server turns it into a relative redirect. */
export class Redirect {
  constructor(readonly location: string) {}
}

export interface WriteIntent {
  /** `create_pr=1`: anyone with a write token may open a PR on a public repo. */
  pullRequest?: boolean;
  /** Author of the PR being committed to, who may keep pushing to it. */
  pullRequestAuthor?: string;
  /** The 403 text for a non-member; defaults to the commit wording. */
  forbiddenMessage?: string;
}

const GATED = { code: "GatedRepo", headerMessage: true } as const;
const NOT_MEMBER_COMMIT = "Forbidden: pass `create_pr=1` as a query parameter to create a Pull Request";

export class Hub {
  readonly commitQuota = new CommitQuota();

  constructor(
    readonly accounts: Accounts,
    readonly repos: RepoStore,
    readonly store: ObjectStore,
    readonly lfs: LfsService,
    /** Space runtimes: stages, builds, logs, hardware, secrets and variables. */
    readonly spaces: SpaceRuntimes = new SpaceRuntimes(),
  ) {}

  canRead(ctx: RequestContext, repo: Repo): boolean {
    return !repo.private || this.accounts.isMember(ctx.principal, repo.namespace);
  }

  /**
   * The repo a URL names, if the caller may see it. Invisible and missing repos look the same
   * (401 anonymous, 404 authenticated); a renamed one answers 307 to `relocate(newId)`.
   */
  findRepo(ctx: RequestContext, type: RepoType, id: string, relocate: (repo: Repo) => string): Repo {
    const repo = this.repos.get(type, id);
    if (repo && this.canRead(ctx, repo)) return repo;
    const moved = repo ? undefined : this.repos.redirectFor(type, id);
    if (moved && this.canRead(ctx, moved)) throw new Redirect(relocate(moved));
    throw repoNotFound(ctx.principal !== null);
  }

  requireWrite(ctx: RequestContext, repo: Repo, intent: WriteIntent = {}): void {
    const principal = ctx.principal;
    if (!principal) throw authenticationRequired();
    this.requireScope(ctx, repo.type, repo.id);
    if (principal.token.role === "read") {
      throw forbidden(
        `You don't have the rights to write to ${repo.id}: this access token has the "read" role, ` +
          `a token with the "write" role is needed`,
      );
    }
    if (this.accounts.isMember(principal, repo.namespace)) return;
    if (intent.pullRequest && !repo.private) return;
    if (intent.pullRequestAuthor === principal.user.name) return;
    throw forbidden(intent.forbiddenMessage ?? NOT_MEMBER_COMMIT);
  }

  /** A token minted by the OIDC exchange writes to its one repo only, whatever its owner may do elsewhere. */
  requireScope(ctx: RequestContext, type: RepoType, id: string): void {
    const scope = ctx.principal?.token.scope;
    if (!scope || this.accounts.withinScope(ctx.principal, type, id)) return;
    throw forbidden(
      `This token was issued by a Trusted Publisher exchange for the ${scope.type} ${scope.id} ` +
        `and cannot write to the ${type} ${id}`,
    );
  }

  /** Files of a gated repo are for members only here (nobody else can have been granted access). */
  requireGatedAccess(ctx: RequestContext, repo: Repo): void {
    if (repo.gated === false || this.accounts.isMember(ctx.principal, repo.namespace)) return;
    const what = `${repo.type} ${repo.id}`;
    throw ctx.principal
      ? new HubError(403, `Access to ${what} is restricted and you are not in the authorized list.`, GATED)
      : new HubError(401, `Access to ${what} is restricted. You must be authenticated to access it.`, GATED);
  }

  resolve(repo: Repo, revision: string): ResolvedRevision {
    const resolved = repo.resolve(revision);
    if (!resolved) throw revisionNotFound(revision);
    return resolved;
  }
}
