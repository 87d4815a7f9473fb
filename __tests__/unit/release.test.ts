import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { USER_AGENT } from "../../src/version";

const ROOT = path.join(__dirname, "..", "..");
const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Workflow {
  on: { push?: { tags?: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    { "runs-on": string; strategy?: { "fail-fast"?: boolean; matrix: { os: string[] } }; steps: Step[] }
  >;
}

const version = (JSON.parse(read("package.json")) as { version: string }).version;
const major = `v${version.split(".")[0]}`;
const release = parse(read(".github/workflows/release.yml")) as Workflow;
const ci = parse(read(".github/workflows/ci.yml")) as Workflow;
const releaseRuns = Object.values(release.jobs)
  .flatMap((job) => job.steps)
  .map((step) => step.run ?? "")
  .join("\n");

describe("release", () => {
  it("CHANGELOG.md has a section for package.json's version", () => {
    const headings = read("CHANGELOG.md")
      .split("\n")
      .filter((line) => line.startsWith("## "));
    expect(headings.map((line) => line.split(" ")[1])).toContain(version);
    for (const heading of headings) expect(heading).toMatch(/^## \d+\.\d+\.\d+ - (\d{4}-\d{2}-\d{2}|Unreleased)$/);
  });

  it("README and the User-Agent show package.json's version", () => {
    expect(read("README.md")).toContain(`This is version **${version}**`);
    expect(USER_AGENT).toBe(`hf-hub-action/${version}; node/${process.versions.node}`);
  });

  it("README pins the action at package.json's major tag", () => {
    const refs = [...read("README.md").matchAll(/^\s*(?:- )?uses: [\w.-]+\/hf-hub-action@(\S+)/gm)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(refs)).toEqual(new Set([major]));
  });

  it("release.yml runs on version tags, checks dist/, and moves the major tag", () => {
    expect(release.on.push?.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
    expect(release.permissions).toEqual({ contents: "write" });
    expect(releaseRuns).toContain("git status --porcelain -- dist");
    expect(releaseRuns).toMatch(/\$TAG" != "v\$version"/);
    expect(releaseRuns).toContain("CHANGELOG.md");
    expect(releaseRuns).toMatch(/^npm test$/m);
    expect(releaseRuns).toContain("gh release create");
    expect(releaseRuns).toContain('git tag --force "$MAJOR" HEAD');
    expect(releaseRuns).toContain('git push --force origin "refs/tags/$MAJOR"');
  });

  it("ci.yml runs the action on Linux, Windows and macOS", () => {
    const action = ci.jobs.action;
    expect(action["runs-on"]).toBe("${{ matrix.os }}");
    expect(action.strategy?.["fail-fast"]).toBe(false);
    expect([...(action.strategy?.matrix.os ?? [])].sort()).toEqual(["macos-latest", "ubuntu-latest", "windows-latest"]);
    expect(action.steps.some((step) => step.uses === "./")).toBe(true);
  });
});
