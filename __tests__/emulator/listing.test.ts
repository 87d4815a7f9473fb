/** `GET /api/models|datasets|spaces`: filters, search, author, sort, paging by `Link`, full/cardData/config, privacy. */
import { listDatasets, listModels } from "@huggingface/hub";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { parseRepoQuery } from "../../emulator/repo-query";
import { ALICE, BOB, call, commitOk, createRepo, createRepoWithCard, fileLine, header, uniqueName } from "./helpers";

let hub: RunningEmulator;
// Every repo of this file has `run` in its name, so `search=${run}` scopes a listing to them.
const run = uniqueName("lst");
const model = (name: string) => `${run}-${name}`;
const BERT = `alice/${model("bert-fr")}`;
const VIT = `alice/${model("vit")}`;
const GPT = `acme/${model("gpt")}`;
const SECRET = `alice/${model("secret")}`;
const REVIEWS = `alice/${run}-reviews`;
const SPEECH = `acme/${run}-speech`;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepoWithCard(
    hub.url,
    "model",
    BERT,
    "library_name: transformers\npipeline_tag: fill-mask\nlanguage:\n- fr\n- en\ndatasets: [wikipedia]\n" +
      "license: apache-2.0\ntags:\n- pytorch\n- exbert",
  );
  await createRepoWithCard(
    hub.url,
    "model",
    VIT,
    "library_name: timm\npipeline_tag: image-classification\ndatasets: imagenet-1k\ntags: [pytorch]",
  );
  await createRepoWithCard(
    hub.url,
    "model",
    GPT,
    "library_name: transformers\npipeline_tag: text-generation\nlanguage: de\ntags: [jax, safetensors]\n" +
      "co2_eq_emissions:\n  emissions: 12\n  source: codecarbon",
  );
  await createRepoWithCard(hub.url, "model", SECRET, "tags: [pytorch]\nlibrary_name: transformers", {
    private: true,
  });
  await createRepoWithCard(
    hub.url,
    "dataset",
    REVIEWS,
    "task_categories:\n- text-classification\ntask_ids:\n- sentiment-classification\nlanguage: [en, fr]\n" +
      "multilinguality: multilingual\nsize_categories: 10K<n<100K\nbenchmark: raft\nlicense: cc-by-4.0\ntags: [fiftyone]",
  );
  await createRepoWithCard(
    hub.url,
    "dataset",
    SPEECH,
    "task_categories: [automatic-speech-recognition]\nlanguage: de\nmultilinguality: monolingual\n" +
      "size_categories: 1K<n<10K\nlanguage_creators: [crowdsourced]",
  );
});
afterAll(() => hub.close());

type Entry = Record<string, unknown> & { id: string };

async function list(path: string, token?: string): Promise<Entry[]> {
  const res = await call(hub.url, path, { token });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Entry[];
}

const ANONYMOUS = null;

/** Ids of this file's repos of a type matching `query`, sorted, as alice sees them unless told. */
async function ids(type: string, query: string, token: string | null = ALICE): Promise<string[]> {
  return (await list(`/api/${type}?search=${run}&${query}`, token ?? undefined)).map((entry) => entry.id).sort();
}

interface Page {
  ids: string[];
  /** The URL in `Link: <url>; rel="next"`, if any. */
  next?: string;
}

function nextLink(res: Response): string | undefined {
  const link = res.headers.get("link");
  if (link) expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/[a-z]+\?[^>]*cursor=[^>]+>; rel="next"$/);
  return link ? /<([^>]+)>/.exec(link)?.[1] : undefined;
}

/** Follows the next links from `path` to the end. */
async function walk(path: string, token?: string): Promise<Page[]> {
  const found: Page[] = [];
  let url: string | undefined = `${hub.url}${path}`;
  while (url) {
    const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    expect(res.status).toBe(200);
    const ids = ((await res.json()) as Entry[]).map((entry) => entry.id);
    url = nextLink(res);
    found.push({ ids, next: url });
  }
  return found;
}

