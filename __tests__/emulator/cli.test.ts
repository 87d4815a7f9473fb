/** The CLI prints its URL first, serves, and exits cleanly on SIGTERM. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { ALICE, call, sha256 } from "./helpers";

const root = path.resolve(__dirname, "../..");

it("prints the base URL, honours --multipart-chunk-size, and stops on SIGTERM", async () => {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "emulator/cli.ts",
      "--port",
      "0",
      "--multipart-chunk-size",
      "1000",
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    const lines = createInterface({ input: child.stdout });
    const [url] = (await once(lines, "line")) as [string];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await call(url, "/api/whoami-v2", { token: ALICE })).status).toBe(200);
    await call(url, "/api/repos/create", { method: "POST", token: ALICE, json: { name: "cli" } });
    const batch = await call(url, "/alice/cli.git/info/lfs/objects/batch", {
      method: "POST",
      token: ALICE,
      json: { operation: "upload", transfers: ["basic", "multipart"], objects: [{ oid: sha256("x"), size: 2500 }] },
    });
    expect((await batch.json()).objects[0].actions.upload.header.chunk_size).toBe("1000");
  } finally {
    child.kill("SIGTERM");
  }
  const [code] = await once(child, "exit");
  expect(code).toBe(0);
}, 30_000);
