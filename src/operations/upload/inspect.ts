import type { HubConnection } from "../../hub/connection";
import { type PreuploadVerdict, preupload } from "../../hub/preupload";
import type { RepoRef } from "../../hub/repo-ref";
import { runWithConcurrency } from "./concurrency";
import { readSample } from "./digests";
import type { UploadFile } from "./file";

// The Hub takes up to 1000 files per call; 500 keeps each answer quick and 2,000 files within 4 calls.
const PREUPLOAD_BATCH = 500;
// Opening thousands of small files at once would exhaust file descriptors for no gain.
export const FILE_IO_CONCURRENCY = 32;

export interface UploadTarget {
  repo: RepoRef;
  /** The branch to commit to, or the base of the pull request. */
  revision: string;
  createPr: boolean;
}

/** One preupload answer: its files, with `storage` and `remoteOid` filled in, and the head it saw. */
export interface Inspection {
  files: UploadFile[];
  headCommit?: string;
}

/**
 * Asks the Hub, a batch at a time, how it stores each file and what each path holds now; yields each
 * batch as its answer arrives.
 */
export async function* inspectFiles(
  connection: HubConnection,
  target: UploadTarget,
  files: UploadFile[],
): AsyncGenerator<Inspection> {
  for (let start = 0; start < files.length; start += PREUPLOAD_BATCH) {
    const batch = files.slice(start, start + PREUPLOAD_BATCH);
    const samples = new Array<Buffer>(batch.length);
    await runWithConcurrency(batch.length, FILE_IO_CONCURRENCY, async (index) => {
      samples[index] = await readSample(batch[index].localPath);
    });
    const answer = await preupload(
      connection,
      target.repo,
      target,
      batch.map((file, index) => ({ path: file.pathInRepo, size: file.size, sample: samples[index] })),
    );
    const verdicts = new Map<string, PreuploadVerdict>(answer.verdicts.map((verdict) => [verdict.path, verdict]));
    for (const file of batch) {
      const verdict = verdicts.get(file.pathInRepo);
      file.storage = verdict?.uploadMode === "lfs" ? "lfs" : "regular";
      file.remoteOid = verdict?.oid;
    }
    yield { files: batch, headCommit: answer.headCommit };
  }
}
