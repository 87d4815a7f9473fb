// Contender (c), the floor: the least any client must do, timed inside this process and written as JSON to the
// file BENCH_FLOOR_FILE names. Usage: floor.js <hubUrl> <repo> <files.json> <mode>
//   large:     sha256 of every byte (hashSeconds), then one raw HTTP PUT of every byte to the emulator's storage
//              (putSeconds).
//   small:     every file read and the requests built in memory first (untimed); then the preupload requests
//              the action sends (256 files each), once all at once and once one after another (preuploadSeconds:
//              the faster), and the commit as one prebuilt NDJSON body (commitSeconds, commitBytes).
//   preupload: as small, without the commit (an unchanged re-run needs no more).
const { createHash } = require("node:crypto");
const { createReadStream, readFileSync, writeFileSync } = require("node:fs");
const http = require("node:http");
const { PassThrough } = require("node:stream");

const CHUNK = 4 * 1024 * 1024;
const PREUPLOAD_BATCH = 256;
const SAMPLE = 512;

function seconds(since) {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

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

async function large(hubUrl, repo, entries) {
  const paths = entries.map((entry) => entry.localPath);
  const size = entries.reduce((sum, entry) => sum + entry.size, 0);
  let started = process.hrtime.bigint();
  const oid = await hashAll(paths);
  const hashSeconds = seconds(started);
  const href = await batch(hubUrl, repo, oid, size);
  started = process.hrtime.bigint();
  await putAll(href, paths, size);
  return { hashSeconds, putSeconds: seconds(started), bytes: size };
}

/** One request with a body prebuilt in memory; resolves when the answer (which must be a 200) has arrived. */
function send(agent, url, body, contentType) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          Authorization: `Bearer ${process.env.HF_TOKEN}`,
          "Content-Type": contentType,
          "Content-Length": body.length,
        },
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => {
          if (response.statusCode === 200) return resolve();
          reject(new Error(`POST ${url} answered ${response.statusCode}: ${Buffer.concat(chunks)}`));
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function small(hubUrl, repo, entries, withCommit) {
  const contents = entries.map((entry) => readFileSync(entry.localPath));
  const preuploads = [];
  for (let start = 0; start < entries.length; start += PREUPLOAD_BATCH) {
    const files = entries.slice(start, start + PREUPLOAD_BATCH).map((entry, i) => ({
      path: entry.pathInRepo,
      size: entry.size,
      sample: contents[start + i].subarray(0, SAMPLE).toString("base64"),
    }));
    preuploads.push(Buffer.from(JSON.stringify({ files })));
  }
  const lines = [
    JSON.stringify({ key: "header", value: { summary: `Upload ${entries.length} files`, description: "" } }),
  ];
  entries.forEach((entry, i) => {
    const value = { content: contents[i].toString("base64"), path: entry.pathInRepo, encoding: "base64" };
    lines.push(JSON.stringify({ key: "file", value }));
  });
  const commitBody = Buffer.from(`${lines.join("\n")}\n`);
  const api = `${hubUrl}/api/models/${repo}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

  let started = process.hrtime.bigint();
  await Promise.all(preuploads.map((body) => send(agent, `${api}/preupload/main`, body, "application/json")));
  const preuploadParallelSeconds = seconds(started);
  started = process.hrtime.bigint();
  for (const body of preuploads) await send(agent, `${api}/preupload/main`, body, "application/json");
  const preuploadSequentialSeconds = seconds(started);
  const result = {
    preuploadSeconds: Math.min(preuploadParallelSeconds, preuploadSequentialSeconds),
    preuploadParallelSeconds,
    preuploadSequentialSeconds,
    preuploadBytes: preuploads.reduce((sum, body) => sum + body.length, 0),
    preuploadRequests: preuploads.length,
  };
  if (withCommit) {
    started = process.hrtime.bigint();
    await send(agent, `${api}/commit/main`, commitBody, "application/x-ndjson");
    Object.assign(result, { commitSeconds: seconds(started), commitBytes: commitBody.length });
  }
  agent.destroy();
  return result;
}

async function main() {
  const [hubUrl, repo, listFile, mode = "large"] = process.argv.slice(2);
  const entries = JSON.parse(readFileSync(listFile, "utf8"));
  let result;
  if (mode === "large") result = await large(hubUrl, repo, entries);
  else if (mode === "small" || mode === "preupload") result = await small(hubUrl, repo, entries, mode === "small");
  else throw new Error(`unknown mode ${mode}`);
  if (process.env.BENCH_FLOOR_FILE) writeFileSync(process.env.BENCH_FLOOR_FILE, JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
