import path from "node:path";
import { globSyntax, isInside, slashRelative } from "../../src/operations/upload/local-paths";
import { normalizePathInRepo } from "../../src/hub/path-in-repo";

// Our machines are Linux; Windows runners hand the action paths like these.
const win = path.win32;
const posix = path.posix;
const WORKSPACE = "D:\\a\\model\\model";

describe("paths on a Windows runner", () => {
  it("reads backslashes in a path entry as folder separators of a glob", () => {
    expect(globSyntax(win, "out\\*.bin")).toBe("out/*.bin");
    expect(globSyntax(win, "checkpoints\\**\\*.safetensors")).toBe("checkpoints/**/*.safetensors");
  });

  it("keeps a backslash as the escape it is elsewhere", () => {
    expect(globSyntax(posix, "out\\*.bin")).toBe("out\\*.bin");
  });

  it("names files under the workspace with forward slashes, as the repo does", () => {
    expect(slashRelative(win, WORKSPACE, `${WORKSPACE}\\out\\ckpt\\model.bin`)).toBe("out/ckpt/model.bin");
    expect(slashRelative(posix, "/w", "/w/out/ckpt/model.bin")).toBe("out/ckpt/model.bin");
  });

  it("tells files inside the workspace from files outside it, drive letters and case included", () => {
    expect(isInside(win, WORKSPACE, `${WORKSPACE}\\out\\model.bin`)).toBe(true);
    expect(isInside(win, WORKSPACE, WORKSPACE)).toBe(true);
    expect(isInside(win, WORKSPACE, "d:\\A\\model\\model\\out\\x.bin")).toBe(true);
    expect(isInside(win, WORKSPACE, "D:\\a\\model\\other\\x.bin")).toBe(false);
    expect(isInside(win, WORKSPACE, "C:\\a\\model\\model\\x.bin")).toBe(false);
    expect(isInside(win, WORKSPACE, win.resolve(WORKSPACE, "..\\secrets.txt"))).toBe(false);
  });

  it("does not mistake a name that starts with two dots for a way up", () => {
    expect(isInside(win, WORKSPACE, `${WORKSPACE}\\..cache\\x.bin`)).toBe(true);
    expect(isInside(posix, "/w", "/w/..cache/x.bin")).toBe(true);
    expect(isInside(posix, "/w", "/other/x.bin")).toBe(false);
  });

  it("resolves a relative entry against a workspace with a drive letter", () => {
    expect(win.resolve(WORKSPACE, "out\\model.bin")).toBe(`${WORKSPACE}\\out\\model.bin`);
    expect(isInside(win, WORKSPACE, win.resolve(WORKSPACE, "C:\\Windows\\x.bin"))).toBe(false);
  });

  it("turns a path_in_repo written with backslashes into the repo's form", () => {
    expect(normalizePathInRepo("models\\v1\\model.bin")).toBe("models/v1/model.bin");
    expect(() => normalizePathInRepo("..\\outside.bin")).toThrow(/'\.\.'/);
  });
});
