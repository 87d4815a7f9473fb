import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ACTION_INPUTS } from "../../src/action/settings";
import type { AnyOperation } from "../../src/operations/operation";
import { OPERATIONS, OPERATION_NAMES, findOperation } from "../../src/operations/registry";

const ROOT = path.join(__dirname, "..", "..");
const manifest = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const operations: AnyOperation[] = Object.values(OPERATIONS);
// The glue sets json_file for every query, beside its JSON output.
const GLUE_OUTPUTS = ["json_file"];
const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort();

/** The rows of the README table under `heading`, as lists of cells. */
function tableRows(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const codeNames = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

describe("the operation registry", () => {
  it("registers each operation under its own name", () => {
    for (const [name, operation] of Object.entries(OPERATIONS)) expect(operation.name).toBe(name);
  });

  it("finds operations by name and alias, and nothing else", () => {
    expect(findOperation("upload-folder")).toBe("upload-file");
    expect(findOperation("create-repo")).toBe("create-repo");
    expect(findOperation("uploads")).toBeUndefined();
  });
});

describe("action.yml matches the registry", () => {
  it("declares exactly the inputs the glue and the operations read", () => {
    const read = [...ACTION_INPUTS, ...operations.flatMap((operation) => Object.keys(operation.inputs))];
    expect(sorted(Object.keys(manifest.inputs))).toEqual(sorted(read));
  });

  it("declares exactly the outputs the operations set", () => {
    const set = [...GLUE_OUTPUTS, ...operations.flatMap((operation) => operation.outputs)];
    expect(sorted(Object.keys(manifest.outputs))).toEqual(sorted(set));
  });

  it("lists every operation and alias in the operation input's description", () => {
    const described = manifest.inputs.operation.description ?? "";
    const names = operations.flatMap((operation) => [operation.name, ...(operation.aliases ?? [])]);
    const listed = (described.replace(/^What to do:/, "").match(/[a-z]+(?:-[a-z]+)*/g) ?? []).filter(
      (word) => !["aliases", "or"].includes(word),
    );
    expect(sorted(listed)).toEqual(sorted(names));
  });

  it("describes every input and output", () => {
    for (const entry of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)]) {
      expect(entry.description).toBeTruthy();
    }
  });

  it("runs the bundle on node24", () => {
    expect(manifest.runs).toEqual({
      using: "node24",
      main: "dist/index.js",
      post: "dist/index.js",
      "post-if": "always()",
    });
  });
});

describe("the README matches the registry", () => {
  const REPO_INPUTS = ["repo_id", "repo_type", "organization"];

  it("has one row per operation, naming its aliases, inputs and outputs", () => {
    const rows = tableRows("Operations");
    expect(sorted(rows.map((row) => codeNames(row[0])[0]))).toEqual(sorted(OPERATION_NAMES));
    for (const row of rows) {
      const [name, ...aliases] = codeNames(row[0]);
      const operation = OPERATIONS[name as keyof typeof OPERATIONS] as AnyOperation;
      expect(sorted(aliases)).toEqual(sorted(operation.aliases ?? []));
      const inputs = Object.keys(operation.inputs).filter((input) => !REPO_INPUTS.includes(input));
      const listed = codeNames(row[2]).filter((input) => !REPO_INPUTS.includes(input));
      expect({ name, inputs: sorted(listed) }).toEqual({ name, inputs: sorted(inputs) });
      expect({ name, outputs: sorted(codeNames(row[3])) }).toEqual({ name, outputs: sorted(operation.outputs) });
    }
  });

  it("lists every input and every output in its reference tables", () => {
    expect(sorted(tableRows("Inputs").flatMap((row) => codeNames(row[0])))).toEqual(
      sorted(Object.keys(manifest.inputs)),
    );
    expect(sorted(tableRows("Outputs").flatMap((row) => codeNames(row[0])))).toEqual(
      sorted(Object.keys(manifest.outputs)),
    );
  });
});
