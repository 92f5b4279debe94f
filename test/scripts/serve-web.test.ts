import http from "http";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";

const { createServer } = require("../../scripts/serve-web.js");

const root = mkdtempSync(path.join(os.tmpdir(), "kehou-serve-"));
writeFileSync(path.join(root, "index.html"), "<p>ok</p>");

function get(port: number, url: string): Promise<number> {
  return new Promise((resolve, reject) =>
    http
      .get({ host: "127.0.0.1", port, path: url }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", reject)
  );
}

describe("serve:web", () => {
  it("answers a malformed address with 400 and goes on serving", async () => {
    const server: http.Server = createServer(root);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await get(port, "/%E0")).toBe(400);
      expect(await get(port, "/")).toBe(200);
      expect(await get(port, "/../package.json")).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
