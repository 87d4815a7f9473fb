/** README front matter (the repo card) read into `cardData`, and the validation `POST /api/validate-yaml` answers. */
import { parseDocument } from "yaml";

export type CardData = Record<string, unknown>;

interface YamlLine {
  indent: number;
  text: string;
}

/**
 * A block-YAML subset that covers repo cards: nested maps, lists (also at the key's indentation, as
 * `huggingface_hub` writes them), lists of maps (`model-index`), inline `[a, b]`, quoted and `|`/`>` scalars.
 */
export function parseCardData(readme: string): CardData | undefined {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/.exec(readme);
  if (!match) return undefined;
  const lines = (match[1] ?? "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  if (lines.length === 0) return {};
  const [value] = parseBlock(lines, 0, lines[0].indent);
  return isMap(value) ? value : {};
}

function isMap(value: unknown): value is CardData {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const KEY_VALUE = /^("[^"]*"|'[^']*'|[^\s"'#:-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+(.*))?$/;

/** The block starting at `lines[start]` with this indentation; answers the value and the next unread line. */
function parseBlock(lines: YamlLine[], start: number, indent: number): [unknown, number] {
  return isListItem(lines[start].text) ? parseList(lines, start, indent) : parseMap(lines, start, indent);
}

function isListItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function parseList(lines: YamlLine[], start: number, indent: number): [unknown[], number] {
  const items: unknown[] = [];
  let i = start;
  while (i < lines.length && lines[i].indent === indent && isListItem(lines[i].text)) {
    const rest = lines[i].text.slice(1).trim();
    if (rest === "") {
      const nested = i + 1 < lines.length && lines[i + 1].indent > indent;
      const [value, next] = nested ? parseBlock(lines, i + 1, lines[i + 1].indent) : [null, i + 1];
      items.push(value);
      i = next;
    } else if (KEY_VALUE.test(rest) || isListItem(rest)) {
      // `- key: value` opens a map whose keys sit where `key` starts.
      const itemIndent = indent + lines[i].text.indexOf(rest);
      const rewritten = [...lines.slice(0, i), { indent: itemIndent, text: rest }, ...lines.slice(i + 1)];
      const [value, next] = parseBlock(rewritten, i, itemIndent);
      items.push(value);
      i = next;
    } else {
      items.push(scalar(rest));
      i += 1;
    }
  }
  return [items, i];
}

function parseMap(lines: YamlLine[], start: number, indent: number): [CardData, number] {
  const map: CardData = {};
  let i = start;
  while (i < lines.length && lines[i].indent === indent && !isListItem(lines[i].text)) {
    const pair = KEY_VALUE.exec(lines[i].text);
    i += 1;
    if (!pair) continue;
    const key = unquote(pair[1]);
    const rest = pair[2]?.trim() ?? "";
    if (rest === "|" || rest === ">" || /^[|>][+-]$/.test(rest)) {
      const body: string[] = [];
      while (i < lines.length && lines[i].indent > indent) body.push(lines[i++].text);
      map[key] = body.join(rest.startsWith("|") ? "\n" : " ");
    } else if (rest !== "") {
      map[key] = inlineValue(rest);
    } else if (i < lines.length && (lines[i].indent > indent || isListItem(lines[i].text))) {
      const [value, next] = parseBlock(lines, i, lines[i].indent);
      map[key] = value;
      i = next;
    } else {
      map[key] = null;
    }
    // Lines indented deeper than this map after a scalar are not ours to read.
    while (i < lines.length && lines[i].indent > indent) i += 1;
  }
  return [map, i];
}

function inlineValue(text: string): unknown {
  if (text.startsWith("[") && text.endsWith("]")) {
    const inner = text.slice(1, -1).trim();
    return inner === "" ? [] : inner.split(",").map((part) => scalar(part));
  }
  if (text === "{}") return {};
  return scalar(text);
}

function unquote(text: string): string {
  return /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function scalar(value: string): unknown {
  const quoted = /^(['"])(.*)\1\s*(?:#.*)?$/.exec(value.trim());
  if (quoted) return quoted[2];
  // An unquoted ` # ` starts a comment.
  const text = value.replace(/\s+#.*$/, "").trim();
  if (text === "true" || text === "false") return text === "true";
  if (text === "null" || text === "~" || text === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

export interface CardProblem {
  message: string;
}

export interface CardValidation {
  errors: CardProblem[];
  warnings: CardProblem[];
}

/** One problem of a front matter: what is wrong and on which line of the README. */
export interface FrontMatterError {
  reason: string;
  /** 1-based line in the README (the opening `---` is line 1). */
  line: number;
}

/**
 * Syntax problems of a closed front matter block, read with a real YAML parser: invalid YAML, duplicate keys, or
 * metadata that is not a mapping. Empty when there is no front matter or it is fine.
 */
export function frontMatterErrors(readme: string): FrontMatterError[] {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/.exec(readme);
  if (!match) return [];
  const text = match[1] ?? "";
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      reason: error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim(),
      line: (error.linePos?.[0].line ?? 1) + 1,
    }));
  }
  if (doc.contents !== null && !isMap(doc.toJS())) {
    return [{ reason: "The metadata must be a YAML mapping of keys to values", line: 2 }];
  }
  return [];
}

/** The text the Hub answers for a card it refuses (validate-yaml with `Accept: text/plain`, and commits). */
export function invalidMetadataText(errors: FrontMatterError[]): string {
  return ["Invalid metadata in README.md.", ...errors.map((e) => `- "${e.reason}" line ${e.line}`)].join("\n");
}

/** What `POST /api/validate-yaml` answers: the Python client warns on warnings and fails on errors. */
export function validateCard(readme: string): CardValidation & { frontMatter: FrontMatterError[] } {
  if (!/^---\r?\n/.test(readme)) {
    const message =
      "empty or missing yaml metadata in repo card (https://huggingface.co/docs/hub/model-cards#model-card-metadata)";
    return { errors: [], warnings: [{ message }], frontMatter: [] };
  }
  if (!parseCardData(readme)) {
    const problem = { reason: "Invalid YAML metadata: missing the closing '---'", line: 1 };
    return { errors: [{ message: problem.reason }], warnings: [], frontMatter: [problem] };
  }
  const frontMatter = frontMatterErrors(readme);
  return {
    errors: frontMatter.map((e) => ({ message: `${e.reason} (line ${e.line})` })),
    warnings: [],
    frontMatter,
  };
}
