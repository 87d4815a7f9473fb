import http from "node:http";
import type { AddressInfo } from "node:net";
import { hubRequest } from "../../src/hub/connection";

/** A server that records the Authorization header of each request, and redirects /hop to `redirectTo`. */
async function recordingServer(redirectTo?: () => string) {
  const seen: Array<string | undefined> = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers.authorization);
    if (req.url === "/hop" && redirectTo) res.writeHead(307, { Location: redirectTo() }).end();
    else res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, url, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("where the token goes", () => {
  it("sends the token to the endpoint, never to another origin, even when asked or redirected there", async () => {
    const storage = await recordingServer();
    const hub = await recordingServer(() => `${storage.url}/landing`);
    const connection = { endpoint: hub.url, token: "hf_secret", userAgent: "test" };
    try {
      await hubRequest(connection, { url: "/api/whoami-v2" });
      await hubRequest(connection, { url: `${storage.url}/presigned`, withAuth: true });
      await hubRequest(connection, { url: "/hop" });
      expect(hub.seen).toEqual(["Bearer hf_secret", "Bearer hf_secret"]);
      expect(storage.seen).toEqual([undefined, undefined]);
    } finally {
      await hub.close();
      await storage.close();
    }
  });
});
