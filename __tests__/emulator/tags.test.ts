/** Repo cards into `cardData` and `tags`, the tags-by-type catalogues and the metrics list. */
import { startEmulator, type RunningEmulator } from "../../emulator";
import { parseCardData } from "../../emulator/card";
import { tagsFromCard } from "../../emulator/card-tags";
import { ALICE, call, commitOk, createRepoWithCard, fileLine, header, uniqueName } from "./helpers";

describe("card front matter", () => {
  it("reads lists at the key's indentation, inline lists, nested maps and lists of maps", () => {
    const readme = [
      "---",
      "language:",
      "- en",
      "- fr",
      "tags: [a, 'b c', 2023]",
      "co2_eq_emissions:",
      "  emissions: 17.5 # grams",
      "  training_type: fine-tuning",
      "model-index:",
      "  - name: tiny",
      "    results:",
      "      - task:",
      "          type: text-classification",
      'license: "apache-2.0"',
      "description: |",
      "  two",
      "  lines",
      "---",
      "# Title",
    ].join("\n");
    expect(parseCardData(readme)).toEqual({
      language: ["en", "fr"],
      tags: ["a", "b c", 2023],
      co2_eq_emissions: { emissions: 17.5, training_type: "fine-tuning" },
      "model-index": [{ name: "tiny", results: [{ task: { type: "text-classification" } }] }],
      license: "apache-2.0",
      description: "two\nlines",
    });
  });

  it("answers an empty card for empty front matter and none without it", () => {
    expect(parseCardData("---\n---\n# x")).toEqual({});
    expect(parseCardData("# no card")).toBeUndefined();
    expect(parseCardData("---\nkey: value\n")).toBeUndefined();
  });
});

describe("tags from the card", () => {
  it("gives models their library, task, languages, datasets and license as the Hub does", () => {
    const card = {
      library_name: "transformers",
      pipeline_tag: "fill-mask",
      tags: ["exbert", "transformers"],
      language: ["en", "fr"],
      datasets: ["wikipedia", "dataset:bookcorpus"],
      license: "apache-2.0",
    };
    expect(tagsFromCard("model", card)).toEqual([
      "transformers",
      "fill-mask",
      "exbert",
      "en",
      "fr",
      "dataset:wikipedia",
      "dataset:bookcorpus",
      "license:apache-2.0",
      "region:us",
    ]);
  });

  it("prefixes every dataset field with its type", () => {
    const card = {
      task_categories: ["text-classification"],
      task_ids: ["sentiment-classification"],
      annotations_creators: "expert-generated",
      language_creators: ["crowdsourced", "found"],
      multilinguality: "multilingual",
      source_datasets: ["original"],
      size_categories: "10K<n<100K",
      benchmark: "raft",
      language: ["en", "de"],
      license: "cc-by-4.0",
      tags: ["fiftyone"],
    };
    expect(tagsFromCard("dataset", card)).toEqual([
      "task_categories:text-classification",
      "task_ids:sentiment-classification",
      "annotations_creators:expert-generated",
      "language_creators:crowdsourced",
      "language_creators:found",
      "multilinguality:multilingual",
      "source_datasets:original",
      "size_categories:10K<n<100K",
      "benchmark:raft",
      "language:en",
      "language:de",
      "fiftyone",
      "license:cc-by-4.0",
      "region:us",
    ]);
  });

  it("gives Spaces their sdk and every repo without a card only its region", () => {
    expect(tagsFromCard("space", { sdk: "gradio", tags: ["demo"] })).toEqual(["gradio", "demo", "region:us"]);
    expect(tagsFromCard("model", undefined)).toEqual(["region:us"]);
  });
});

