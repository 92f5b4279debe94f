/**
 * Serves dist/ over plain http on localhost for the browser mode (npm run serve:web), and
 * for the browser tests. Only files under dist/; nothing else is reachable.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function createServer(root = path.join(__dirname, "..", "dist")) {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    let file;
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      file = path.resolve(
        base,
        "." + decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)
      );
    } catch {
      // A malformed address (GET /%E0) is the client's mistake: answer it and keep serving.
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("bad request");
      return;
    }
    if (
      !file.startsWith(base + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  createServer().listen(port, "127.0.0.1", () => {
    console.log(
      `Kehou 浏览器模式 / browser mode: http://localhost:${port}/  (Ctrl+C 停止 / to stop)`
    );
  });
}

module.exports = { createServer };
