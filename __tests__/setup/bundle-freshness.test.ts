import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleIsStale, isStale } from "./bundle-freshness";

describe("isStale", () => {
  it("is stale when the bundle is missing", () => expect(isStale(undefined, [1])).toBe(true));
  it("is stale when any input is newer than the bundle", () => expect(isStale(10, [5, 11, 3])).toBe(true));
  it("is fresh when every input is as old or older", () => expect(isStale(10, [5, 10])).toBe(false));
  it("is fresh with no inputs", () => expect(isStale(10, [])).toBe(false));
});

describe("bundleIsStale", () => {
  let root: string;
  const touch = (file: string, seconds: number): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
    utimesSync(path.join(root, file), seconds, seconds);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "freshness-"));
    touch("src/index.ts", 1000);
    touch("src/hub/deep/nested.ts", 1000);
    touch("package.json", 1000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is stale without dist/index.js", () => expect(bundleIsStale(root)).toBe(true));

  it("is fresh when dist/index.js is newer than src/ and package files", () => {
    touch("dist/index.js", 2000);
    expect(bundleIsStale(root)).toBe(false);
  });

  it("is stale when a nested source file changed after the build", () => {
    touch("dist/index.js", 2000);
    touch("src/hub/deep/nested.ts", 3000);
    expect(bundleIsStale(root)).toBe(true);
  });

  it("is stale when the lockfile changed after the build", () => {
    touch("dist/index.js", 2000);
    touch("package-lock.json", 3000);
    expect(bundleIsStale(root)).toBe(true);
  });
});
