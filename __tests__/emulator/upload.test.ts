/** The official JS client driving the emulator the way a third party would. */
import {
  commit,
  createBranch,
  createRepo,
  deleteBranch,
  downloadFile,
  listFiles,
  modelInfo,
  pathsInfo,
  uploadFiles,
  type ListFileEntry,
} from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, bytes, call, gitBlobSha1, sha256, uniqueName } from "./helpers";

const MiB = 1024 * 1024;
let hub: RunningEmulator;
const requests: { method: string; url: string }[] = [];
/** Records every request the client makes, to see which transfer it used. */
const recordingFetch: typeof fetch = (input, init) => {
  requests.push({ method: init?.method ?? "GET", url: String(input) });
  return fetch(input, init);
};

beforeAll(async () => {
  hub = await startEmulator({ port: 0, multipartChunkSize: MiB });
});
afterAll(() => hub.close());

async function listAll(repo: string, revision?: string): Promise<ListFileEntry[]> {
  const out: ListFileEntry[] = [];
  for await (const entry of listFiles({ repo, revision, recursive: true, hubUrl: hub.url, accessToken: ALICE })) {
    out.push(entry);
  }
  return out;
}

async function contentOf(repo: string, path: string, revision?: string): Promise<Buffer | null> {
  const blob = await downloadFile({ repo, path, revision, hubUrl: hub.url, accessToken: ALICE });
  return blob ? Buffer.from(await blob.arrayBuffer()) : null;
}

describe("uploadFiles with the JS client", () => {
  const repo = `alice/${uniqueName("upload")}`;
  const text = Buffer.from("# Model card\n\nHello.\n");
  const small = Buffer.from("1234567");
  const large = bytes(Math.round(2.5 * MiB));
  let commitOid = "";

  beforeAll(async () => {
    await createRepo({ repo, accessToken: ALICE, hubUrl: hub.url });
    const result = await uploadFiles({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      fetch: recordingFetch,
      files: [
        { path: "README.md", content: new Blob([text]) },
        { path: "x.bin", content: new Blob([small]) },
        { path: "weights/large.bin", content: new Blob([large]) },
      ],
    });
    commitOid = result?.commit.oid ?? "";
  });

  it("commits and answers a commit URL on the emulator", () => {
    expect(commitOid).toMatch(/^[0-9a-f]{40}$/);
  });

  it("sends a 7-byte .bin to LFS because the default .gitattributes tracks it", async () => {
    const entry = (await listAll(repo)).find((e) => e.path === "x.bin");
    expect(entry?.lfs).toEqual({ oid: sha256(small), size: 7, pointerSize: 126 });
  });

  it("uploads a file above the chunk size with the multipart transfer", () => {
    const parts = requests.filter((r) => r.method === "PUT" && r.url.includes("partNumber="));
    expect(parts).toHaveLength(3);
    expect(requests.some((r) => r.method === "POST" && r.url.includes("/__lfs/complete/"))).toBe(true);
  });

  it("lists files recursively with git blob oids, directories included", async () => {
    const entries = await listAll(repo);
    expect(entries.map((e) => `${e.type}:${e.path}`)).toEqual([
      "file:.gitattributes",
      "file:README.md",
      "directory:weights",
      "file:weights/large.bin",
      "file:x.bin",
    ]);
    const readme = entries.find((e) => e.path === "README.md");
    expect(readme).toEqual({ type: "file", path: "README.md", size: text.length, oid: gitBlobSha1(text) });
  });

  it("downloads every file back byte for byte", async () => {
    expect(await contentOf(repo, "README.md")).toEqual(text);
    expect(await contentOf(repo, "x.bin")).toEqual(small);
    expect((await contentOf(repo, "weights/large.bin"))?.equals(large)).toBe(true);
    expect(await contentOf(repo, "missing.txt")).toBeNull();
  });

  it("reports the new head in modelInfo", async () => {
    const info = await modelInfo({ name: repo, hubUrl: hub.url, accessToken: ALICE, additionalFields: ["sha"] });
    expect(info).toMatchObject({ name: repo, private: false, sha: commitOid });
  });

  it("answers pathsInfo for files and folders, skipping missing paths", async () => {
    const info = await pathsInfo({
      repo,
      paths: ["weights/large.bin", "weights", "nope"],
      hubUrl: hub.url,
      accessToken: ALICE,
      expand: true,
    });
    expect(info.map((p) => [p.type, p.path])).toEqual([
      ["file", "weights/large.bin"],
      ["directory", "weights"],
    ]);
    expect(info[0].lfs?.oid).toBe(sha256(large));
    expect(info[0].lastCommit?.id).toBe(commitOid);
  });

  it("skips the transfer when the LFS object is already stored", async () => {
    requests.length = 0;
    await uploadFiles({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      fetch: recordingFetch,
      files: [{ path: "copy/large.bin", content: new Blob([large]) }],
    });
    expect(requests.filter((r) => r.url.includes("/__lfs/"))).toEqual([]);
    expect((await contentOf(repo, "copy/large.bin"))?.equals(large)).toBe(true);
  });
});

