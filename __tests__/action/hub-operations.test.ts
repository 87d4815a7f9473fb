import { type RunningEmulator, startEmulator } from "../../emulator";
import { errorLine, runInProcess } from "../support/run-in-process";
import {
  ALICE,
  clearRequestLog,
  commitFilesDirectly,
  createRepoDirectly,
  getJson,
  listCommits,
  requestLog,
} from "../support/hub-state";

let hub: RunningEmulator;

beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
  await createRepoDirectly(hub.url, "ops");
  await commitFilesDirectly(hub.url, "models/alice/ops", {
    "README.md": "# ops",
    "weights/a.txt": "a",
    "weights/deep/b.txt": "b",
  });
});
afterAll(() => hub.close());

const act = (operation: string, inputs: Record<string, string> = {}) =>
  runInProcess({ operation, token: ALICE, endpoint: hub.url, ...inputs });

describe("repo operations", () => {
  it("whoami names the token's user, orgs and role", async () => {
    const run = await act("whoami");
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ name: "alice", role: "write" });
    expect(JSON.parse(run.outputs.orgs)).toEqual(["acme"]);
  });

  it("repo-info gives the info, head and visibility, also as a JSON file", async () => {
    const run = await act("repo-info", { repo_id: "alice/ops" });
    expect(run.exitCode).toBe(0);
    const [head] = await listCommits(hub.url, "models/alice/ops");
    expect(run.outputs).toMatchObject({ sha: head.id, private: "false", url: `${hub.url}/alice/ops` });
    expect(JSON.parse(run.outputs.info)).toMatchObject({ id: "alice/ops", sha: head.id });
    expect(run.outputs.json_file).toMatch(/repo-info\.json$/);
    expect(JSON.parse(run.jsonFile ?? "")).toMatchObject({ id: "alice/ops" });
  });

  it("a bare repo name resolves to the token's user", async () => {
    const run = await act("repo-info", { repo_id: "ops" });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("No namespace given: using the token's user, alice");
    expect(JSON.parse(run.outputs.info)).toMatchObject({ id: "alice/ops" });
  });

  it("list-files lists a folder recursively or not", async () => {
    const deep = await act("list-files", { repo_id: "alice/ops", path_in_repo: "weights" });
    expect(
      JSON.parse(deep.outputs.files)
        .map((file: { path: string }) => file.path)
        .sort(),
    ).toEqual(["weights/a.txt", "weights/deep/b.txt"]);
    const flat = await act("list-files", { repo_id: "alice/ops", path_in_repo: "weights", recursive: "false" });
    expect(JSON.parse(flat.outputs.files).map((file: { path: string }) => file.path)).toEqual(["weights/a.txt"]);
  });

  it("create-branch and delete-branch, with exist_ok and missing_ok", async () => {
    const created = await act("create-branch", { repo_id: "alice/ops", branch: "dev" });
    expect(created.outputs).toMatchObject({ url: `${hub.url}/alice/ops/tree/dev`, created: "true" });
    const again = await act("create-branch", { repo_id: "alice/ops", branch: "dev" });
    expect(again.outputs.created).toBe("false");
    const strict = await act("create-branch", { repo_id: "alice/ops", branch: "dev", exist_ok: "false" });
    expect(errorLine(strict)).toMatch(/409/);
    expect((await act("delete-branch", { repo_id: "alice/ops", branch: "dev" })).outputs.deleted).toBe("true");
    expect(
      (await act("delete-branch", { repo_id: "alice/ops", branch: "dev", missing_ok: "true" })).outputs.deleted,
    ).toBe("false");
  });

  it("create-tag tags the revision, delete-tag removes it", async () => {
    const [head] = await listCommits(hub.url, "models/alice/ops");
    const run = await act("create-tag", { repo_id: "alice/ops", tag: "v1.0.0", tag_message: "first release" });
    expect(run.outputs.url).toBe(`${hub.url}/alice/ops/tree/v1.0.0`);
    const tagged = await getJson<{ sha: string }>(`${hub.url}/api/models/alice/ops/revision/v1.0.0`);
    expect(tagged.body.sha).toBe(head.id);
    expect((await act("delete-tag", { repo_id: "alice/ops", tag: "v1.0.0" })).outputs.deleted).toBe("true");
    expect((await getJson(`${hub.url}/api/models/alice/ops/revision/v1.0.0`)).status).toBe(404);
  });

  it("move-repo renames, and the old id redirects", async () => {
    await createRepoDirectly(hub.url, "old-name");
    const run = await act("move-repo", { repo_id: "alice/old-name", to_repo_id: "acme/new-name" });
    expect(run.outputs).toEqual({ url: `${hub.url}/acme/new-name`, repo_id: "acme/new-name" });
    expect((await getJson<{ id: string }>(`${hub.url}/api/models/acme/new-name`)).body.id).toBe("acme/new-name");
    const old = await fetch(`${hub.url}/api/models/alice/old-name`, {
      headers: { Authorization: `Bearer ${ALICE}` },
      redirect: "manual",
    });
    expect(old.status).toBe(307);
    const viaOldId = await act("repo-info", { repo_id: "alice/old-name" });
    expect(JSON.parse(viaOldId.outputs.info)).toMatchObject({ id: "acme/new-name" });
  });

  it("delete-repo deletes, and with missing_ok accepts a missing repo", async () => {
    await createRepoDirectly(hub.url, "doomed");
    expect((await act("delete-repo", { repo_id: "alice/doomed" })).outputs.deleted).toBe("true");
    expect((await getJson(`${hub.url}/api/models/alice/doomed`)).status).toBe(404);
    expect(errorLine(await act("delete-repo", { repo_id: "alice/doomed" }))).toMatch(/404.*RepoNotFound/);
    expect((await act("delete-repo", { repo_id: "alice/doomed", missing_ok: "true" })).outputs.deleted).toBe("false");
  });

  it("list-repos finds repos by author and search, up to limit", async () => {
    for (const name of ["find-me-1", "find-me-2", "find-me-3"]) await createRepoDirectly(hub.url, name);
    const run = await act("list-repos", { author: "alice", search: "find-me", limit: "2" });
    expect(run.exitCode).toBe(0);
    const repos = JSON.parse(run.outputs.repos) as Array<{ id: string }>;
    expect(repos).toHaveLength(2);
    expect(repos.every((repo) => repo.id.startsWith("alice/find-me"))).toBe(true);
    expect(JSON.parse(run.jsonFile ?? "")).toEqual(repos);
  });

  it("list-repos maps ModelFilter fields to the Hub's tag filters", async () => {
    await commitCard(
      "tagged-fr",
      "library_name: pytorch\nlanguage:\n- fr\npipeline_tag: text-classification\ndatasets:\n- imdb",
    );
    await commitCard("tagged-en", "library_name: pytorch\nlanguage:\n- en");
    const run = await act("list-repos", {
      author: "alice",
      library: "pytorch",
      language: "fr",
      trained_dataset: "imdb",
    });
    expect(JSON.parse(run.outputs.repos).map((repo: { id: string }) => repo.id)).toEqual(["alice/tagged-fr"]);
  });

  it("list-repos maps DatasetFilter fields, prefixed by type", async () => {
    await createRepoDirectly(hub.url, "reviews", { type: "dataset" });
    await commitFilesDirectly(hub.url, "datasets/alice/reviews", {
      "README.md": "---\ntask_categories:\n- text-classification\nlanguage:\n- en\n---\n",
    });
    const run = await act("list-repos", {
      repo_type: "dataset",
      task_categories: "text-classification",
      languages: "en",
    });
    expect(JSON.parse(run.outputs.repos).map((repo: { id: string }) => repo.id)).toEqual(["alice/reviews"]);
  });

  it("list-repos follows Link pages up to limit", async () => {
    for (let i = 0; i < 1003; i++) await createRepoDirectly(hub.url, `page-${String(i).padStart(4, "0")}`);
    await clearRequestLog(hub.url);
    const run = await act("list-repos", { author: "alice", search: "page-", limit: "1002" });
    expect(JSON.parse(run.jsonFile ?? "[]")).toHaveLength(1002);
    const log = await requestLog(hub.url);
    expect(log.filter((entry) => entry.path === "/api/models")).toHaveLength(2);
  });

  it("list-repos keeps the models whose card declares emissions within emissions_thresholds", async () => {
    await commitCard("green-small", "co2_eq_emissions: 12.5");
    await commitCard("green-dict", "co2_eq_emissions:\n  emissions: 80\n  source: codecarbon");
    await commitCard("green-big", "co2_eq_emissions: 900");
    await commitCard("green-zero", "co2_eq_emissions: 0");
    await commitCard("green-none", "license: mit");
    const run = await act("list-repos", { author: "alice", search: "green-", emissions_thresholds: "0, 100" });
    expect(run.exitCode).toBe(0);
    const ids = JSON.parse(run.outputs.repos).map((repo: { id: string }) => repo.id);
    expect(ids.sort()).toEqual(["alice/green-dict", "alice/green-small"]);
  });

  it.each([
    [{ emissions_thresholds: "100" }, 'Input "emissions_thresholds": "100" is not a range'],
    [{ emissions_thresholds: "100,10" }, 'Input "emissions_thresholds": "100,10" is not a range'],
    [{ emissions_thresholds: "0,10", repo_type: "dataset" }, "only applies to models"],
  ])("list-repos refuses emissions_thresholds %j", async (inputs, message) => {
    const run = await act("list-repos", inputs);
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toContain(message);
  });

  it("list-repos with fetch_config gives each model's config", async () => {
    await createRepoDirectly(hub.url, "configured");
    await commitFilesDirectly(hub.url, "models/alice/configured", {
      "config.json": '{"model_type": "bert", "architectures": ["BertModel"]}',
    });
    const run = await act("list-repos", { author: "alice", search: "configured", fetch_config: "true" });
    expect(JSON.parse(run.outputs.repos)[0].config).toMatchObject({ model_type: "bert" });
  });

  it("repo-info with security_status gives the Hub's scan status", async () => {
    const run = await act("repo-info", { repo_id: "alice/ops", security_status: "true" });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.info).securityRepoStatus).toEqual({ scansDone: true, filesWithIssues: [] });
    const plain = await act("repo-info", { repo_id: "alice/ops" });
    expect(JSON.parse(plain.outputs.info).securityRepoStatus).toBeUndefined();
  });

  it("list-tags and list-metrics return the Hub's catalogues", async () => {
    const tags = await act("list-tags", { repo_type: "dataset" });
    expect(JSON.parse(tags.outputs.tags).task_categories[0]).toMatchObject({ type: "task_categories" });
    const metrics = await act("list-metrics");
    expect(JSON.parse(metrics.outputs.metrics).map((metric: { id: string }) => metric.id)).toContain("accuracy");
  });
});

async function commitCard(name: string, frontMatter: string): Promise<void> {
  await createRepoDirectly(hub.url, name);
  await commitFilesDirectly(hub.url, `models/alice/${name}`, { "README.md": `---\n${frontMatter}\n---\n# ${name}\n` });
}
