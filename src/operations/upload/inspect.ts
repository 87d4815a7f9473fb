import { readFile } from "node:fs/promises";
import { type HubConnection, isHubError } from "../../hub/connection";
import { type PreuploadAnswer, type PreuploadVerdict, preupload } from "../../hub/preupload";
import type { RepoRef } from "../../hub/repo-ref";
import { validateCard } from "../../hub/repos";
import { OptionError } from "../errors";
import { nextTurn } from "./concurrency";
import { readSample } from "./digests";
import type { UploadFile } from "./file";
import { type CommitLimits, startsNewCommit } from "./split";

// The Hub takes up to 1000 files per call; the Python client sends 256, and so do we.
const PREUPLOAD_BATCH = 256;

export interface UploadTarget {
  repo: RepoRef;
  /** The branch to commit to, or the base of the pull request. */
  revision: string;
  createPr: boolean;
  /** The `.gitignore` this upload brings to the repo root, sent so the Hub applies it to every file. */
  gitIgnore?: string;
}

/** One preupload answer: its files, with `storage` and `remoteOid` filled in, and the head it saw. */
export interface Inspection {
  files: UploadFile[];
  headCommit?: string;
}

// Preupload calls in flight at once: their round trips overlap, and answers are still handed on in order.
const PREUPLOADS_IN_FLIGHT = 4;

/**
 * Asks the Hub, a batch at a time, how it stores each file and what each path holds now; several batches
 * are in flight at once, and each is yielded, in order, as its answer arrives. A batch the prefetch already
 * asked about, for the same target, is not asked again.
 */
export async function* inspectFiles(
  connection: HubConnection,
  target: UploadTarget,
  files: UploadFile[],
  prefetch?: PreuploadPrefetch,
): AsyncGenerator<Inspection> {
  const batches: UploadFile[][] = [];
  for (let start = 0; start < files.length; start += PREUPLOAD_BATCH) {
    batches.push(files.slice(start, start + PREUPLOAD_BATCH));
  }
  const answers: Array<Promise<PreuploadAnswer>> = [];
  let launched = 0;
  for (let index = 0; index < batches.length; index++) {
    while (launched < Math.min(index + PREUPLOADS_IN_FLIGHT, batches.length)) {
      const batch = batches[launched++];
      const prefetched = prefetch?.take(batch, target);
      answers.push(prefetched ?? askHub(connection, target, batch));
      // Each request leaves before the next batch's samples are read, so the Hub starts on it at once.
      if (!prefetched && launched < batches.length) await nextTurn();
    }
    yield applyAnswer(batches[index], await answers[index]);
  }
}

// A root .gitignore changes the answers (they were asked without it); a root README.md is the card, checked
// with the Hub before anything more is sent.
const STOPS_PREFETCH = new Set([".gitignore", "README.md"]);

/** A commit that landed after answers were asked: the head it was planned against, and the head it left. */
export interface LandedCommit {
  basis?: string;
  head?: string;
}

/**
 * Preupload calls sent ahead of the commit that needs them, as many in flight as `inspectFiles` keeps: the
 * first commit's while the selection is still being listed, a later commit's while the one before it is sent.
 * Nothing more is sent once the files bring a root `.gitignore` or `README.md`; an answer is used only for
 * exactly the batch, and the target, it was asked for.
 */
export class PreuploadPrefetch {
  private readonly sent: Array<{ batch: UploadFile[]; answer: Promise<PreuploadAnswer> }> = [];
  private readonly waiting: UploadFile[][] = [];
  private pending: UploadFile[] = [];
  private inFlight = 0;
  private open = true;
  private readonly held = { files: 0, bytes: 0 };
  private landed?: LandedCommit;

  constructor(
    private readonly connection: HubConnection,
    private readonly target: UploadTarget,
    /** The commit ends where these say (see splitIntoCommits); files past it are left to later. */
    private readonly limits: CommitLimits,
  ) {}

  /** Takes the next selected files, in selection order; each full batch goes out as soon as a call is free. */
  add(files: UploadFile[]): void {
    for (const file of files) {
      if (!this.open) return;
      if (STOPS_PREFETCH.has(file.pathInRepo) || !this.fitsOneCommit(file)) return this.close();
      this.pending.push(file);
      if (this.pending.length === PREUPLOAD_BATCH) this.queue();
    }
  }

  /**
   * The selection is complete. From now on only what inspectFiles takes is sent, its last files short of a batch
   * included, so a run that fails its checks after listing asks nothing more.
   */
  end(): void {
    if (this.open && this.pending.length > 0) this.waiting.push(this.pending);
    this.pending = [];
    this.open = false;
  }

  /** Sends what was added so far, its last files short of a batch included, and keeps sending as calls free up. */
  flush(): void {
    if (this.open && this.pending.length > 0) this.queue();
  }

