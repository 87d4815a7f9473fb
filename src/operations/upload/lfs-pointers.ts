import { readSample } from "./digests";
import type { UploadFile } from "./file";

const POINTER_PREFIX = "version https://git-lfs.github.com/spec/";
// Real pointers are about 130 bytes; the spec caps them at 1024.
const MAX_POINTER_SIZE = 1024;

/** Selected files that are git-lfs pointers, i.e. the checkout did not fetch the real content. */
export function findLfsPointers(files: UploadFile[]): UploadFile[] {
  return files.filter(
    (file) =>
      file.size > 0 &&
      file.size <= MAX_POINTER_SIZE &&
      readSample(file.localPath).subarray(0, POINTER_PREFIX.length).toString("utf8") === POINTER_PREFIX,
  );
}
