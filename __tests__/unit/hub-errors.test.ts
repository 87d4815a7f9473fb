import { HubError, errorMessageFromBody } from "../../src/hub/errors";

describe("errorMessageFromBody", () => {
  it.each([
    ['{"error":"Repository not found"}', "Repository not found"],
    ['{"error":["a","b"]}', "a; b"],
    ['{"error":"invalid_grant","error_description":"expired"}', "invalid_grant; expired"],
    ['{"errors":[{"message":"bad path"}]}', "bad path"],
    ['{"message":"oops"}', "oops"],
    ["plain text failure\n", "plain text failure"],
  ])("reads %s", (body, expected) => {
    expect(errorMessageFromBody(body, null)).toBe(expected);
  });

  it("falls back to X-Error-Message when the body is empty", () => {
    expect(errorMessageFromBody("", "Invalid credentials in Authorization header")).toBe(
      "Invalid credentials in Authorization header",
    );
  });

  it("cuts very long bodies", () => {
    expect(errorMessageFromBody("x".repeat(2000), null)).toHaveLength(503);
  });
});

describe("HubError", () => {
  it("names the call, status, code, message and request id, but never a URL's query", () => {
    const error = new HubError({
      method: "PUT",
      url: "http://s3/obj?X-Signature=secret",
      status: 403,
      serverMessage: "denied",
      errorCode: "Forbidden",
      requestId: "Root=1-ab",
    });
    expect(error.message).toBe(
      'PUT http://s3/obj answered 403, X-Error-Code Forbidden, "denied", request id Root=1-ab',
    );
  });
});