describe("filters", () => {
  it("matches models on library, language, task, trained dataset and free tags", async () => {
    expect(await ids("models", "filter=transformers")).toEqual([GPT, BERT, SECRET].sort());
    expect(await ids("models", "filter=fr")).toEqual([BERT]);
    expect(await ids("models", "filter=fill-mask")).toEqual([BERT]);
    expect(await ids("models", "filter=dataset:imagenet-1k")).toEqual([VIT]);
    expect(await ids("models", "filter=exbert")).toEqual([BERT]);
    expect(await ids("models", "filter=license:apache-2.0")).toEqual([BERT]);
    expect(await ids("models", "filter=co2_eq_emissions")).toEqual([GPT]);
    expect(await ids("models", "filter=no-such-tag")).toEqual([]);
  });

  it("requires every filter value, repeated or comma-separated", async () => {
    expect(await ids("models", "filter=pytorch&filter=transformers")).toEqual([BERT, SECRET].sort());
    expect(await ids("models", "filter=pytorch,fr")).toEqual([BERT]);
    expect(await ids("models", "filter=pytorch&filter=de")).toEqual([]);
  });

  it("takes the JS client's pipeline_tag parameter", async () => {
    expect(await ids("models", "pipeline_tag=text-generation")).toEqual([GPT]);
  });

  it("matches datasets on task_categories, task_ids, language, size_categories, benchmark, multilinguality", async () => {
    expect(await ids("datasets", "filter=task_categories:text-classification")).toEqual([REVIEWS]);
    expect(await ids("datasets", "filter=task_ids:sentiment-classification")).toEqual([REVIEWS]);
    expect(await ids("datasets", "filter=language:de")).toEqual([SPEECH]);
    expect(await ids("datasets", "filter=language:en&filter=language:fr")).toEqual([REVIEWS]);
    expect(await ids("datasets", "filter=size_categories:1K<n<10K")).toEqual([SPEECH]);
    expect(await ids("datasets", "filter=benchmark:raft")).toEqual([REVIEWS]);
    expect(await ids("datasets", "filter=multilinguality:monolingual")).toEqual([SPEECH]);
    expect(await ids("datasets", "filter=language_creators:crowdsourced")).toEqual([SPEECH]);
    expect(await ids("datasets", "filter=fiftyone")).toEqual([REVIEWS]);
  });

  it("lists only gated repos with gated=true and the others with gated=false", async () => {
    const gated = `alice/${model("gated")}`;
    await createRepo(hub.url, gated);
    const res = await call(hub.url, `/api/models/${gated}/settings`, {
      method: "PUT",
      token: ALICE,
      json: { gated: "auto" },
    });
    expect(res.status).toBe(200);
    expect(await ids("models", "gated=true")).toEqual([gated]);
    expect(await ids("models", "gated=False")).not.toContain(gated);
  });

  it("lists Spaces by their sdk tag", async () => {
    const space = `alice/${run}-demo`;
    await createRepo(hub.url, space, { type: "space", sdk: "docker" });
    expect(await ids("spaces", "filter=docker")).toEqual([space]);
    expect(await ids("spaces", "filter=gradio")).toEqual([]);
  });
});

describe("search and author", () => {
  it("searches a case-insensitive substring of the repo id", async () => {
    expect(await ids("models", `search=${model("BERT").toUpperCase()}`)).toEqual([BERT]);
    expect(await ids("models", "search=acme/")).toEqual([GPT]);
  });

  it("keeps one author's repos", async () => {
    expect(await ids("models", "author=acme")).toEqual([GPT]);
    expect(await ids("datasets", "author=ACME")).toEqual([SPEECH]);
    expect(await ids("models", "author=bob")).toEqual([]);
  });
});

describe("sort and direction", () => {
  it("sorts by id, descending by default and with direction=-1, ascending otherwise", async () => {
    const listed = async (query: string) => (await list(`/api/models?search=${run}&${query}`, ALICE)).map((e) => e.id);
    const ascending = (await ids("models", "")).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(await listed("sort=id&direction=1")).toEqual(ascending);
    expect(await listed("sort=id&direction=-1")).toEqual([...ascending].reverse());
    expect(await listed("sort=id")).toEqual([...ascending].reverse());
  });

  it("sorts by createdAt and lastModified", async () => {
    const times = async (query: string, field: string) =>
      (await list(`/api/models?search=${run}&${query}`, ALICE)).map((entry) => Date.parse(String(entry[field])));
    const newestFirst = await times("sort=createdAt&direction=-1", "createdAt");
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    const oldestFirst = await times("sort=lastModified&direction=1&full=true", "lastModified");
    expect(oldestFirst).toEqual([...oldestFirst].sort((a, b) => a - b));
  });

  it("accepts the sorts the clients send and refuses others with 400", async () => {
    for (const sort of ["downloads", "likes", "trendingScore", "lastModified", "createdAt", "id"]) {
      expect([sort, (await call(hub.url, `/api/models?sort=${sort}`)).status]).toEqual([sort, 200]);
    }
    expect((await call(hub.url, "/api/datasets?sort=datasetsServerInfo.numRows")).status).toBe(200);
    const bad = await call(hub.url, "/api/models?sort=stars");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/sort/);
  });
});

