/** Paths and revisions in URLs: percent-encoded per segment or whole, with `#`, `%`, `?`, spaces and non-ASCII. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, call, commitOk, commitRaw, createRepo, fileLine, header, uniqueName } from "./helpers";

let hub: RunningEmulator;
const id = `alice/${uniqueName("enc")}`;
const ODD = "a#b/c d%?.txt";
const ACCENTED = "données/été ü.txt";
const perSegment = (path: string) => path.split("/").map(encodeURIComponent).join("/");

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepo(hub.url, id);
});
afterAll(() => hub.close());

interface TreeEntry {
  type: string;
  path: string;
}

async function tree(path: string): Promise<{ status: number; paths: string[] }> {
  const res = await call(hub.url, `/api/models/${id}/tree/${path}`, { token: ALICE });
  return {
    status: res.status,
    paths: res.status === 200 ? ((await res.json()) as TreeEntry[]).map((e) => e.path) : [],
  };
}

describe("writing", () => {
  it("answers preupload and commits for such paths, then reports their oid", async () => {
    const ask = async () => {
      const res = await call(hub.url, `/api/models/${id}/preupload/main`, {
        method: "POST",
        token: ALICE,
        json: {
          files: [ODD, ACCENTED].map((path) => ({ path, size: 3, sample: Buffer.from("odd").toString("base64") })),
        },
      });
      expect(res.status).toBe(200);
      return (await res.json()).files as { path: string; uploadMode: string; oid?: string }[];
    };
    expect((await ask()).map((f) => [f.path, f.uploadMode, f.oid])).toEqual([
      [ODD, "regular", undefined],
      [ACCENTED, "regular", undefined],
    ]);
    await commitOk(hub.url, `models/${id}`, "main", [header("odd"), fileLine(ODD, "odd"), fileLine(ACCENTED, "été")]);
    expect((await ask()).every((f) => /^[0-9a-f]{40}$/.test(f.oid ?? ""))).toBe(true);
    const pr = await commitRaw(hub.url, `models/${id}`, "main", [header("pr"), fileLine("a#b/pr only.txt", "pr")], {
      query: "?create_pr=1",
    });
    expect(pr.status).toBe(200);
  });
});

describe("tree", () => {
  it("decodes a folder percent-encoded per segment, and a revision encoded whole or sent raw", async () => {
    expect(await tree(`main/${perSegment("a#b")}`)).toEqual({ status: 200, paths: [ODD] });
    expect(await tree(`main/${perSegment("données")}`)).toEqual({ status: 200, paths: [ACCENTED] });
    expect(await tree(`refs%2Fpr%2F1/${perSegment("a#b")}`)).toEqual({
      status: 200,
      paths: [ODD, "a#b/pr only.txt"],
    });
    expect(await tree(`refs/pr/1/${perSegment("a#b")}`)).toEqual({ status: 200, paths: [ODD, "a#b/pr only.txt"] });
  });

  it("decodes a file path encoded per segment, and one encoded whole (slashes as %2F, as Python sends it)", async () => {
    expect(await tree(`main/${perSegment(ODD)}`)).toEqual({ status: 200, paths: [ODD] });
    expect(await tree(`main/${encodeURIComponent(ODD)}`)).toEqual({ status: 200, paths: [ODD] });
    expect(await tree(`main/${encodeURIComponent(ACCENTED)}`)).toEqual({ status: 200, paths: [ACCENTED] });
    expect(await tree(`main/${encodeURIComponent("a#b/c d%.txt")}`)).toEqual({ status: 404, paths: [] });
    expect(await tree("main/a%2")).toEqual({ status: 400, paths: [] });
  });

  it("lists such paths recursively from the root", async () => {
    const { paths } = await tree("main?recursive=true");
    expect(paths).toEqual(expect.arrayContaining(["a#b", ODD, "données", ACCENTED]));
  });
});

describe("paths-info", () => {
  it("finds such paths sent as JSON and as a form", async () => {
    const json = await call(hub.url, `/api/models/${id}/paths-info/main`, {
      method: "POST",
      token: ALICE,
      json: { paths: [ODD, "a#b", ACCENTED] },
    });
    expect(((await json.json()) as TreeEntry[]).map((e) => [e.type, e.path])).toEqual([
      ["file", ODD],
      ["directory", "a#b"],
      ["file", ACCENTED],
    ]);
    const form = new URLSearchParams();
    for (const path of [ODD, ACCENTED]) form.append("paths", path);
    const res = await call(hub.url, `/api/models/${id}/paths-info/refs%2Fpr%2F1`, {
      method: "POST",
      token: ALICE,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    expect(((await res.json()) as TreeEntry[]).map((e) => e.path)).toEqual([ODD, ACCENTED]);
  });
});

describe("resolve", () => {
  it("serves such paths percent-encoded per segment, at a revision encoded whole or raw", async () => {
    for (const [revision, path, expected] of [
      ["main", ODD, "odd"],
      ["main", ACCENTED, "été"],
      ["refs%2Fpr%2F1", "a#b/pr only.txt", "pr"],
      ["refs/pr/1", ODD, "odd"],
    ]) {
      const res = await call(hub.url, `/${id}/resolve/${revision}/${perSegment(path)}`, { token: ALICE });
      expect([revision, path, res.status, await res.text()]).toEqual([revision, path, 200, expected]);
    }
    const missing = await call(hub.url, `/${id}/resolve/main/${perSegment("a#b/c d%.txt")}`, { token: ALICE });
    expect([missing.status, missing.headers.get("x-error-code")]).toEqual([404, "EntryNotFound"]);
  });
});