describe("over HTTP", () => {
  let hub: RunningEmulator;
  beforeAll(async () => {
    hub = await startEmulator({ port: 0 });
  });
  afterAll(() => hub.close());

  it("derives repo info tags and cardData from README.md, and updates them with each commit", async () => {
    const id = `alice/${uniqueName("card")}`;
    await createRepoWithCard(
      hub.url,
      "model",
      id,
      "library_name: diffusers\npipeline_tag: text-to-image\nlicense: mit",
    );
    const info = async () => (await (await call(hub.url, `/api/models/${id}`, { token: ALICE })).json()) as never;
    expect(await info()).toMatchObject({
      tags: ["diffusers", "text-to-image", "license:mit", "region:us"],
      library_name: "diffusers",
      pipeline_tag: "text-to-image",
      cardData: { library_name: "diffusers", pipeline_tag: "text-to-image", license: "mit" },
    });
    await commitOk(hub.url, `models/${id}`, "main", [
      header("retag"),
      fileLine("README.md", "---\ntags: [lora]\n---\n"),
    ]);
    const retagged = await info();
    expect(retagged).toMatchObject({ tags: ["lora", "region:us"], cardData: { tags: ["lora"] } });
    expect(retagged).not.toHaveProperty("pipeline_tag");
    await commitOk(hub.url, `models/${id}`, "main", [
      header("drop"),
      { key: "deletedFile", value: { path: "README.md" } },
    ]);
    expect(await info()).toMatchObject({ tags: ["region:us"] });
    expect(await info()).not.toHaveProperty("cardData");
  });

  it("tags datasets with prefixed fields", async () => {
    const id = `alice/${uniqueName("ds")}`;
    await createRepoWithCard(hub.url, "dataset", id, "language: [fr]\nsize_categories: n<1K\nlicense: mit");
    const info = await (await call(hub.url, `/api/datasets/${id}`)).json();
    expect(info.tags).toEqual(["size_categories:n<1K", "language:fr", "license:mit", "region:us"]);
  });

  type TagsByType = Record<string, { id: string; label: string; type: string }[]>;

  function expectCatalogueShape(catalogue: TagsByType): void {
    for (const [type, entries] of Object.entries(catalogue)) {
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry).toMatchObject({ id: expect.any(String), label: expect.any(String), type });
        expect(entry.label).not.toBe("");
      }
    }
  }

  it("lists model tags by type, ids as they appear in repo tags", async () => {
    const res = await call(hub.url, "/api/models-tags-by-type");
    expect(res.status).toBe(200);
    const catalogue = (await res.json()) as TagsByType;
    expect(Object.keys(catalogue)).toEqual(
      expect.arrayContaining(["library", "language", "license", "dataset", "pipeline_tag", "region"]),
    );
    expectCatalogueShape(catalogue);
    const ids = (type: string) => catalogue[type].map((entry) => entry.id);
    expect(ids("library")).toEqual(
      expect.arrayContaining(["pytorch", "tensorflow", "jax", "transformers", "safetensors"]),
    );
    expect(ids("language")).toEqual(expect.arrayContaining(["en", "fr", "de"]));
    expect(ids("license")).toContain("license:apache-2.0");
    expect(ids("dataset")).toContain("dataset:wikipedia");
    expect(catalogue.pipeline_tag).toContainEqual({
      id: "text-classification",
      label: "Text Classification",
      type: "pipeline_tag",
      subType: "nlp",
    });
    expect(ids("region")).toContain("region:us");
  });

  it("lists dataset tags by type, each id prefixed by its type", async () => {
    const catalogue = (await (await call(hub.url, "/api/datasets-tags-by-type")).json()) as TagsByType;
    const required = ["task_categories", "task_ids", "language", "multilinguality", "size_categories"];
    expect(Object.keys(catalogue)).toEqual(
      expect.arrayContaining([...required, "language_creators", "benchmark", "license"]),
    );
    expectCatalogueShape(catalogue);
    for (const [type, entries] of Object.entries(catalogue)) {
      for (const entry of entries) expect(entry.id.startsWith(`${type}:`)).toBe(true);
    }
    expect(catalogue.task_categories.map((entry) => entry.id)).toContain("task_categories:text-classification");
    expect(catalogue.size_categories.map((entry) => entry.id)).toContain("size_categories:100K<n<1M");
  });

  it("lists metrics in the legacy shape, key always empty", async () => {
    const res = await call(hub.url, "/api/metrics");
    expect(res.status).toBe(200);
    const metrics = (await res.json()) as Record<string, unknown>[];
    expect(metrics.map((metric) => metric.id)).toEqual(expect.arrayContaining(["accuracy", "f1", "bleu", "rouge"]));
    for (const metric of metrics) {
      expect(metric).toMatchObject({ id: expect.any(String), spaceId: expect.any(String), key: "" });
      expect(typeof metric.description).toBe("string");
      if ("citation" in metric) expect(typeof metric.citation).toBe("string");
    }
  });
});
