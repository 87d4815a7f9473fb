import { readFile } from "node:fs/promises";
import { type HubConnection, isHubError } from "../../hub/connection";
import { type PreuploadVerdict, preupload } from "../../hub/preupload";
import type { RepoRef } from "../../hub/repo-ref";
import { validateCard } from "../../hub/repos";
import { OptionError } from "../errors";
import { readSample } from "./digests";
import type { UploadFile } from "./file";

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
 * are in flight at once, and each is yielded, in order, as its answer arrives.
 */
export async function* inspectFiles(
  connection: HubConnection,
  target: UploadTarget,
  files: UploadFile[],
): AsyncGenerator<Inspection> {
  const batches: UploadFile[][] = [];
  for (let start = 0; start < files.length; start += PREUPLOAD_BATCH) {
    batches.push(files.slice(start, start + PREUPLOAD_BATCH));
  }
  const answers: Array<Promise<Inspection>> = [];
  // A failed batch must not become an unhandled rejection while earlier ones are awaited.
  const launch = (batch: UploadFile[]): void => {
    const answer = inspectBatch(connection, target, batch);
    answer.catch(() => undefined);
    answers.push(answer);
  };
  let launched = 0;
  while (launched < Math.min(PREUPLOADS_IN_FLIGHT, batches.length)) launch(batches[launched++]);
  for (let index = 0; index < batches.length; index++) {
    const inspection = await answers[index];
    if (launched < batches.length) launch(batches[launched++]);
    yield inspection;
  }
}

async function inspectBatch(connection: HubConnection, target: UploadTarget, batch: UploadFile[]): Promise<Inspection> {
  const answer = await preupload(
    connection,
    target.repo,
    target,
    batch.map((file) => ({ path: file.pathInRepo, size: file.size, sample: readSample(file.localPath) })),
  );
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
