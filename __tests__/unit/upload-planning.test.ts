import { staleFiles } from "../../src/operations/upload/plan";
import { splitIntoCommits } from "../../src/operations/upload/split";

const file = (pathInRepo: string, size: number) => ({ localPath: `/w/${pathInRepo}`, pathInRepo, size });

describe("splitIntoCommits", () => {
  it("keeps everything in one commit below the limits", () => {
    const files = [file("a", 1), file("b", 2)];
    expect(splitIntoCommits(files, { maxFiles: 10, maxBytes: 100 })).toEqual([files]);
  });

  it("splits by file count and by bytes, and a file bigger than the byte limit still goes alone", () => {
    const files = [file("a", 1), file("b", 1), file("c", 1), file("huge", 500), file("d", 1)];
    const batches = splitIntoCommits(files, { maxFiles: 2, maxBytes: 100 });
    expect(batches.map((batch) => batch.map((f) => f.pathInRepo))).toEqual([["a", "b"], ["c"], ["huge"], ["d"]]);
  });

  it("gives one empty batch for no files, so deletions still get a commit", () => {
    expect(splitIntoCommits([], { maxFiles: 2, maxBytes: 100 })).toEqual([[]]);
  });
});

describe("staleFiles (mirror mode)", () => {
  const remote = [
    "ckpt/a.safetensors",
    "ckpt/b.safetensors",
    "ckpt/.gitattributes",
    "ckpt/notes.md",
    "other/c.safetensors",
    ".gitattributes",
  ].map((path) => ({ path, size: 1 }));

  it("deletes matching remote files under the destination that this upload does not bring", () => {
    expect(staleFiles(remote, "ckpt", ["*.safetensors"], new Set(["ckpt/a.safetensors"]))).toEqual([
      "ckpt/b.safetensors",
    ]);
  });

  it("never deletes .gitattributes, even when a pattern matches everything", () => {
    expect(staleFiles(remote, "", ["**"], new Set())).toEqual([
      "ckpt/a.safetensors",
      "ckpt/b.safetensors",
      "ckpt/notes.md",
      "other/c.safetensors",
    ]);
  });

  it("deletes nothing without patterns", () => {
    expect(staleFiles(remote, "ckpt", [], new Set())).toEqual([]);
  });
});
