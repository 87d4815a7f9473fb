/** Bodies that do not match their Content-Length: answered 400 (not left hanging), and never applied. */
import net from "node:net";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { ALICE, call, createRepo, fileLine, header, headOf, requestLog, uniqueName } from "./helpers";

let hub: RunningEmulator;
beforeAll(async () => {
  hub = await startEmulator({ port: 0 });
});
afterAll(() => hub.close());

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Writes `head` + `body` on a raw socket, optionally ends the write side, and reads until the server closes. */
function raw(head: string, body: string, options: { end: boolean }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(hub.port, "127.0.0.1", () => {
      socket.write(head + body);
      if (options.end) socket.end();
    });
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 5 s; received ${JSON.stringify(received)}`));
    }, 5000);
    socket.on("data", (chunk) => (received += chunk.toString("utf8")));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      const [headers, ...rest] = received.split("\r\n\r\n");
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers, body: rest.join("\r\n\r\n") });
    });
  });
}

function commitHead(id: string, contentLength: number): string {
  return (
    `POST /api/models/${id}/commit/main HTTP/1.1\r\nHost: 127.0.0.1:${hub.port}\r\n` +
    `Authorization: Bearer ${ALICE}\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${contentLength}\r\n` +
    "Connection: close\r\n\r\n"
  );
}

const ndjson = (...lines: unknown[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join("");

async function newRepo(): Promise<string> {
  const id = `alice/${uniqueName("frame")}`;
  await createRepo(hub.url, id);
  return id;
}

async function exists(id: string, path: string): Promise<boolean> {
  return (await call(hub.url, `/${id}/resolve/main/${path}`, { token: ALICE })).status === 200;
}

it("applies a raw commit whose body matches its Content-Length (the control case)", async () => {
  const id = await newRepo();
  const body = ndjson(header("raw"), fileLine("a.txt", "a"));
  const answer = await raw(commitHead(id, Buffer.byteLength(body)), body, { end: false });
  expect(answer.status).toBe(200);
  expect(await exists(id, "a.txt")).toBe(true);
});

it("answers 400 to a body shorter than its Content-Length once the client ends, and applies nothing", async () => {
  const id = await newRepo();
  const head = await headOf(hub.url, `models/${id}`);
  await call(hub.url, "/__admin/requests", { method: "DELETE" });
  const body = ndjson(header("short"), fileLine("a.txt", "a"));
  const answer = await raw(commitHead(id, Buffer.byteLength(body) + 100), body, { end: true });
  expect(answer.status).toBe(400);
  expect(answer.headers).toMatch(/\r\nconnection: close\r\n/i);
  expect(JSON.parse(answer.body)).toEqual({
    error: "The request body ended before the length its Content-Length declared",
  });
  expect(await headOf(hub.url, `models/${id}`)).toBe(head);
  expect(await exists(id, "a.txt")).toBe(false);
  const [logged] = await requestLog(hub.url);
  expect(logged).toMatchObject({ method: "POST", status: 400, contentLength: Buffer.byteLength(body) + 100 });
});

it("answers 400 to a body longer than its Content-Length, even when the cut falls between lines", async () => {
  const id = await newRepo();
  const head = await headOf(hub.url, `models/${id}`);
  const declared = ndjson(header("long"), fileLine("a.txt", "a"));
  const extra = ndjson(fileLine("b.txt", "b"));
  const answer = await raw(commitHead(id, Buffer.byteLength(declared)), declared + extra, { end: false });
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body).error).toMatch(/more bytes than its Content-Length declared/);
  expect(await headOf(hub.url, `models/${id}`)).toBe(head);
  expect(await exists(id, "a.txt")).toBe(false);
  expect(await exists(id, "b.txt")).toBe(false);
});

it("answers 400 to a JSON body shorter than declared on other routes too", async () => {
  const id = await newRepo();
  const body = JSON.stringify({ files: [{ path: "a.txt", size: 1, sample: "" }] });
  const answer = await raw(
    `POST /api/models/${id}/preupload/main HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length + 10}\r\n\r\n`,
    body,
    { end: true },
  );
  expect(answer.status).toBe(400);
});

it("refuses a JSON request whose body runs past its Content-Length, without applying it", async () => {
  const id = await newRepo();
  const body = JSON.stringify({ private: true });
  const answer = await raw(
    `PUT /api/models/${id}/settings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ALICE}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    `${body}{"gated": "auto"}`,
    { end: false },
  );
  expect(answer.status).toBe(400);
  expect((await call(hub.url, `/api/models/${id}`)).status).toBe(200);
});
