import { rm } from "node:fs/promises";
import * as core from "./toolkit";

// Saved by every main run, so that the post step (action.yml `post`) knows it is the post step.
const POST_STATE = "isPost";
const REMOVE_STATE = "removeAtJobEnd";

/** True in the post step that action.yml runs at the end of the job. */
export function isPostStep(): boolean {
  return core.getState(POST_STATE) === "true";
}

/** Marks this run as the main step, and names a file the post step removes (a token file login wrote). */
export function prepareJobEnd(removeAtJobEnd?: string): void {
  core.saveState(POST_STATE, "true");
  if (removeAtJobEnd) core.saveState(REMOVE_STATE, removeAtJobEnd);
}

/** The post step: removes what the main step asked to remove; nothing else. */
export async function runPostStep(): Promise<void> {
  const file = core.getState(REMOVE_STATE);
  if (!file) return;
  await rm(file, { force: true });
  core.info(`Removed ${file}, which this action's login step wrote`);
}
