/** Pure logic: .gitattributes matching, name and path rules, git object ids, write permissions. */
import { Accounts } from "../../emulator/auth";
import { HubError } from "../../emulator/errors";
import { defaultGitattributes, gitattributesLineFor, parseGitattributes } from "../../emulator/gitattributes";
import { gitBlobSha1, lfsPointer } from "../../emulator/gitobjects";
import { Hub } from "../../emulator/hub";
import type { RequestContext } from "../../emulator/http";
import { isValidRepoName, normalizeRepoPath } from "../../emulator/paths";
import { Repo } from "../../emulator/repos";

describe(".gitattributes", () => {
  const model = parseGitattributes(defaultGitattributes("model"));

  it("tracks the Hub's default patterns at any depth", () => {
    for (const path of ["x.bin", "a/b/model.safetensors", "logs/events.out.tfevents.1", "a.tar.gz", "f.lfs.txt"]) {
      expect([path, model.isLfs(path)]).toEqual([path, true]);
    }
    for (const path of ["README.md", "config.json", "bin", "a.binary", "data.jsonl", "img.png"]) {
      expect([path, model.isLfs(path)]).toEqual([path, false]);
    }
  });

  it("anchors patterns with a slash at the root", () => {
    expect(model.isLfs("saved_model/variables/v.data")).toBe(true);
    expect(model.isLfs("saved_model/x")).toBe(true);
    expect(model.isLfs("nested/saved_model/x.txt")).toBe(false);
  });

  it("gives datasets the media patterns", () => {
    const dataset = parseGitattributes(defaultGitattributes("dataset"));
    expect(dataset.isLfs("images/a.png")).toBe(true);
    expect(dataset.isLfs("shard.mds")).toBe(true);
    expect(dataset.isLfs("data.jsonl")).toBe(false);
  });

  it("lets the last matching line decide", () => {
    const matcher = parseGitattributes("*.txt filter=lfs diff=lfs merge=lfs -text\nkeep.txt -filter\n");
    expect(matcher.isLfs("a.txt")).toBe(true);
    expect(matcher.isLfs("keep.txt")).toBe(false);
  });

  it("writes lines that match exactly the committed path", () => {
    for (const path of ["data/my file.dat", "weird[1]*.x", "#hash.bin"]) {
      const matcher = parseGitattributes(gitattributesLineFor(path));
      expect([path, matcher.isLfs(path)]).toEqual([path, true]);
      expect(matcher.isLfs("data/other.dat")).toBe(false);
    }
    expect(gitattributesLineFor("a b.bin")).toBe("a[[:space:]]b.bin filter=lfs diff=lfs merge=lfs -text");
  });
});

describe("names and paths", () => {
  it("accepts and refuses repo names as the Hub does", () => {
    for (const ok of ["a", "my-model_v1.0", "A".repeat(96)]) expect([ok, isValidRepoName(ok)]).toEqual([ok, true]);
    for (const bad of ["", "-a", "a-", ".a", "a.", "a--b", "a..b", "a.git", "a/b", "é", "A".repeat(97)]) {
      expect([bad, isValidRepoName(bad)]).toEqual([bad, false]);
    }
  });

  it("normalizes leading / and ./ and refuses traversal and .git", () => {
    expect(normalizeRepoPath("/a/b.txt")).toBe("a/b.txt");
    expect(normalizeRepoPath("./a.txt")).toBe("a.txt");
    expect(normalizeRepoPath("dir/", true)).toBe("dir");
    for (const bad of ["..", "../a", "a/..", ".", ".git", "x/.git/y", "a//b", "", "..\\x"]) {
      expect(() => normalizeRepoPath(bad)).toThrow(HubError);
    }
  });
});

describe("git objects", () => {
  it("hashes blobs like git", () => {
    // `printf hello | git hash-object --stdin`
    expect(gitBlobSha1(Buffer.from("hello"))).toBe("b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0");
  });

  it("writes LFS pointers of the documented size", () => {
    expect(lfsPointer("a".repeat(64), 536063208).length).toBe(134);
  });
});

describe("write permissions", () => {
  const accounts = Accounts.seeded();
  accounts.addUser("carol", "Carol");
  accounts.addToken("carol", "hf_carol_write", "write");
  const hub = new Hub(accounts, undefined as never, undefined as never, undefined as never);
  const ctxFor = (token: string) => ({ principal: accounts.authenticate(`Bearer ${token}`) }) as RequestContext;
  const status = (fn: () => void) => {
    try {
      fn();
      return 200;
    } catch (error) {
      return (error as HubError).status;
    }
  };

  it("lets members write, and other write tokens only open pull requests on public repos", () => {
    const open = new Repo("model", "acme", "open", false);
    const closed = new Repo("model", "acme", "closed", true);
    expect(status(() => hub.requireWrite(ctxFor("hf_alice_write"), closed))).toBe(200);
    expect(status(() => hub.requireWrite(ctxFor("hf_carol_write"), open))).toBe(403);
    expect(status(() => hub.requireWrite(ctxFor("hf_carol_write"), open, { pullRequest: true }))).toBe(200);
    expect(status(() => hub.requireWrite(ctxFor("hf_carol_write"), closed, { pullRequest: true }))).toBe(403);
    expect(status(() => hub.requireWrite(ctxFor("hf_carol_write"), open, { pullRequestAuthor: "carol" }))).toBe(200);
    expect(status(() => hub.requireWrite(ctxFor("hf_bob_read"), open, { pullRequest: true }))).toBe(403);
    expect(status(() => hub.requireWrite({ principal: null } as RequestContext, open))).toBe(401);
  });
});
