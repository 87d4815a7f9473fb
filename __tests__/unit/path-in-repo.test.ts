import { normalizePathInRepo } from "../../src/hub/path-in-repo";

describe("normalizePathInRepo", () => {
  it.each([
    ["model.bin", "model.bin"],
    ["/model.bin", "model.bin"],
    ["./weights/model.bin", "weights/model.bin"],
    ["weights\\model.bin", "weights/model.bin"],
    [".gitattributes", ".gitattributes"],
    ["dir/.hidden", "dir/.hidden"],
    ["ckpt/", "ckpt"],
  ])("turns %s into %s", (given, expected) => {
    expect(normalizePathInRepo(given)).toBe(expected);
  });

  it.each([
    ["", "names no file"],
    ["/", "names no file"],
    ["..", "'..'"],
    ["../secret", "'..'"],
    ["a/../b", "'..'"],
    ["a/./b", "'.'"],
    ["a//b", "empty"],
    [".git/config", "'.git'"],
    ["sub/.git/HEAD", "'.git'"],
    ["x".repeat(1001), "at most 1000"],
  ])("refuses %s", (given, reason) => {
    expect(() => normalizePathInRepo(given)).toThrow(reason);
  });
});
