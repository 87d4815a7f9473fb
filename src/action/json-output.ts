import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// GitHub caps step outputs (1 MiB each, 50 MiB per job); larger answers are read from the file instead.
const MAX_INLINE_OUTPUT_BYTES = 1024 * 1024;

export interface JsonOutputs {
  /** The JSON text, or "" when it is too large to inline. */
  inline: string;
  file: string;
  tooLarge: boolean;
}

/** Writes a query's answer to a JSON file under RUNNER_TEMP and returns what the step outputs carry. */
export async function writeJsonOutput(operation: string, value: unknown): Promise<JsonOutputs> {
  const text = JSON.stringify(value);
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "hf-hub-"));
  const file = path.join(dir, `${operation}.json`);
  await writeFile(file, text);
  const tooLarge = Buffer.byteLength(text) > MAX_INLINE_OUTPUT_BYTES;
  return { inline: tooLarge ? "" : text, file, tooLarge };
}
