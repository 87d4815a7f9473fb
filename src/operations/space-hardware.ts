import type { RepoRef } from "../hub/repo-ref";
import { requestSpaceHardware, setSpaceSleepTime, spaceHardwareFlavors, spaceRuntime } from "../hub/spaces";
import { repoWebUrl } from "../hub/urls";
import { InputError, OptionError } from "./errors";
import { REPO_INPUTS, parseRepo } from "./inputs/repo";
import { parseSleepTime, requireSpace } from "./inputs/space";
import { defineOperation } from "./operation";

// Free Spaces sleep on the Hub's schedule: their sleep time cannot be set.
const FREE_HARDWARE = "cpu-basic";
const FREE_SLEEP_MESSAGE =
  "cannot be set on free cpu-basic hardware (the Hub decides when those sleep). Request paid hardware with it, or remove it.";

export interface SpaceHardwareOptions {
  repo: RepoRef;
  hardware?: string;
  /** Seconds of inactivity before the Space sleeps; -1: never. */
  sleepTime?: number;
}

/** Requests a hardware flavor (checked against the Hub's list first) and sets the sleep time. */
export const spaceHardware = defineOperation({
  name: "space-hardware",
  inputs: { ...REPO_INPUTS, hardware: "hardware", sleep_time: "sleepTime" },
  outputs: ["stage", "hardware"],
  parse: (read): SpaceHardwareOptions => {
    const repo = parseRepo(read);
    requireSpace(repo, "space-hardware");
    const options = {
      repo,
      hardware: read("hardware") || undefined,
      sleepTime: parseSleepTime("sleep_time", read("sleep_time")),
    };
    if (options.hardware === FREE_HARDWARE && options.sleepTime !== undefined) {
      throw new InputError("sleep_time", FREE_SLEEP_MESSAGE);
    }
    if (!options.hardware && options.sleepTime === undefined) {
      throw new InputError("hardware", "is required: a flavor such as cpu-upgrade or t4-small (or sleep_time alone).");
    }
    return options;
  },
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const { connection } = context;
    if (options.hardware) {
      const flavors = await spaceHardwareFlavors(connection);
      if (!flavors.includes(options.hardware)) {
        throw new OptionError(
          "hardware",
          `"${options.hardware}" is not a flavor the Hub offers. Use one of ${flavors.join(", ")}.`,
        );
      }
    }
    const { hardware: now } = options.hardware ? { hardware: undefined } : await spaceRuntime(connection, options.repo);
    if (now && (now.requested ?? now.current) === FREE_HARDWARE) {
      throw new OptionError("sleepTime", FREE_SLEEP_MESSAGE);
    }
    const runtime = options.hardware
      ? await requestSpaceHardware(connection, options.repo, options.hardware, options.sleepTime)
      : await setSpaceSleepTime(connection, options.repo, options.sleepTime!);
    const hardware = runtime.hardware.requested ?? runtime.hardware.current ?? "";
    const sleep =
      options.sleepTime === undefined
        ? ""
        : options.sleepTime === -1
          ? ", never sleeps"
          : `, sleeps after ${options.sleepTime} s`;
    const headline = `Space hardware: ${hardware}${sleep}; stage ${runtime.stage}`;
    context.reporter.info(headline);
    return {
      outputs: { stage: runtime.stage, hardware },
      headline,
      links: [{ label: "Space", url: repoWebUrl(connection.endpoint, options.repo) }],
    };
  },
});