  /**
   * The commit before the one these files are for has landed since they were asked about. An answer that saw
   * that commit's basis or the commit itself holds for the head it left (the commit changed other paths only);
   * one that saw any other head means someone else moved the branch, and its batch is asked again.
   */
  landedSince(commit: LandedCommit): void {
    this.landed = commit;
  }

  /** The answer asked (or about to be asked) for this very batch against this target, handed out once. */
  take(batch: UploadFile[], target: UploadTarget): Promise<PreuploadAnswer> | undefined {
    const { repo, revision, createPr, gitIgnore } = this.target;
    if (target.repo !== repo || target.revision !== revision || target.createPr !== createPr) return undefined;
    if (target.gitIgnore !== gitIgnore) return undefined;
    const sent = this.sent.findIndex((entry) => sameFiles(entry.batch, batch));
    if (sent !== -1) return this.sinceLanded(batch, this.sent.splice(sent, 1)[0].answer);
    const waiting = this.waiting.findIndex((entry) => sameFiles(entry, batch));
    if (waiting === -1) return undefined;
    this.waiting.splice(waiting, 1);
    return askHub(this.connection, this.target, batch);
  }

  private sinceLanded(batch: UploadFile[], answer: Promise<PreuploadAnswer>): Promise<PreuploadAnswer> {
    const landed = this.landed;
    if (!landed) return answer;
    const current = answer.then((given) =>
      given.headCommit === landed.basis || given.headCommit === landed.head
        ? { ...given, headCommit: landed.head }
        : askHub(this.connection, this.target, batch),
    );
    current.catch(() => undefined);
    return current;
  }

  private fitsOneCommit(file: UploadFile): boolean {
    if (startsNewCommit(this.held, file, this.limits)) return false;
    this.held.files += 1;
    this.held.bytes += file.size;
    return true;
  }

  private close(): void {
    this.open = false;
    this.pending = [];
    this.waiting.length = 0;
  }

  private queue(): void {
    this.waiting.push(this.pending);
    this.pending = [];
    this.send();
  }

  private send(): void {
    while (this.inFlight < PREUPLOADS_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.shift()!;
      const answer = askHub(this.connection, this.target, batch);
      this.inFlight += 1;
      const settled = (): void => {
        this.inFlight -= 1;
        if (this.open) this.send();
      };
      answer.then(settled, settled);
      this.sent.push({ batch, answer });
    }
  }
}

function sameFiles(a: UploadFile[], b: UploadFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file === b[index]);
}

/**
 * Sends one preupload call. Any failure, reading a sample included, comes out where the answer is awaited
 * and is never left unhandled: a prefetched answer may never be awaited at all.
 */
function askHub(connection: HubConnection, target: UploadTarget, batch: UploadFile[]): Promise<PreuploadAnswer> {
  let answer: Promise<PreuploadAnswer>;
  try {
    const files = batch.map((file) => ({ path: file.pathInRepo, size: file.size, sample: readSample(file.localPath) }));
    answer = preupload(connection, target.repo, target, files);
  } catch (error) {
    answer = Promise.reject(error as Error);
  }
  answer.catch(() => undefined);
  return answer;
}

// The answer is applied only when it is used: a prefetched one that is not used changes no file.
function applyAnswer(batch: UploadFile[], answer: PreuploadAnswer): Inspection {
  const verdicts = new Map<string, PreuploadVerdict>(answer.verdicts.map((verdict) => [verdict.path, verdict]));
  for (const file of batch) {
    const verdict = verdicts.get(file.pathInRepo);
    // Storage refuses an empty LFS object (501): empty files always go regular, as the official clients send them.
    file.storage = verdict?.uploadMode === "lfs" && file.size > 0 ? "lfs" : "regular";
    file.remoteOid = verdict?.oid;
    file.ignored = verdict?.shouldIgnore === true;
  }
  return { files: batch, headCommit: answer.headCommit };
}

/**
 * A root README.md is the repo's card: its YAML front matter is checked with the Hub before any byte moves,
 * since the Hub would refuse the commit only after every LFS byte was sent.
 */
export async function checkModelCard(connection: HubConnection, repo: RepoRef, files: UploadFile[]): Promise<void> {
  const card = files.find((file) => file.pathInRepo === "README.md");
  if (!card) return;
  try {
    await validateCard(connection, repo, await readFile(card.localPath, "utf8"));
  } catch (error) {
    if (!isHubError(error, 400)) throw error;
    throw new OptionError(
      "selection",
      `${card.localPath} goes to README.md, and the Hub refuses its YAML front matter: ${error.serverMessage}. Fix the card's metadata; nothing was uploaded.`,
    );
  }
}
