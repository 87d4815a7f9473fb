import { listRepoFiles } from "../hub/files";
import { type RepoRef, repoId } from "../hub/repo-ref";
import { treeWebUrl } from "../hub/urls";
import { REPO_INPUTS, parsePathInRepo, parseRepo, parseRevision } from "./inputs/repo";
import { parseBoolean } from "./inputs/values";
import { defineOperation } from "./operation";
import { queryResult } from "./query-result";

export interface ListFilesOptions {
  repo: RepoRef;
  revision: string;
  /** Folder to list ("" for the whole repo). */
  folder: string;
  recursive: boolean;
}

export const listFiles = defineOperation({
  name: "list-files",
  inputs: { ...REPO_INPUTS, revision: "revision", path_in_repo: "folder", recursive: "recursive" },
  outputs: ["files", "json_file"],
  parse: (read): ListFilesOptions => ({
    repo: parseRepo(read),
    revision: parseRevision(read("revision")),
    folder: read("path_in_repo") ? parsePathInRepo(read("path_in_repo")) : "",
    recursive: parseBoolean("recursive", read("recursive"), true)!,
  }),
  repos: (options) => [options.repo],
  run: async (context, options) => {
    const files = await listRepoFiles(context.connection, options.repo, options);
    const url = treeWebUrl(context.connection.endpoint, options.repo, options.revision, options.folder);
    const where = `${repoId(options.repo)}@${options.revision}${options.folder ? `/${options.folder}` : ""}`;
    return queryResult(context, `${files.length} file(s) in ${where}`, { output: "files", value: files }, [
      { label: "Files", url },
    ]);
  },
});
