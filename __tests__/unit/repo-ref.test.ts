import { parseRepoId, repoApiPath, repoUrlPart } from "../../src/hub/repo-ref";
import { fileWebUrl, treeWebUrl } from "../../src/hub/urls";

describe("parseRepoId", () => {
  it.each(["alice/model", "acme/my_model.v2", "a/b", "Org-1/x.y_z"])("accepts %s", (id) => {
    expect(parseRepoId(id, "model")).toMatchObject({ type: "model" });
  });

  it.each([
    ["model", "exactly one '/'"],
    ["a/b/c", "exactly one '/'"],
    ["/name", "invalid namespace: it is empty"],
    ["alice/", "invalid name: it is empty"],
    ["alice/my model", "only letters"],
    ["alice/a--b", "'--' and '..' are forbidden"],
    ["alice/a..b", "'--' and '..' are forbidden"],
    ["alice/-a", "start or end"],
    ["alice/a.", "start or end"],
    ["alice/.a", "start or end"],
    ["alice/model.git", "'.git'"],
    [`alice/${"x".repeat(97)}`, "at most 96"],
    ["al!ce/model", "invalid namespace"],
  ])("refuses %s", (id, reason) => {
    expect(() => parseRepoId(id, "model")).toThrow(reason);
  });

  it("keeps 96 characters, the Hub's maximum", () => {
    expect(parseRepoId(`alice/${"x".repeat(96)}`, "dataset").name).toHaveLength(96);
  });
});

describe("repo URLs", () => {
  const model = parseRepoId("alice/m", "model");
  const dataset = parseRepoId("alice/d", "dataset");

  it("leaves models unprefixed and prefixes other types on git and web URLs", () => {
    expect(repoUrlPart(model)).toBe("alice/m");
    expect(repoUrlPart(dataset)).toBe("datasets/alice/d");
    expect(repoApiPath(dataset)).toBe("/api/datasets/alice/d");
  });

  it("encodes the revision whole and each path segment apart", () => {
    expect(fileWebUrl("https://hf.co", model, "refs/pr/1", "a b/c#.bin")).toBe(
      "https://hf.co/alice/m/blob/refs%2Fpr%2F1/a%20b/c%23.bin",
    );
    expect(treeWebUrl("https://hf.co", dataset, "main")).toBe("https://hf.co/datasets/alice/d/tree/main");
  });
});
