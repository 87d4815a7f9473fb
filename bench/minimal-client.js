// Reference (d): the least a whole client process can do to upload a folder of small text files, for scale next
// to the floor. No framework, no checks, no progress, no retries: one synchronous walk that reads each file's
// sample as it goes, every preupload call at once, then one commit streamed from the files in 120 KiB parts.
// It fails if the Hub wants any file in LFS (it has no LFS path). Usage: minimal-client.js <hubUrl> <repo> <folder>
const { closeSync, openSync, readSync, readdirSync, statSync } = require("node:fs");
const http = require("node:http");

const [hubUrl, repo, folder] = process.argv.slice(2);
const api = `${hubUrl}/api/models/${repo}`;
const agent = new http.Agent({ keepAlive: true });
const headers = { Authorization: `Bearer ${process.env.HF_TOKEN}` };
const PREUPLOAD_BATCH = 256;
const SAMPLE = 512;
const PART_CHARS = 120 * 1024;

function post(url, type, length, write) {
  return new Promise((resolve, reject) => {
    const options = { method: "POST", agent, headers: { ...headers, "Content-Type": type, "Content-Length": length } };
    const request = http.request(url, options, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString();
        if (response.statusCode === 200) resolve(JSON.parse(text));
        else reject(new Error(`POST ${url} answered ${response.statusCode}: ${text}`));
      });
    });
    request.on("error", reject);
    write(request);
  });
}

const postJson = (url, value) => {
  const body = JSON.stringify(value);
  return post(url, "application/json", Buffer.byteLength(body), (request) => request.end(body));
};

const files = [];
const answers = [];
let batch = [];
const sample = Buffer.allocUnsafe(SAMPLE);

function ask() {
  answers.push(postJson(`${api}/preupload/main`, { files: batch }));
  batch = [];
}

function walk(dir, relative) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const localPath = `${dir}/${entry.name}`;
    const pathInRepo = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      walk(localPath, pathInRepo);
      continue;
    }
    const size = statSync(localPath).size;
    const descriptor = openSync(localPath, "r");
    const read = readSync(descriptor, sample, 0, SAMPLE, 0);
    closeSync(descriptor);
    files.push({ localPath, pathInRepo, size });
    batch.push({ path: pathInRepo, size, sample: sample.toString("base64", 0, read) });
    if (batch.length === PREUPLOAD_BATCH) ask();
  }
}

function commit() {
  const header = `${JSON.stringify({ key: "header", value: { summary: `Upload ${files.length} files` } })}\n`;
  const around = files.map((file) => [
    '{"key":"file","value":{"content":"',
    `","path":${JSON.stringify(file.pathInRepo)},"encoding":"base64"}}\n`,
  ]);
  const length = files.reduce(
    (sum, file, i) => sum + around[i][0].length + around[i][1].length + 4 * Math.ceil(file.size / 3),
    header.length,
  );
  const content = Buffer.allocUnsafe(Math.max(1, ...files.map((file) => file.size)));
  return post(`${api}/commit/main`, "application/x-ndjson", length, (request) => {
    let next = 0;
    const pump = () => {
      let part = next === 0 ? header : "";
      while (next < files.length) {
        const file = files[next];
        const [before, after] = around[next++];
        const descriptor = openSync(file.localPath, "r");
        const read = readSync(descriptor, content, 0, file.size, 0);
        closeSync(descriptor);
        part += before + content.toString("base64", 0, read) + after;
        if (part.length >= PART_CHARS) {
          if (!request.write(part, "latin1")) return request.once("drain", pump);
          part = "";
        }
      }
      request.end(part, "latin1");
    };
    pump();
  });
}

async function main() {
  walk(folder, "");
  if (batch.length > 0) ask();
  for (const answer of await Promise.all(answers)) {
    const lfs = answer.files.find((file) => file.uploadMode !== "regular");
    if (lfs) throw new Error(`the Hub wants ${lfs.path} in LFS; this reference client sends regular files only`);
  }
  await commit();
  agent.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
