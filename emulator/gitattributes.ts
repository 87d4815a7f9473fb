/** The Hub's default `.gitattributes` files and a matcher for their `filter=lfs` patterns. */
import type { RepoType } from "./paths";

const LFS_ATTRS = "filter=lfs diff=lfs merge=lfs -text";

const MODEL_PATTERNS = [
  "*.7z", "*.arrow", "*.bin", "*.bz2", "*.ckpt", "*.ftz", "*.gz", "*.h5", "*.joblib", "*.lfs.*", "*.mlmodel",
  "*.model", "*.msgpack", "*.npy", "*.npz", "*.onnx", "*.ot", "*.parquet", "*.pb", "*.pickle", "*.pkl", "*.pt",
  "*.pth", "*.rar", "*.safetensors", "saved_model/**/*", "*.tar.*", "*.tar", "*.tflite", "*.tgz", "*.wasm", "*.xz",
  "*.zip", "*.zst", "*tfevents*",
]; // prettier-ignore

// Datasets also track *.lz4 and *.mds, then media files under comment headers (JSONL stays regular).
const DATASET_EXTRA_SECTIONS: [string, string[]][] = [
  ["# Audio files - uncompressed", ["*.pcm", "*.sam", "*.raw"]],
  ["# Audio files - compressed", ["*.aac", "*.flac", "*.mp3", "*.ogg", "*.wav"]],
  ["# Image files - uncompressed", ["*.bmp", "*.gif", "*.png", "*.tiff"]],
  ["# Image files - compressed", ["*.jpg", "*.jpeg", "*.webp"]],
  ["# Video files - compressed", ["*.mp4", "*.webm"]],
];

function lfsLines(patterns: string[]): string[] {
  return patterns.map((pattern) => `${pattern} ${LFS_ATTRS}`);
}

export function defaultGitattributes(type: RepoType): string {
  if (type !== "dataset") return lfsLines(MODEL_PATTERNS).join("\n") + "\n";
  const base = [...MODEL_PATTERNS];
  base.splice(base.indexOf("*.lfs.*") + 1, 0, "*.lz4", "*.mds");
  const lines = lfsLines(base);
  for (const [comment, patterns] of DATASET_EXTRA_SECTIONS) lines.push(comment, ...lfsLines(patterns));
  return lines.join("\n") + "\n";
}

interface Rule {
  regex: RegExp;
  /** Matched against the basename only (pattern without a slash). */
  basenameOnly: boolean;
  /** true: filter=lfs; false: the filter is unset or set to something else. */
  lfs: boolean;
}

export interface LfsMatcher {
  isLfs(path: string): boolean;
}

/** Git semantics: for each path the last matching line decides the `filter` attribute. */
export function parseGitattributes(text: string): LfsMatcher {
  const rules: Rule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [pattern, ...attrs] = splitLine(line);
    const filterAttr = attrs.find((a) => /^[-!]?filter(=|$)/.test(a));
    if (!pattern || !filterAttr) continue;
    rules.push({ ...compileGlob(pattern), lfs: filterAttr === "filter=lfs" });
  }
  return {
    isLfs(path: string): boolean {
      const basename = path.slice(path.lastIndexOf("/") + 1);
      let lfs = false;
      for (const rule of rules) if (rule.regex.test(rule.basenameOnly ? basename : path)) lfs = rule.lfs;
      return lfs;
    },
  };
}

/** A pattern may be double-quoted (with C escapes); otherwise the line splits on whitespace. */
function splitLine(line: string): string[] {
  if (!line.startsWith('"')) return line.split(/\s+/);
  const end = line.indexOf('"', 1);
  if (end < 0) return line.split(/\s+/);
  const pattern = line.slice(1, end).replace(/\\(.)/g, "$1");
  return [
    pattern,
    ...line
      .slice(end + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean),
  ];
}

const POSIX_CLASSES: Record<string, string> = {
  space: "\\s",
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "A-Za-z0-9",
  upper: "A-Z",
  lower: "a-z",
  punct: "!-\\/:-@\\[-`{-~",
  xdigit: "0-9A-Fa-f",
};

export function compileGlob(rawPattern: string): { regex: RegExp; basenameOnly: boolean } {
  let pattern = rawPattern;
  const basenameOnly = !pattern.replace(/\/$/, "").includes("/");
  if (pattern.startsWith("/")) pattern = pattern.slice(1);
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (pattern.startsWith("**/", i) && (i === 0 || pattern[i - 1] === "/")) {
      re += "(?:.*/)?";
      i += 2;
    } else if (pattern.startsWith("/**", i) && i + 3 === pattern.length) {
      re += "/.*";
      i += 2;
    } else if (pattern.startsWith("**", i)) {
      re += ".*";
      i += 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\" && i + 1 < pattern.length) re += escapeRegex(pattern[++i]);
    else if (c === "[") {
      const parsed = parseBracket(pattern, i);
      if (parsed) {
        re += parsed.regex;
        i = parsed.end;
      } else re += "\\[";
    } else re += escapeRegex(c);
  }
  return { regex: new RegExp(`^${re}$`), basenameOnly };
}

function parseBracket(pattern: string, start: number): { regex: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === "!" || pattern[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "]" && !first) return { regex: `[${negate ? "^" : ""}${body}]`, end: i };
    first = false;
    const posix = /^\[:([a-z]+):\]/.exec(pattern.slice(i));
    if (posix && POSIX_CLASSES[posix[1]]) {
      body += POSIX_CLASSES[posix[1]];
      i += posix[0].length - 1;
    } else if (c === "\\" && i + 1 < pattern.length) body += escapeRegex(pattern[++i]);
    else body += c === "-" ? "-" : escapeRegex(c);
  }
  return null;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The line the Hub appends when an LFS file is committed at a path no pattern tracks yet. */
export function gitattributesLineFor(path: string): string {
  const escaped = path
    .replace(/[\\*?[]/g, "\\$&")
    .replace(/^([#!])/, "\\$1")
    .replace(/ /g, "[[:space:]]");
  return `${escaped} ${LFS_ATTRS}`;
}
