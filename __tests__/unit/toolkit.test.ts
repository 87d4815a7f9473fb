import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportVariable, getIDToken, saveState, setOutput } from "../../src/action/toolkit";

/** What a call writes to stdout, with the runner's file commands unset (an older runner, or a local run). */
function stdoutOf(call: () => void): string {
  const saved = { ...process.env };
  delete process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_ENV;
  delete process.env.GITHUB_STATE;
  const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    call();
    return write.mock.calls.map(([chunk]) => String(chunk)).join("");
  } finally {
    write.mockRestore();
    process.env = saved;
  }
}

describe("the toolkit without the runner's files", () => {
  it("falls back to workflow commands for outputs, variables and state", () => {
    expect(stdoutOf(() => setOutput("url", "https://hf.co/a"))).toContain("::set-output name=url::https://hf.co/a");
    expect(stdoutOf(() => exportVariable("HF_TOKEN_PATH", "/tmp/t"))).toContain("::set-env name=HF_TOKEN_PATH::/tmp/t");
    expect(stdoutOf(() => saveState("isPost", "true"))).toContain("::save-state name=isPost::true");
  });
});

describe("getIDToken", () => {
  let server: http.Server;
  let answer = "{}";
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end(answer));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const withRunner = async <T>(call: () => Promise<T>): Promise<T> => {
    const saved = { ...process.env };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = "runner-bearer";
    try {
      return await call();
    } finally {
      process.env = saved;
    }
  };

  it("refuses a runner answer without a token", async () => {
    answer = "{}";
    await expect(withRunner(() => getIDToken("https://huggingface.co"))).rejects.toThrow(/answered without a token/);
  });

  it("returns the runner's token and masks it", async () => {
    answer = JSON.stringify({ value: "oidc-jwt" });
    const written = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await expect(withRunner(() => getIDToken("https://huggingface.co"))).resolves.toBe("oidc-jwt");
      expect(written.mock.calls.map(([chunk]) => String(chunk)).join("")).toContain("::add-mask::oidc-jwt");
    } finally {
      written.mockRestore();
    }
  });
});
