import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmulator } from "../emulator";
import { runAction } from "./run-action";

const TOKEN = "hf_alice_write";

/** Starts the Hub emulator and runs each operation through dist/index.js, as a workflow would. */
async function main(): Promise<void> {
  const hub = await startEmulator({ port: 0, multipartChunkSize: 8 * 1024 * 1024 });
  const workspace = await mkdtemp(path.join(os.tmpdir(), "hf-action-demo-"));
  let failed = false;
  try {
    console.log(`Hub emulator at ${hub.url}\n`);
    await writeFile(path.join(workspace, "README.md"), "# demo-model\n\nUploaded by the demo.\n");
    await writeFile(path.join(workspace, "model.safetensors"), randomBytes(20 * 1024 * 1024));
    await mkdir(path.join(workspace, "checkpoint/tokenizer"), { recursive: true });
    await writeFile(path.join(workspace, "checkpoint/config.json"), '{"layers": 2}');
    await writeFile(path.join(workspace, "checkpoint/tokenizer/vocab.txt"), "a\nb\n");
    await writeFile(path.join(workspace, "checkpoint/model-00001.safetensors"), randomBytes(1024 * 1024));
    const common = { repo_id: "alice/demo-model", token: TOKEN, endpoint: hub.url };
    const steps: Array<[string, Record<string, string>]> = [
      ["create-repo", { private: "true" }],
      ["upload-file", { path: "README.md" }],
      ["upload-file", { path: "model.safetensors", path_in_repo: "weights/model.safetensors" }],
      ["upload-folder", { path: "checkpoint", path_in_repo: "checkpoints/v1" }],
      ["upload-folder", { path: "checkpoint", path_in_repo: "checkpoints/v1" }],
      ["delete-file", { path_in_repo: "README.md" }],
      ["create-tag", { tag: "v1.0.0", tag_message: "demo release" }],
      ["list-files", { path_in_repo: "checkpoints" }],
      ["visibility", { private: "false" }],
      ["whoami", {}],
    ];
    for (const [operation, inputs] of steps) {
      const run = await runAction({ operation, ...common, ...inputs }, { cwd: workspace });
      console.log(`== ${operation} ${JSON.stringify(inputs)} -> exit ${run.exitCode}`);
      for (const [name, value] of Object.entries(run.outputs)) console.log(`   ${name} = ${value}`);
      if (run.exitCode !== 0) {
        failed = true;
        console.log(run.stdout);
        break;
      }
    }
  } finally {
    await hub.close();
    await rm(workspace, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

void main();
