import type { RepoType } from "../../hub/repo-ref";

/** The Python client's ModelFilter / DatasetFilter fields, each a list of values. */
export interface FilterFields {
  library: string[];
  language: string[];
  task: string[];
  trainedDataset: string[];
  tags: string[];
  benchmark: string[];
  languageCreators: string[];
  languages: string[];
  multilinguality: string[];
  sizeCategories: string[];
  taskCategories: string[];
  taskIds: string[];
}

const withPrefix = (prefix: string) => (value: string) =>
  value.startsWith(`${prefix}:`) ? value : `${prefix}:${value}`;

/**
 * Turns filter fields into the Hub's `filter` values, as the Python client does: model fields are plain
 * tags (trained datasets as `dataset:<name>`), dataset fields are prefixed by their type.
 */
export function filterValues(type: RepoType, fields: FilterFields): string[] {
  if (type === "dataset") {
    return [
      ...fields.benchmark.map(withPrefix("benchmark")),
      ...fields.languageCreators.map(withPrefix("language_creators")),
      ...[...fields.languages, ...fields.language].map(withPrefix("language")),
      ...fields.multilinguality.map(withPrefix("multilinguality")),
      ...fields.sizeCategories.map(withPrefix("size_categories")),
      ...fields.taskCategories.map(withPrefix("task_categories")),
      ...fields.taskIds.map(withPrefix("task_ids")),
      ...fields.tags,
    ];
  }
  return [
    ...fields.library,
    ...fields.language,
    ...fields.task,
    ...fields.trainedDataset.map(withPrefix("dataset")),
    ...fields.tags,
  ];
}
