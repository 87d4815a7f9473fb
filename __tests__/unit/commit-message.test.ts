import { defaultDescription, defaultUploadSummary } from "../../src/operations/commit-message";

describe("default commit text", () => {
  const source = { sha: "abc123", runUrl: "https://github.com/o/r/actions/runs/7" };

  it("names a single uploaded file and the source commit", () => {
    expect(defaultUploadSummary({ uploaded: ["model.bin"], deleted: [] }, source, "")).toBe(
      "Upload model.bin from commit abc123",
    );
  });

  it("counts files and deletions, naming the destination folder", () => {
    expect(defaultUploadSummary({ uploaded: ["a", "b"], deleted: ["c", "d"] }, {}, "ckpt")).toBe(
      "Upload 2 files to ckpt/, delete 2 stale files",
    );
    expect(defaultUploadSummary({ uploaded: [], deleted: ["old.bin"] }, {}, "")).toBe("Delete old.bin");
  });

  it("links the workflow run in the description when there is one", () => {
    expect(defaultDescription(source)).toBe("Uploaded by GitHub Actions run https://github.com/o/r/actions/runs/7");
    expect(defaultDescription({})).toBeUndefined();
  });
});
