import type { RepoRef } from "../../hub/repo-ref";
import type { SpaceSetting, SpaceSettings } from "../../hub/spaces";
import { InputError } from "../errors";
import { parseInteger, parseLines } from "./values";

// What the Hub takes as a secret or variable name: it becomes an environment variable of the app.
const SETTING_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;

/** Space operations act on Spaces only. */
export function requireSpace(repo: RepoRef, operation: string): void {
  if (repo.type !== "space") {
    throw new InputError("repo_type", `${operation} works on Spaces; repo_type is ${repo.type}. Set repo_type: space.`);
  }
}

/**
 * `NAME=value` lines (a value may hold `=`). A malformed line is reported by its number and name only: the
 * value may be a secret.
 */
function parseSettingLines(input: string, raw: string): SpaceSetting[] {
  const settings: SpaceSetting[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const separator = line.indexOf("=");
    if (separator === -1) {
      throw new InputError(input, `line ${index + 1} has no "=". Write one NAME=value a line.`);
    }
    const key = line.slice(0, separator).trim();
    checkName(input, key, `line ${index + 1}`);
    settings.push({ key, value: line.slice(separator + 1) });
  });
  const seen = new Set<string>();
  for (const { key } of settings) {
    if (seen.has(key)) throw new InputError(input, `names ${key} twice. Give each name once.`);
    seen.add(key);
  }
  return settings;
}

/** The NAME=value lines to set and the names to delete, of which there must be some. */
export function parseSettingChanges<Set extends string, Delete extends string>(
  read: (name: Set | Delete) => string,
  inputs: { set: Set; delete: Delete },
): { set: SpaceSetting[]; delete: string[] } {
  const changes = {
    set: parseSettingLines(inputs.set, read(inputs.set)),
    delete: parseNames(inputs.delete, read(inputs.delete)),
  };
  if (changes.set.length + changes.delete.length === 0) {
    throw new InputError(inputs.set, `is required: NAME=value lines to set (or ${inputs.delete}, names to delete).`);
  }
  return changes;
}

/** Names, one a line, as the delete inputs take them. */
function parseNames(input: string, raw: string): string[] {
  const names = parseLines(raw);
  names.forEach((name, index) => checkName(input, name, `name ${index + 1}`));
  return names;
}

function checkName(input: string, name: string, where: string): void {
  if (!SETTING_NAME.test(name)) {
    const shown = name === "" ? "an empty name" : `"${name}"`;
    throw new InputError(
      input,
      `${where} has ${shown}: names hold letters, digits and underscores, and start with a letter.`,
    );
  }
}

/** Seconds of inactivity before the Space sleeps; -1: never. */
export function parseSleepTime(input: string, raw: string): number | undefined {
  if (raw === "") return undefined;
  if (raw.trim() === "-1") return -1;
  return parseInteger(input, raw.trim(), 0, 1, 7 * 24 * 3600);
}

export function parseWaitTimeoutMs(raw: string): number {
  if (raw !== "" && !/^\d+$/.test(raw.trim())) {
    throw new InputError("wait_timeout", `"${raw}" is not a number of seconds. Use a whole number above 0, e.g. 600.`);
  }
  return parseInteger("wait_timeout", raw.trim(), DEFAULT_WAIT_TIMEOUT_SECONDS, 1, 6 * 3600) * 1000;
}

/** The inputs that give a new Space its settings, on create-repo and duplicate-repo. */
export const SPACE_SETTINGS_INPUTS = {
  space_hardware: "spaceSettings",
  space_sleep_time: "spaceSettings",
  space_secrets: "spaceSettings",
  space_variables: "spaceSettings",
} as const;

export function parseSpaceSettings(
  read: (name: keyof typeof SPACE_SETTINGS_INPUTS) => string,
  repo: RepoRef,
): SpaceSettings {
  const given = (Object.keys(SPACE_SETTINGS_INPUTS) as Array<keyof typeof SPACE_SETTINGS_INPUTS>).find((name) =>
    read(name),
  );
  if (repo.type !== "space") {
    if (given) throw new InputError(given, `only applies to Spaces; repo_type is ${repo.type}. Remove it.`);
    return {};
  }
  const hardware = read("space_hardware") || undefined;
  const sleepTimeSeconds = parseSleepTime("space_sleep_time", read("space_sleep_time"));
  if ((hardware ?? "cpu-basic") === "cpu-basic" && sleepTimeSeconds !== undefined) {
    throw new InputError(
      "space_sleep_time",
      "cannot be set on free cpu-basic hardware (the Hub decides when those sleep). Set space_hardware to paid hardware, or remove it.",
    );
  }
  return {
    hardware,
    sleepTimeSeconds,
    secrets: parseSettingLines("space_secrets", read("space_secrets")),
    variables: parseSettingLines("space_variables", read("space_variables")),
  };
}

/** The secret values of a Space's settings, for masking. */
export const settingSecrets = (settings: SpaceSettings): string[] =>
  (settings.secrets ?? []).map((secret) => secret.value).filter((value) => value !== "");
