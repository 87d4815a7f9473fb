import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { Input } from "../../src/action/input-names";

const manifest = parse(readFileSync(path.join(__dirname, "..", "..", "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe("action.yml", () => {
  it("declares exactly the inputs the code reads", () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual(Object.values(Input).sort());
  });

  it("describes every input and output", () => {
    for (const entry of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)]) {
      expect(entry.description).toBeTruthy();
    }
  });

  it("runs the bundle on node24", () => {
    expect(manifest.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});