describe("paging", () => {
  it("pages by limit with an absolute Link to the next page, and none after the last", async () => {
    const all = await ids("models", "");
    const found = await walk(`/api/models?search=${run}&sort=id&limit=2`, ALICE);
    expect(found.length).toBe(Math.ceil(all.length / 2));
    expect(found.slice(0, -1).every((page) => page.ids.length === 2 && page.next)).toBe(true);
    expect(found[found.length - 1].next).toBeUndefined();
    expect(found.flatMap((page) => page.ids).sort()).toEqual(all);
  });

  it("keeps the other parameters in the next link", async () => {
    const res = await call(hub.url, `/api/models?search=${run}&limit=1&filter=pytorch&sort=id`, { token: ALICE });
    const next = new URL(nextLink(res) ?? "");
    expect(Object.fromEntries(next.searchParams)).toMatchObject({
      search: run,
      limit: "1",
      filter: "pytorch",
      sort: "id",
    });
  });

  it("pages by 1000 by default and at most", () => {
    const limitOf = (query: string) => parseRepoQuery(new URLSearchParams(query), "model").limit;
    expect([limitOf(""), limitOf("limit=5000"), limitOf("limit=20"), limitOf("limit=0")]).toEqual([
      1000, 1000, 20, 1000,
    ]);
  });

  it("neither repeats nor skips repos when one is created between pages", async () => {
    const prefix = `${run}-stable`;
    for (const n of [1, 2, 3]) await createRepo(hub.url, `alice/${prefix}-${n}`);
    const first = await call(hub.url, `/api/models?search=${prefix}&limit=2`);
    const firstIds = ((await first.json()) as Entry[]).map((entry) => entry.id);
    // Newest first: the new repo sorts before the cursor, so it must not push a seen one onto the next page.
    await createRepo(hub.url, `alice/${prefix}-4`);
    const rest = ((await (await fetch(nextLink(first) ?? "")).json()) as Entry[]).map((entry) => entry.id);
    expect([...firstIds, ...rest].sort()).toEqual([1, 2, 3].map((n) => `alice/${prefix}-${n}`));
  });

  it("answers 400 to a cursor it did not write", async () => {
    expect((await call(hub.url, "/api/models?cursor=not-a-cursor")).status).toBe(400);
  });

  it("pages through the official JS client's listModels and listDatasets", async () => {
    // Pages of 2 (the client asks for up to 500) so a handful of repos spans several pages.
    const smallPages: typeof fetch = (input, init) => fetch(String(input).replace(/limit=\d+/, "limit=2"), init);
    const seen: string[] = [];
    const base = { hubUrl: hub.url, accessToken: ALICE, fetch: smallPages };
    for await (const entry of listModels({ ...base, search: { query: run } })) seen.push(entry.name);
    expect(seen.sort()).toEqual(await ids("models", ""));
    const capped: string[] = [];
    for await (const entry of listModels({ ...base, search: { query: run, tags: ["pytorch"] }, limit: 2 })) {
      capped.push(entry.name);
    }
    expect(capped).toHaveLength(2);
    const datasets: string[] = [];
    for await (const entry of listDatasets({ ...base, search: { query: run }, additionalFields: ["tags"] })) {
      expect(entry.tags).toContain("region:us");
      datasets.push(entry.name);
    }
    expect(datasets.sort()).toEqual([REVIEWS, SPEECH].sort());
  });
});

