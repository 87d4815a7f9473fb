import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type SelectionOptions, selectFiles } from "../../src/operations/upload/select";

let root: string;
let workspace: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "select-"));
  workspace = path.join(root, "ws");
  const files: Record<string, string> = {
    "out/config.json": "{}",
    "out/model-00001.safetensors": "aa",
    "out/model-00002.safetensors": "bbb",
    "out/tokenizer/vocab.txt": "v",
    "out/.cache/junk": "j",
    "out/.git/HEAD": "ref",
    "out/.env": "SECRET=1",
    "logs/run.log": "log",
    "README.md": "readme",
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
  await writeFile(path.join(root, "outside.txt"), "outside");
});
afterAll(() => rm(root, { recursive: true, force: true }));

function select(options: Partial<SelectionOptions>) {
  return selectFiles({
    workspace,
    paths: [],
    pathInRepo: "",
    include: [],
    exclude: [],
    includeHidden: false,
    ...options,
  });
}

const destinations = async (options: Partial<SelectionOptions>) =>
  (await select(options)).files.map((file) => file.pathInRepo);

describe("selectFiles", () => {
  it("maps a single file to path_in_repo, or to its name", async () => {
    expect(await destinations({ paths: ["README.md"] })).toEqual(["README.md"]);
    expect(await destinations({ paths: ["README.md"], pathInRepo: "docs/card.md" })).toEqual(["docs/card.md"]);
  });

  it("takes a folder's files relative to it, leaving out hidden files and .git", async () => {
    expect(await destinations({ paths: ["out"], pathInRepo: "ckpt" })).toEqual([
      "ckpt/config.json",
      "ckpt/model-00001.safetensors",
      "ckpt/model-00002.safetensors",
      "ckpt/tokenizer/vocab.txt",
    ]);
  });

  it("with include_hidden takes hidden files but never .git", async () => {
    const paths = await destinations({ paths: ["out"], includeHidden: true });
    expect(paths).toEqual(expect.arrayContaining([".cache/junk", ".env"]));
    expect(paths.some((p) => p.includes(".git/"))).toBe(false);
  });

  it("expands a glob relative to its base folder", async () => {
    expect(await destinations({ paths: ["out/*.safetensors"] })).toEqual([
      "model-00001.safetensors",
      "model-00002.safetensors",
    ]);
  });

  it("applies include and exclude to paths relative to the selected folder", async () => {
    expect(
      await destinations({ paths: ["out"], include: ["*.safetensors", "tokenizer/**"], exclude: ["*00002*"] }),
    ).toEqual(["model-00001.safetensors", "tokenizer/vocab.txt"]);
  });

  it("joins several entries and reports the ones that matched nothing", async () => {
    const selection = await select({ paths: ["README.md", "logs", "nothing/*.bin", "missing.txt"] });
    expect(selection.files.map((file) => file.pathInRepo)).toEqual(["README.md", "run.log"]);
    expect(selection.unmatched).toEqual(["nothing/*.bin", "missing.txt"]);
  });

  it("records sizes", async () => {
    const selection = await select({ paths: ["out/model-00002.safetensors"] });
    expect(selection.files[0]).toMatchObject({
      size: 3,
      localPath: path.join(workspace, "out/model-00002.safetensors"),
    });
  });

  it("keeps a file selected twice once, and refuses two files bound for the same path", async () => {
    expect(await destinations({ paths: ["out/tokenizer", "out/tokenizer/vocab.txt"] })).toEqual(["vocab.txt"]);
    await mkdir(path.join(workspace, "other"), { recursive: true });
    await writeFile(path.join(workspace, "other/config.json"), "[]");
    await expect(select({ paths: ["out/config.json", "other/config.json"] })).rejects.toThrow(
      "would both be uploaded to config.json",
    );
    await rm(path.join(workspace, "other"), { recursive: true });
  });

  it("refuses a glob whose base leaves the workspace", async () => {
    await expect(select({ paths: ["../*.txt"] })).rejects.toThrow(/outside the workspace/);
  });

  it("refuses a path outside the workspace by ..", async () => {
    await expect(select({ paths: ["../outside.txt"] })).rejects.toThrow(/outside the workspace/);
  });

  it("follows a symlink inside the workspace and refuses one that leaves it", async () => {
    const linkDir = path.join(workspace, "links");
    await mkdir(linkDir, { recursive: true });
    await symlink(path.join(workspace, "README.md"), path.join(linkDir, "inside.md"));
    expect(await destinations({ paths: ["links"] })).toEqual(["inside.md"]);
    await symlink(path.join(root, "outside.txt"), path.join(linkDir, "escape.txt"));
    await expect(select({ paths: ["links"] })).rejects.toThrow(/escape\.txt resolves to .*outside the workspace/);
    await rm(linkDir, { recursive: true });
  });
});
