#!/usr/bin/env node
// The `kehou` program: runs the compiled command line from dist/node.
const path = require("path");
const cliDir = path.join(__dirname, "..", "dist", "node", "cli");
const entry = path.join(cliDir, "main.js");

/** The compiled CLI from its bundle and code cache where the build made them (npm run build:node). */
function bundled() {
  try {
    return require(path.join(cliDir, "cached-bundle.js")).bundledMain(cliDir);
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("cached-bundle"))
      return undefined;
    throw e;
  }
}
// A closed pipe (kehou … | head) is the reader being done, not an error.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(0);
  throw e;
});
let cli;
try {
  cli = bundled() || require(entry);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes(entry)) {
    process.stderr.write(
      "kehou 尚未编译：请先运行 npm run build（Not built yet: run npm run build first）\n"
    );
    process.exit(2);
  }
  throw e;
}
// Exits once what was written has left: a pipe takes 64 KB at a time, and process.exit drops
// the rest (kehou consolidate --json | less would lose most of the schools).
const exitWhenWritten = (code) =>
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
cli.main(process.argv.slice(2)).then(
  (code) => exitWhenWritten(code),
  (e) => {
    process.stderr.write(
      process.env.KEHOU_DEBUG
        ? `kehou 内部错误（请报告）：${e && e.stack ? e.stack : e}\n`
        : "kehou 内部错误，请把所用命令和文件报告给维护者（设置 KEHOU_DEBUG=1 可看详细信息）\n"
    );
    process.exit(70);
  }
);
