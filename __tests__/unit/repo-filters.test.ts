import { type FilterFields, filterValues } from "../../src/operations/inputs/repo-filters";

const none: FilterFields = {
  library: [],
  language: [],
  task: [],
  trainedDataset: [],
  tags: [],
  benchmark: [],
  languageCreators: [],
  languages: [],
  multilinguality: [],
  sizeCategories: [],
  taskCategories: [],
  taskIds: [],
};

describe("filterValues", () => {
  it("passes model fields as plain tags, trained datasets as dataset:<name>", () => {
    const fields = {
      ...none,
      library: ["pytorch"],
      language: ["fr"],
      task: ["text-classification"],
      trainedDataset: ["imdb", "dataset:glue"],
      tags: ["custom"],
    };
    expect(filterValues("model", fields)).toEqual([
      "pytorch",
      "fr",
      "text-classification",
      "dataset:imdb",
      "dataset:glue",
      "custom",
    ]);
  });

  it("prefixes dataset fields by their type, languages as language:", () => {
    const fields = {
      ...none,
      benchmark: ["raft"],
      languageCreators: ["crowdsourced"],
      languages: ["en"],
      multilinguality: ["multilingual"],
      sizeCategories: ["100K<n<1M"],
      taskCategories: ["text-classification"],
      taskIds: ["task_ids:paraphrase"],
    };
    expect(filterValues("dataset", fields)).toEqual([
      "benchmark:raft",
      "language_creators:crowdsourced",
      "language:en",
      "multilinguality:multilingual",
      "size_categories:100K<n<1M",
      "task_categories:text-classification",
      "task_ids:paraphrase",
    ]);
  });
});
