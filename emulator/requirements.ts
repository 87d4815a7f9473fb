/**
 * A `requirements.txt` read the way pip reads it, to tell a Space build which lines are PEP 508 requirements and
 * which one pip would refuse. Accepted besides requirements: blank lines, comments, option lines (`-r file`,
 * `--index-url ...`, `-e ...`), URLs and local paths, and per-requirement options such as `--hash=...`.
 */

export interface Requirement {
  /** 1-based line in the file (the first line of a continued one). */
  line: number;
  text: string;
  /** The distribution name; undefined for URL, path and option lines. */
  name?: string;
}

export interface RequirementsCheck {
  requirements: Requirement[];
  /** The first line pip would refuse, if any. */
  invalid?: Requirement;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const PEP440 =
  /^v?(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?(?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;
const MARKER_VARIABLES = new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_release",
  "platform_system",
  "platform_version",
  "platform_machine",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  // Deprecated spellings pip still accepts.
  "os.name",
  "sys.platform",
  "platform.version",
  "platform.machine",
  "platform.python_implementation",
  "python_implementation",
]);

export function checkRequirements(text: string): RequirementsCheck {
  const requirements: Requirement[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let logical = lines[i];
    while (logical.endsWith("\\") && i + 1 < lines.length) logical = logical.slice(0, -1) + lines[++i];
    // pip drops `#` comments that start a line or follow whitespace.
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    const requirement: Requirement = { line: start + 1, text: content };
    if (/^--?[A-Za-z]/.test(content) || isUrlOrPath(content)) {
      requirements.push(requirement);
      continue;
    }
    const name = parseRequirement(stripRequirementOptions(content));
    if (name === undefined) return { requirements, invalid: requirement };
    requirements.push({ ...requirement, name });
  }
  return { requirements };
}

function isUrlOrPath(text: string): boolean {
  return (
    /^(?:[a-z][a-z0-9+.-]*\+)?[a-z][a-z0-9+.-]*:\/\//i.test(text) ||
    /^(?:\.{1,2}\/|\/|~\/)/.test(text) ||
    /^\S+\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(text)
  );
}

/** `pkg==1 --hash=sha256:...`: pip takes `--hash`, `--config-settings` and the like after a requirement. */
function stripRequirementOptions(text: string): string {
  return text.replace(/(?:\s+--[a-z][a-z-]*(?:[=\s]\S+)?)+$/i, "").trim();
}

/** The distribution name when `text` is a valid PEP 508 requirement, else undefined. */
export function parseRequirement(text: string): string | undefined {
  const name = NAME.exec(text)?.[0];
  if (!name) return undefined;
  let rest = text.slice(name.length).trimStart();
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return undefined;
    const extras = rest.slice(1, close).trim();
    if (extras !== "" && !extras.split(",").every((extra) => NAME.exec(extra.trim())?.[0] === extra.trim())) {
      return undefined;
    }
    rest = rest.slice(close + 1).trimStart();
  }
  let marker: string | undefined;
  if (rest.startsWith("@")) {
    // `name @ url ; marker`: the marker needs whitespace before its `;`.
    const match = /^@\s*(\S+)(?:\s+;\s*(.*))?$/.exec(rest);
    if (!match || !/^[a-z][a-z0-9+.-]*:\/\/\S+/i.test(match[1]) || match[1].endsWith(";")) return undefined;
    marker = match[2];
  } else {
    const semicolon = rest.indexOf(";");
    const specifiers = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim();
    marker = semicolon >= 0 ? rest.slice(semicolon + 1) : undefined;
    if (!validSpecifiers(specifiers)) return undefined;
  }
  if (marker !== undefined && !validMarker(marker)) return undefined;
  return name;
}

function validSpecifiers(text: string): boolean {
  let inner = text;
  if (inner.startsWith("(")) {
    if (!inner.endsWith(")")) return false;
    inner = inner.slice(1, -1).trim();
  }
  if (inner === "") return true;
  return inner.split(",").every((part) => {
    const match = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*(\S+)\s*$/.exec(part);
    if (!match) return false;
    const [, op, version] = match;
    if (op === "===") return true;
    if ((op === "==" || op === "!=") && version.endsWith(".*")) return PEP440.test(version.slice(0, -2));
    if (op === "~=" && !/^v?(?:\d+!)?\d+\.\d+/.test(version)) return false;
    return PEP440.test(version);
  });
}

/** PEP 508 environment markers: `var op var` joined by `and`/`or`, with parentheses. */
function validMarker(text: string): boolean {
  const tokens = text.match(/\s*(?:'[^']*'|"[^"]*"|\(|\)|===|~=|==|!=|<=|>=|<|>|[A-Za-z_.][A-Za-z0-9_.]*|\S)/g);
  if (!tokens || tokens.join("").trim() !== text.trim()) return false;
  const list = tokens.map((token) => token.trim());
  let i = 0;
  const peek = (): string | undefined => list[i];
  const isValue = (token: string | undefined): boolean =>
    token !== undefined && (/^(['"]).*\1$/.test(token) || MARKER_VARIABLES.has(token));
  const comparison = (): boolean => {
    if (peek() === "(") {
      i += 1;
      if (!or() || peek() !== ")") return false;
      i += 1;
      return true;
    }
    if (!isValue(peek())) return false;
    i += 1;
    const op = peek();
    if (op === "not") {
      i += 1;
      if (peek() !== "in") return false;
    } else if (!["===", "~=", "==", "!=", "<=", ">=", "<", ">", "in"].includes(op ?? "")) return false;
    i += 1;
    if (!isValue(peek())) return false;
    i += 1;
    return true;
  };
  const and = (): boolean => {
    if (!comparison()) return false;
    while (peek() === "and") {
      i += 1;
      if (!comparison()) return false;
    }
    return true;
  };
  function or(): boolean {
    if (!and()) return false;
    while (peek() === "or") {
      i += 1;
      if (!and()) return false;
    }
    return true;
  }
  return or() && i === list.length;
}
