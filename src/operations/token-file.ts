import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Where the Python client (and so the `hf` CLI, transformers, datasets) reads a saved token. */
export function tokenFilePath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.HF_TOKEN_PATH) return env.HF_TOKEN_PATH;
  const home = env.HF_HOME || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "huggingface");
  return path.join(home, "token");
}

/** Saves the token where the Hub's clients look for it, readable by this user only. */
export async function saveToken(file: string, token: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, token, { mode: 0o600 });
}

/** Removes a saved token; true when there was one. */
export async function removeToken(file: string): Promise<boolean> {
  try {
    await rm(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
