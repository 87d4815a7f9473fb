/** README front matter (the repo card) read into `cardData` and the tags the Hub derives from it. */

export type CardData = Record<string, unknown>;

/** A small YAML subset: `key: value`, `key: [a, b]` and `key:` followed by `- item` lines. */
export function parseCardData(readme: string): CardData | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(readme);
  if (!match) return undefined;
  const data: CardData = {};
  let listKey: string | undefined;
  for (const rawLine of match[1].split(/\r?\n/)) {
    if (rawLine.trim() === "" || rawLine.trim().startsWith("#")) continue;
    const item = /^\s*-\s+(.*)$/.exec(rawLine);
    if (item && listKey) {
      (data[listKey] as unknown[]).push(scalar(item[1]));
      continue;
    }
    const pair = /^([A-Za-z0-9_-]+):\s*(.*)$/.exec(rawLine);
    if (!pair) {
      listKey = undefined;
      continue;
    }
    const [, key, value] = pair;
    if (value === "") {
      data[key] = [];
      listKey = key;
    } else {
      listKey = undefined;
      data[key] = value.startsWith("[") && value.endsWith("]") ? inlineList(value) : scalar(value);
    }
  }
  return data;
}

export interface CardValidation {
  errors: { message: string }[];
  warnings: { message: string }[];
}

/** What `POST /api/validate-yaml` answers: the Python client warns on warnings and fails on errors. */
export function validateCard(readme: string): CardValidation {
  if (!/^---\r?\n/.test(readme)) {
    const message =
      "empty or missing yaml metadata in repo card (https://huggingface.co/docs/hub/model-cards#model-card-metadata)";
    return { errors: [], warnings: [{ message }] };
  }
  if (!parseCardData(readme))
    return { errors: [{ message: "Invalid YAML metadata: missing the closing '---'" }], warnings: [] };
  return { errors: [], warnings: [] };
}

function inlineList(value: string): unknown[] {
  const inner = value.slice(1, -1).trim();
  return inner === "" ? [] : inner.split(",").map((part) => scalar(part.trim()));
}

function scalar(value: string): unknown {
  const text = value.trim();
  if (/^(['"]).*\1$/.test(text)) return text.slice(1, -1);
  if (text === "true" || text === "false") return text === "true";
  if (text === "null" || text === "~") return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Card tags, then library, pipeline, languages and license as the Hub adds them, then the region. */
export function tagsFromCard(card: CardData | undefined): string[] {
  const tags = [
    ...strings(card?.tags),
    ...strings(card?.library_name),
    ...strings(card?.pipeline_tag),
    ...strings(card?.language),
    ...strings(card?.license).map((license) => `license:${license}`),
    "region:us",
  ];
  return [...new Set(tags)];
}
