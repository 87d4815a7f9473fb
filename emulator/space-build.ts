/**
 * What a Space build does with a commit: read the README front matter (`sdk`, `app_file`), find the app file, and
 * for the Python SDKs check `requirements.txt` line by line as pip would. The result is a plan the runtime plays out
 * over time: a config error or a missing app file at once, else build log lines and maybe a build error.
 */
import { parse } from "yaml";
import { frontMatterErrors } from "./card";
import type { Commit } from "./repos";
import { checkRequirements } from "./requirements";

export const SPACE_SDKS = ["gradio", "docker", "static", "streamlit"] as const;
export type SpaceSdk = (typeof SPACE_SDKS)[number];

export type BuildPlan =
  | { kind: "config-error"; message: string }
  | { kind: "no-app-file"; appFile: string }
  | {
      kind: "build";
      sdk: SpaceSdk;
      /** Build log lines, in order, the first one at once and the rest while the build runs. */
      lines: string[];
      /** Set when the build fails: the log lines that say why, and the runtime's `errorMessage`. */
      error?: { lines: string[]; message: string };
      /** Run log lines once the app is up. */
      runLines: string[];
    };

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

function textOf(commit: Commit, path: string): string | undefined {
  const entry = commit.files.get(path);
  return entry?.kind === "regular" ? entry.content.toString("utf8") : undefined;
}

interface SpaceConfig {
  sdk: SpaceSdk;
  appFile: string;
}

/** The README's Space configuration, or the text of the configuration error the Hub shows. */
export function readSpaceConfig(commit: Commit): SpaceConfig | string {
  const readme = textOf(commit, "README.md");
  const match = readme === undefined ? null : FRONT_MATTER.exec(readme);
  if (readme === undefined || !match) {
    return "Missing configuration in README: README.md must start with a YAML block (between '---' lines) that sets at least `sdk`";
  }
  const [problem] = frontMatterErrors(readme);
  if (problem) return `Invalid YAML metadata in README.md: ${problem.reason} (line ${problem.line})`;
  const metadata = (parse(match[1] ?? "") ?? {}) as Record<string, unknown>;
  const sdk = metadata.sdk;
  const allowed = SPACE_SDKS.join(", ");
  if (sdk === undefined || sdk === null) return `Missing "sdk" in the README metadata: expected one of ${allowed}`;
  if (typeof sdk !== "string" || !(SPACE_SDKS as readonly string[]).includes(sdk)) {
    return `Invalid "sdk" in the README metadata: ${JSON.stringify(sdk)} is not one of ${allowed}`;
  }
  const appFile = metadata.app_file;
  if (appFile !== undefined && appFile !== null && (typeof appFile !== "string" || appFile.trim() === "")) {
    return `Invalid "app_file" in the README metadata: expected a path, got ${JSON.stringify(appFile)}`;
  }
  if (sdk === "docker") return { sdk, appFile: "Dockerfile" };
  return {
    sdk: sdk as SpaceSdk,
    appFile: (appFile as string | undefined) ?? (sdk === "static" ? "index.html" : "app.py"),
  };
}

export function planBuild(commit: Commit, now = new Date()): BuildPlan {
  const config = readSpaceConfig(commit);
  if (typeof config === "string") return { kind: "config-error", message: config };
  if (!commit.files.has(config.appFile.replace(/^\.?\//, ""))) return { kind: "no-app-file", appFile: config.appFile };
  const lines = [`===== Build Queued at ${now.toISOString()} / Commit SHA: ${commit.id.slice(0, 7)} =====`];
  const done = ["--> Pushing image", "DONE"];
  if (config.sdk === "static") {
    return { kind: "build", sdk: config.sdk, lines: [...lines, "--> Publishing static files", ...done], runLines: [] };
  }
  if (config.sdk === "docker") {
    const steps = (textOf(commit, "Dockerfile") ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => `--> ${line}`);
    return {
      kind: "build",
      sdk: config.sdk,
      lines: [...lines, "--> Building the Dockerfile", ...steps, ...done],
      runLines: ["Application started"],
    };
  }
  const sdkPackage = config.sdk === "gradio" ? "gradio[oauth]" : "streamlit";
  lines.push(
    "--> FROM docker.io/library/python:3.10",
    "--> RUN pip install --no-cache-dir pip -U",
    `--> RUN pip install --no-cache-dir "${sdkPackage}"`,
  );
  const runLines =
    config.sdk === "gradio"
      ? ["* Running on local URL:  http://0.0.0.0:7860"]
      : ["You can now view your Streamlit app in your browser.", "URL: http://0.0.0.0:8501"];
  const requirements = textOf(commit, "requirements.txt");
  if (requirements === undefined) {
    return {
      kind: "build",
      sdk: config.sdk,
      lines: [...lines, "--> COPY --link ./ /home/user/app", ...done],
      runLines,
    };
  }
  const install = "pip install --no-cache-dir -r requirements.txt";
  lines.push("--> COPY --link requirements.txt /home/user/app/requirements.txt", `--> RUN ${install}`);
  lines.push("Installing requirements...");
  const { requirements: found, invalid } = checkRequirements(requirements);
  if (invalid) {
    const reason = `Invalid requirement: '${invalid.text}' (from line ${invalid.line} of requirements.txt)`;
    return {
      kind: "build",
      sdk: config.sdk,
      lines,
      error: {
        lines: [
          `ERROR: ${reason}`,
          `--> ERROR: process "/bin/sh -c ${install}" did not complete successfully: exit code: 1`,
        ],
        message: `Build failed with exit code: 1. ${reason}`,
      },
      runLines,
    };
  }
  for (const requirement of found) if (requirement.name) lines.push(`Collecting ${requirement.text}`);
  lines.push("--> COPY --link ./ /home/user/app", ...done);
  return { kind: "build", sdk: config.sdk, lines, runLines };
}
