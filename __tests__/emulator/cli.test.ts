/** The CLI prints its URL first, serves, and exits cleanly on SIGTERM. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "../../emulator/cli";
import { ALICE, call, sha256 } from "./helpers";

const root = path.resolve(__dirname, "../..");

it("prints the base URL, honours --multipart-chunk-size and --public-url, and stops on SIGTERM", async () => {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "emulator/cli.ts",
      "--port",
      "0",
      "--multipart-chunk-size",
      "1000",
      "--public-url",
      "https://hub.example.test",
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
    const { actions } = (await batch.json()).objects[0];
    expect(actions.upload.header.chunk_size).toBe("1000");
    expect(actions.upload.href).toMatch(/^https:\/\/hub\.example\.test\/__lfs\/complete\//);
    expect(actions.upload.header["00001"].startsWith(`${url}/__lfs/upload/`)).toBe(true);
    expect(actions.verify.href).toBe("https://hub.example.test/alice/cli.git/info/lfs/objects/verify");
  } finally {
    child.kill("SIGTERM");
  }
  const [code] = await once(child, "exit");
  expect(code).toBe(0);
}, 30_000);

it("refuses a --public-url that is not an origin", () => {
  expect(() => parseArgs(["--public-url", "https://hub.example.test/api"])).toThrow(/Invalid public URL/);
  expect(parseArgs(["--public-url", "https://hub.example.test/"]).publicUrl).toBe("https://hub.example.test");
});
