// Contender (b): the official JS client's uploadFiles, called directly, as a user of @huggingface/hub would.
const { pathToFileURL } = require("node:url");
const { uploadFiles } = require("@huggingface/hub");

async function main() {
  const [hubUrl, repo, listFile] = process.argv.slice(2);
  const entries = JSON.parse(require("node:fs").readFileSync(listFile, "utf8"));
  await uploadFiles({
    repo,
    hubUrl,
    accessToken: process.env.HF_TOKEN,
    useXet: false,
    files: entries.map((entry) => ({ path: entry.pathInRepo, content: pathToFileURL(entry.localPath) })),
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
