import { open } from "node:fs/promises";
import type { UploadFile } from "./file";

const POINTER_PREFIX = "version https://git-lfs.github.com/spec/";
// Real pointers are about 130 bytes; the spec caps them at 1024.
const MAX_POINTER_SIZE = 1024;

/** Selected files that are git-lfs pointers, i.e. the checkout did not fetch the real content. */
export async function findLfsPointers(files: UploadFile[]): Promise<UploadFile[]> {
  const small = files.filter((file) => file.size > 0 && file.size <= MAX_POINTER_SIZE);
  const pointers: UploadFile[] = [];
  for (const file of small) {
    if (await startsWithPointerPrefix(file.localPath)) pointers.push(file);
  }
  return pointers;
}

async function startsWithPointerPrefix(localPath: string): Promise<boolean> {
  const handle = await open(localPath, "r");
  try {
    const buffer = Buffer.alloc(POINTER_PREFIX.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8") === POINTER_PREFIX;
  } finally {
    await handle.close();
  }
}