describe("commit operations with the JS client", () => {
  const repo = `alice/${uniqueName("ops")}`;
  beforeAll(async () => {
    await createRepo({ repo, accessToken: ALICE, hubUrl: hub.url });
    await uploadFiles({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      files: [
        { path: "a.txt", content: new Blob(["a"]) },
        { path: "b.txt", content: new Blob(["b"]) },
      ],
    });
  });

  it("deletes and adds in one commit", async () => {
    await commit({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      title: "Replace a by c",
      operations: [
        { operation: "delete", path: "a.txt" },
        { operation: "addOrUpdate", path: "c.txt", content: new Blob(["c"]) },
      ],
    });
    expect((await listAll(repo)).map((e) => e.path)).toEqual([".gitattributes", "b.txt", "c.txt"]);
    expect(await contentOf(repo, "a.txt")).toBeNull();
  });

  it("opens a pull request without touching main, then commits to it", async () => {
    const before = (await listAll(repo)).map((e) => e.path);
    const pr = await commit({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      title: "Proposal",
      isPullRequest: true,
      operations: [{ operation: "addOrUpdate", path: "pr.txt", content: new Blob(["pr"]) }],
    });
    expect(pr?.pullRequestUrl).toBe(`${hub.url}/${repo}/discussions/1`);
    expect((await listAll(repo)).map((e) => e.path)).toEqual(before);
    expect((await contentOf(repo, "pr.txt", "refs/pr/1"))?.toString()).toBe("pr");
    await commit({
      repo,
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      title: "More",
      branch: "refs/pr/1",
      operations: [{ operation: "addOrUpdate", path: "pr2.bin", content: new Blob([bytes(1000)]) }],
    });
    expect((await listAll(repo, "refs/pr/1")).map((e) => e.path)).toContain("pr2.bin");
  });

  it("creates, uses and deletes a branch", async () => {
    await createBranch({ repo, branch: "dev", accessToken: ALICE, hubUrl: hub.url });
    await uploadFiles({
      repo,
      branch: "dev",
      accessToken: ALICE,
      hubUrl: hub.url,
      useXet: false,
      files: [{ path: "dev.txt", content: new Blob(["dev"]) }],
    });
    expect((await listAll(repo, "dev")).map((e) => e.path)).toContain("dev.txt");
    expect((await listAll(repo)).map((e) => e.path)).not.toContain("dev.txt");
    await expect(createBranch({ repo, branch: "dev", accessToken: ALICE, hubUrl: hub.url })).rejects.toThrow(
      "Reference refs/heads/dev already exists",
    );
    await deleteBranch({ repo, branch: "dev", accessToken: ALICE, hubUrl: hub.url });
    const gone = await call(hub.url, `/api/models/${repo}/tree/dev`);
    expect(gone.headers.get("x-error-code")).toBe("RevisionNotFound");
  });
});
