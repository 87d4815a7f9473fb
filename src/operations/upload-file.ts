import { stat } from "node:fs/promises";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { uploadFiles } from "../hub/upload-files";
import { fileWebUrl, repoWebUrl } from "../hub/urls";
import { formatBytes, progressLogger } from "./progress-log";
import { InputError, type OperationContext, type OperationResult } from "./types";

export interface UploadFileOptions {
  repo: RepoRef;
  revision: string;
  /** Absolute path of the local file. */
  localPath: string;
  pathInRepo: string;
  commitMessage: string;
  commitDescription?: string;
  concurrency: number;
}

export async function uploadFile(context: OperationContext, options: UploadFileOptions): Promise<OperationResult> {
  await requireRegularFile(options.localPath);
  const { repo, revision, pathInRepo } = options;
  const result = await context.reporter.group(`Upload ${pathInRepo} to ${repoId(repo)}@${revision}`, () =>
    uploadFiles(context.connection, repo, revision, [{ localPath: options.localPath, pathInRepo }], {
      header: { summary: options.commitMessage, description: options.commitDescription },
      concurrency: options.concurrency,
      onProgress: progressLogger((line) => context.reporter.info(line)),
    }),
  );
  const file = result.files[0];
  const url = fileWebUrl(context.connection.endpoint, repo, revision, pathInRepo);
  const headline = `Uploaded ${pathInRepo} (${formatBytes(file.size)}, ${file.storage}) to ${repoId(repo)} in commit ${result.commit.sha}`;
  context.reporter.info(headline);
  return {
    outputs: { url, commit_url: result.commit.url, commit_sha: result.commit.sha },
    headline,
    links: [
      { label: "Repository", url: repoWebUrl(context.connection.endpoint, repo) },
      { label: "File", url },
      { label: "Commit", url: result.commit.url },
    ],
    table: {
      header: ["File", "Size", "Storage"],
      rows: [[pathInRepo, formatBytes(file.size), file.storage === "lfs" ? "LFS" : "regular"]],
    },
  };
}

async function requireRegularFile(localPath: string): Promise<void> {
  const info = await stat(localPath).catch(() => undefined);
  if (!info)
    throw new InputError("path", `${localPath} does not exist or cannot be read. Point it at the file to upload.`);
  if (!info.isFile())
    throw new InputError("path", `${localPath} is not a regular file. Point it at the file to upload.`);
}
