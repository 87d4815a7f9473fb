/** Every input of action.yml, by name: the only place the strings are spelled. */
export enum Input {
  Operation = "operation",
  RepoId = "repo_id",
  RepoType = "repo_type",
  Token = "token",
  Endpoint = "endpoint",
  Revision = "revision",
  Private = "private",
  ExistOk = "exist_ok",
  SpaceSdk = "space_sdk",
  Path = "path",
  PathInRepo = "path_in_repo",
  CommitMessage = "commit_message",
  CommitDescription = "commit_description",
  MissingOk = "missing_ok",
  Concurrency = "concurrency",
}
