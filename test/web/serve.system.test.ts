// `npm run web`'s server: a malformed address is answered 400 and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Server } from "node:http";
import { request } from "node:http";

let server: Server;
let port: number;

/** A raw GET, so the malformed path reaches the server as typed. */
const get = (path: string) =>
  new Promise<number>((done, fail) =>
    request({ host: "127.0.0.1", port, path }, (res) => (res.resume(), done(res.statusCode ?? 0)))
      .on("error", fail)
      .end(),
  );

beforeAll(async () => {
  const { serve } = await import("../../scripts/serve.mjs");
  server = await serve(join(process.cwd(), "dist"), 0);
  port = (server.address() as { port: number }).port;
});

afterAll(() => void server?.close());

describe("the offline page's server", () => {
  it("answers a malformed address with 400 and goes on serving", async () => {
    expect(await get("/%E0%A4%A")).toBe(400);
    expect(await get("/index.html")).toBe(200);
    expect(await get("/../../etc/passwd")).not.toBe(200);
  });
});