describe("entry shape", () => {
  it("lists models without siblings, sha or card unless asked", async () => {
    const [entry] = await list(`/api/models?search=${model("bert-fr")}`);
    expect(entry).toEqual({
      _id: expect.stringMatching(/^[0-9a-f]{24}$/),
      id: BERT,
      modelId: BERT,
      likes: 0,
      trendingScore: 0,
      private: false,
      downloads: 0,
      tags: expect.arrayContaining(["transformers", "fill-mask", "pytorch", "fr", "region:us"]),
      pipeline_tag: "fill-mask",
      library_name: "transformers",
      createdAt: expect.any(String),
    });
  });

  it("adds siblings, sha, lastModified, author and the card with full=true", async () => {
    const [entry] = await list(`/api/models?search=${model("bert-fr")}&full=true`);
    expect(entry).toMatchObject({
      id: BERT,
      author: "alice",
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      lastModified: expect.any(String),
      siblings: [{ rfilename: ".gitattributes" }, { rfilename: "README.md" }],
      cardData: expect.objectContaining({ library_name: "transformers" }),
    });
  });

  it("adds the card's front matter with cardData=true", async () => {
    const [entry] = await list(`/api/models?search=${model("gpt")}&cardData=true`);
    expect(entry.cardData).toEqual({
      library_name: "transformers",
      pipeline_tag: "text-generation",
      language: "de",
      tags: ["jax", "safetensors"],
      co2_eq_emissions: { emissions: 12, source: "codecarbon" },
    });
    expect(entry.siblings).toBeUndefined();
  });

  it("lists datasets with author, sha and an empty key, and their card only with full=true", async () => {
    const [entry] = await list(`/api/datasets?search=${run}-reviews`);
    expect(entry).toMatchObject({ id: REVIEWS, author: "alice", sha: expect.any(String), key: "" });
    expect(entry.cardData).toBeUndefined();
    const [full] = await list(`/api/datasets?search=${run}-reviews&full=1`);
    expect(full.cardData).toMatchObject({ benchmark: "raft", size_categories: "10K<n<100K" });
    expect(full.siblings).toEqual([{ rfilename: ".gitattributes" }, { rfilename: "README.md" }]);
  });

  it("adds a model's config with config=true when its root config.json is a JSON object, and none otherwise", async () => {
    const config = JSON.stringify({ architectures: ["BertForMaskedLM"], model_type: "bert", hidden_size: 768 });
    await commitOk(hub.url, `models/${BERT}`, "main", [header("config"), fileLine("config.json", config)]);
    await commitOk(hub.url, `models/${GPT}`, "main", [header("nested"), fileLine("sub/config.json", config)]);
    const broken = `alice/${model("broken-config")}`;
    await createRepo(hub.url, broken);
    await commitOk(hub.url, `models/${broken}`, "main", [header("broken"), fileLine("config.json", "[1, 2]")]);
    const entries = await list(`/api/models?search=${run}&config=true&sort=id&direction=1`, ALICE);
    const byId = Object.fromEntries(entries.map((entry) => [entry.id, entry]));
    expect(byId[BERT].config).toEqual({ architectures: ["BertForMaskedLM"], model_type: "bert" });
    for (const id of [VIT, GPT, broken]) expect([id, "config" in byId[id]]).toEqual([id, false]);
    expect((await list(`/api/models?search=${model("bert-fr")}&full=true`))[0].config).toBeUndefined();
  });

  it("gives a client what it needs to filter on emissions: cardData.co2_eq_emissions, a number or {emissions}", async () => {
    const light = `alice/${model("light")}`;
    await createRepoWithCard(hub.url, "model", light, "co2_eq_emissions: 0.5\nlicense: mit");
    const entries = await list(`/api/models?search=${run}&cardData=true`, ALICE);
    const emissions = (entry: Entry): number | undefined => {
      const co2 = (entry.cardData as Record<string, unknown> | undefined)?.co2_eq_emissions;
      return typeof co2 === "number" ? co2 : ((co2 as { emissions?: number } | undefined)?.emissions ?? undefined);
    };
    const byId = Object.fromEntries(entries.map((entry) => [entry.id, emissions(entry)]));
    expect(byId[light]).toBe(0.5);
    expect(byId[GPT]).toBe(12);
    // As list_models(emissions_thresholds=(0, 1)) keeps models with 0 <= emissions <= 1 from the cardData answer.
    const kept = entries.filter((entry) => (emissions(entry) ?? -1) >= 0 && (emissions(entry) ?? 2) <= 1);
    expect(kept.map((entry) => entry.id)).toEqual([light]);
  });

  it("answers only _id, id and the expanded fields with expand", async () => {
    const [entry] = await list(`/api/models?search=${model("vit")}&expand=pipeline_tag&expand=sha`);
    expect(Object.keys(entry).sort()).toEqual(["_id", "id", "pipeline_tag", "sha"]);
  });
});

describe("privacy", () => {
  it("shows a private repo to its owner only, whatever the filter", async () => {
    expect(await ids("models", "filter=pytorch")).toContain(SECRET);
    expect(await ids("models", "filter=pytorch", ANONYMOUS)).not.toContain(SECRET);
    expect(await ids("models", "filter=pytorch", BOB)).not.toContain(SECRET);
    expect(await ids("models", "search=secret", ANONYMOUS)).toEqual([]);
  });

  it("never shows a private repo through paging, nor through a cursor from its owner", async () => {
    const publicIds = await ids("models", "", ANONYMOUS);
    const anonymous = await walk(`/api/models?search=${run}&sort=id&limit=1`);
    expect(anonymous.map((page) => page.ids.length)).toEqual(publicIds.map(() => 1));
    expect(anonymous.flatMap((page) => page.ids).sort()).toEqual(publicIds);

    const owners = await walk(`/api/models?search=${run}&sort=id&direction=1&limit=1`, ALICE);
    const secretPage = owners.findIndex((page) => page.ids[0] === SECRET);
    expect(secretPage).toBeGreaterThan(0);
    // Alice's link to the page holding her private repo, followed anonymously, goes on to the next public one.
    const shared = (await (await fetch(owners[secretPage - 1].next ?? "")).json()) as Entry[];
    expect(shared.map((entry) => entry.id)).toEqual(owners[secretPage + 1].ids);
  });
});
