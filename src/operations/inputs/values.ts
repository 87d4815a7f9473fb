import { InputError } from "../errors";

/** Reads one input by name; returns "" when it is unset. */
export type InputReader<Name extends string = string> = (name: Name) => string;

const TRUE_WORDS = ["true", "True", "TRUE"];
const FALSE_WORDS = ["false", "False", "FALSE"];

/** Booleans as the Actions toolkit spells them (YAML 1.2 core schema); anything else is an error. */
export function parseBoolean(name: string, raw: string, fallback?: boolean): boolean | undefined {
  if (raw === "") return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new InputError(name, `"${raw}" is not a boolean. Use true or false.`);
}

export function requireBoolean(name: string, raw: string): boolean {
  const value = parseBoolean(name, raw);
  if (value === undefined) throw new InputError(name, "is required. Use true or false.");
  return value;
}

export function parseInteger(name: string, raw: string, fallback: number, min: number, max: number): number {
  if (raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new InputError(name, `"${raw}" is not a whole number. Use one from ${min} to ${max}.`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new InputError(name, `${value} is out of range. Use one from ${min} to ${max}.`);
  return value;
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback?: T): T {
  if (raw === "" && fallback !== undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  const shown = raw === "" ? "it is empty" : `"${raw}" is not one of them`;
  throw new InputError(name, `must be one of ${choices.join(", ")}; ${shown}.`);
}

export function requireText(name: string, raw: string, what: string): string {
  if (raw === "") throw new InputError(name, `is required: ${what}.`);
  return raw;
}

/** A newline-separated list, one entry a line; blank lines are dropped. */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
