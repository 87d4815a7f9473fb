/** The `tags` the Hub derives from a repo card, per repo type; `GET /api/{type}s?filter=` matches on them. */
import type { CardData } from "./card";
import type { RepoType } from "./paths";

/** Card fields a dataset's tags carry as `<field>:<value>`, in the order the Hub lists them. */
const DATASET_TAG_FIELDS = [
  "task_categories",
  "task_ids",
  "annotations_creators",
  "language_creators",
  "multilinguality",
  "source_datasets",
  "size_categories",
  "benchmark",
] as const;

/** A card value as tag strings: one scalar or a list of them (YAML may have made `2023` a number). */
function values(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item) => typeof item === "string" || typeof item === "number" || typeof item === "boolean")
    .map((item) => String(item).trim())
    .filter((item) => item !== "");
}

const prefixed = (prefix: string) => (value: string) => (value.startsWith(`${prefix}:`) ? value : `${prefix}:${value}`);

function modelTags(card: CardData): string[] {
  return [
    ...values(card.library_name),
    ...values(card.pipeline_tag),
    ...values(card.tags),
    ...values(card.language),
    ...values(card.datasets).map(prefixed("dataset")),
    // The Hub marks models that report their emissions, and `filter=co2_eq_emissions` finds them.
    ...(card.co2_eq_emissions !== undefined && card.co2_eq_emissions !== null ? ["co2_eq_emissions"] : []),
  ];
}

function datasetTags(card: CardData): string[] {
  return [
    ...DATASET_TAG_FIELDS.flatMap((field) => values(card[field]).map(prefixed(field))),
    // Older dataset cards spell the field `languages`.
    ...[...values(card.language), ...values(card.languages)].map(prefixed("language")),
    ...values(card.tags),
  ];
}

function spaceTags(card: CardData, sdk: string | undefined): string[] {
  return [...values(card.sdk ?? sdk), ...values(card.tags)];
}

/** Tags for a repo whose README has this front matter (none: `undefined`), then the license and the region. */
export function tagsFromCard(type: RepoType, card: CardData | undefined, sdk?: string): string[] {
  const data = card ?? {};
  const byType = type === "model" ? modelTags(data) : type === "dataset" ? datasetTags(data) : spaceTags(data, sdk);
  const licenses = [...values(data.license), ...(type === "dataset" ? values(data.licenses) : [])];
  return [...new Set([...byType, ...licenses.map(prefixed("license")), "region:us"])];
}
