import { describeFailure } from "../../src/action/failure";
import { HubError, HubUnreachableError } from "../../src/hub/errors";
import { InputError, OptionError } from "../../src/operations/errors";
import type { OperationRequest } from "../../src/operations/registry";

const repo = { type: "model" as const, namespace: "alice", name: "model" };
const deleteFile: OperationRequest = {
  operation: "delete-file",
  options: { repo, revision: "dev", pathInRepo: "a.txt", commitMessage: "Delete a.txt", missingOk: false },
};
const hubError = (status: number, extra: Partial<ConstructorParameters<typeof HubError>[0]> = {}): HubError =>
  new HubError({ method: "POST", url: "http://hub/api/x", status, serverMessage: "no", ...extra });

describe("the failure line", () => {
  it("is an input error's own message", () => {
    expect(describeFailure(new InputError("path", "is required."), deleteFile)).toBe('Input "path": is required.');
  });

  it("names the input that filled the option a domain error is about", () => {
    expect(describeFailure(new OptionError("pathInRepo", "a.txt does not exist."), deleteFile)).toBe(
      'Input "path_in_repo": a.txt does not exist.',
    );
  });

  it("names the operation and repo, what the Hub said, and what to do", () => {
    expect(describeFailure(hubError(404, { errorCode: "RevisionNotFound" }), deleteFile)).toBe(
      'delete-file on alice/model failed: the Hub refused POST http://hub/api/x answered 404, X-Error-Code RevisionNotFound, "no". Revision "dev" does not exist: check the revision input.',
    );
  });

  it.each([
    [400, {}, "Fix the request as the Hub's message says."],
    [401, {}, "create a new write token"],
    [403, {}, "set create_pr: true"],
    [404, { errorCode: "EntryNotFound" }, "That path does not exist at this revision."],
    [404, {}, "run create-repo first"],
    [409, {}, "another operation may be in progress"],
    [412, {}, "The branch moved"],
    [
      429,
      { requestedWaitMs: 1500, limit: "api" },
      'The Hub\'s "api" limit was reached even after retries: it frees up in 2 s',
    ],
    [429, {}, "A Hub rate limit or quota was reached"],
    [503, {}, "quote the request id"],
  ])("hints at what to do after a %i", (status, extra, hint) => {
    expect(describeFailure(hubError(status, extra), deleteFile)).toContain(hint);
  });

  it("adds no hint where there is nothing to say", () => {
    expect(describeFailure(hubError(418), deleteFile)).toMatch(/answered 418, "no"\.$/);
  });

  it("points a refused token exchange at Trusted Publishers", () => {
    const error = new HubError({ method: "POST", url: "http://hub/oauth/token", status: 400, serverMessage: "bad" });
    expect(describeFailure(error, deleteFile)).toContain("add this workflow as a Trusted Publisher");
  });

  it("says the Hub was unreachable and what to check", () => {
    const error = new HubUnreachableError("GET", "http://hub/api/whoami-v2", "ECONNREFUSED");
    expect(describeFailure(error)).toBe(
      "The action failed: GET http://hub/api/whoami-v2 got no answer: ECONNREFUSED, even after retries. Check the endpoint input and the runner's network, or raise timeout / max_retry_wait.",
    );
  });

  it("names the operation for any other failure", () => {
    expect(describeFailure(new Error("disk full"), deleteFile)).toBe("delete-file on alice/model failed: disk full");
    expect(describeFailure("odd")).toBe("The action failed: odd");
  });
});
