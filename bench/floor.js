// Contender (c), the floor: sha256 of every byte, then one raw HTTP PUT of every byte to the emulator.
const { createHash } = require("node:crypto");
const { createReadStream } = require("node:fs");
const http = require("node:http");
const { PassThrough } = require("node:stream");

const CHUNK = 4 * 1024 * 1024;

async function hashAll(paths) {
  const hash = createHash("sha256");
  for (const path of paths) {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) hash.update(chunk);
  }
  return hash.digest("hex");
}

async function batch(hubUrl, repo, oid, size) {
  const response = await fetch(`${hubUrl}/${repo}.git/info/lfs/objects/batch`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.HF_TOKEN}`,
      Accept: "application/vnd.git-lfs+json",
      "Content-Type": "application/vnd.git-lfs+json",
    },
    body: JSON.stringify({ operation: "upload", transfers: ["basic"], objects: [{ oid, size }] }),
  });
  const body = await response.json();
  return body.objects[0].actions.upload.href;
}

function putAll(href, paths, size) {
  return new Promise((resolve, reject) => {
    const request = http.request(href, { method: "PUT", headers: { "Content-Length": size } }, (response) => {
      response.resume();
      response.on("end", () =>
        response.statusCode === 200 ? resolve() : reject(new Error(`PUT ${response.statusCode}`)),
      );
    });
    request.on("error", reject);
    const body = new PassThrough({ highWaterMark: CHUNK });
    body.pipe(request);
    (async () => {
      for (const path of paths) {
        for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
          if (!body.write(chunk)) await new Promise((r) => body.once("drain", r));
        }
      }
      body.end();
    })().catch(reject);
  });
}

async function main() {
  const [hubUrl, repo, listFile] = process.argv.slice(2);
  const entries = JSON.parse(require("node:fs").readFileSync(listFile, "utf8"));
  const paths = entries.map((entry) => entry.localPath);
  const size = entries.reduce((sum, entry) => sum + entry.size, 0);
  const oid = await hashAll(paths);
  const href = await batch(hubUrl, repo, oid, size);
  await putAll(href, paths, size);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
