import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { runInNewContext } from "vm";
import { describeWhen } from "./support/needs";

const dist = path.join(__dirname, "..", "dist");
const built = existsSync(path.join(dist, "functions.json"));

describeWhen(built, "the add-in build (npm run build)", "dist/ after npm run build", () => {
  const json = (name: string) => JSON.parse(readFileSync(path.join(dist, name), "utf8"));
  it("holds functions.json with the four functions", () => {
    expect(json("functions.json").functions.map((f: { id: string }) => f.id)).toEqual([
      "SERVICEFEE",
      "REFUND",
      "WAIVERSHARE",
      "ENDTIMECHECK",
    ]);
  });
  it("holds the zh-CN metadata with the same ids", () => {
    const zh = json("functions.zh-CN.json").functions;
    expect(zh.map((f: { id: string }) => f.id)).toEqual([
      "SERVICEFEE",
      "REFUND",
      "WAIVERSHARE",
      "ENDTIMECHECK",
    ]);
    expect(zh[0].name).toBe("课后服务费");
  });
  it("holds the manifest, the page, the bundles and the icons", () => {
    for (const file of [
      "manifest.xml",
      "taskpane.html",
      "functions.js",
      "commands.js",
      "taskpane.js",
      "assets/icon-80.png",
    ]) {
      expect(existsSync(path.join(dist, file))).toBe(true);
    }
    const page = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    for (const chunk of ["functions.js", "commands.js", "taskpane.js"])
      expect(page).toContain(chunk);
  });
  it("registers every function with CustomFunctions.associate", () => {
    const code = readFileSync(path.join(dist, "functions.js"), "utf8");
    for (const id of ["SERVICEFEE", "REFUND", "WAIVERSHARE", "ENDTIMECHECK"])
      expect(code).toContain(`CustomFunctions.associate("${id}"`);
  });
  it("keeps the functions bundle Excel loads first within 100 KB", () => {
    expect(readFileSync(path.join(dist, "functions.js")).length).toBeLessThanOrEqual(100 * 1024);
  });
  it("keeps the pane's first load within 310 KB, exceljs loaded only on demand", () => {
    const page = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
      .map((m) => m[1])
      .filter((s) => !s.startsWith("http"));
    const bytes = scripts.reduce((sum, s) => sum + readFileSync(path.join(dist, s)).length, 0);
    expect(scripts).toEqual(["functions.js", "shared.js", "commands.js", "taskpane.js"]);
    expect(bytes).toBeLessThanOrEqual(310 * 1024);
  });
  it("carries decimal.js once in the pane's first load: the pane takes it from functions.js", () => {
    const holding = ["functions.js", "shared.js", "commands.js", "taskpane.js"].filter((f) =>
      readFileSync(path.join(dist, f), "utf8").includes("[DecimalError]")
    );
    expect(holding).toEqual(["functions.js"]);
  });
  it("keeps the package layer (the file writer's print areas, zip, parts) out of the first load", () => {
    // An Office.js or WPS layout importing a helper from workbook/package/ pulls the part
    // writer into the pane's first load (some 14 KB once): such helpers belong in jobs/.
    const holding = ["functions.js", "shared.js", "commands.js", "taskpane.js"].filter((f) =>
      readFileSync(path.join(dist, f), "utf8").includes("_xlnm.Print_Area")
    );
    expect(holding).toEqual([]);
  });
  it("starts functions.js on its own, without a page around it, and registers every function", () => {
    const ids: string[] = [];
    const host: Record<string, unknown> = {
      CustomFunctions: { associate: (id: string) => ids.push(id), Error, ErrorCode: {} },
    };
    host.self = host;
    runInNewContext(readFileSync(path.join(dist, "functions.js"), "utf8"), host);
    expect(ids).toEqual(["SERVICEFEE", "REFUND", "WAIVERSHARE", "ENDTIMECHECK"]);
  });
  it("keeps SheetJS (the .xls/.et/.ods reader) in its own chunk, out of the first load and the .xlsx chunk", () => {
    const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
    const holding = js.filter((f) => readFileSync(path.join(dist, f), "utf8").includes("SheetJS"));
    expect(holding).toEqual([expect.stringMatching(/^xls-ods\.[0-9a-f]+\.js$/)]);
  });
  it("serves the browser page with the packaged office.js and a CSP without any CDN", () => {
    const page = readFileSync(path.join(dist, "index.html"), "utf8");
    expect(page).toMatch(/src="?lib\/office\.js"?/);
    expect(page).toContain("Content-Security-Policy");
    expect(page).not.toContain("https://");
    expect(existsSync(path.join(dist, "lib", "office.js"))).toBe(true);
  });
  it("holds the compiled program", () => {
    expect(existsSync(path.join(dist, "node", "cli", "main.js"))).toBe(true);
  });
});

const cli = path.join(dist, "node", "cli");
describeWhen(
  built || existsSync(path.join(cli, "main-bundle.js")),
  "the command line's build (npm run build:node)",
  "dist/node after npm run build:node",
  () => {
    it("bundles the command line and its reader thread, and V8 takes their code caches", () => {
      // In a plain node, as bin/kehou.js runs: the reader's bundle in a thread of its own. (Not
      // whether they are fresh: the program's test runs tsc again alone, which makes them older.)
      const script = `
        const { Worker } = require("worker_threads");
        const t = require(${JSON.stringify(path.join(cli, "cached-bundle.js"))});
        const main = require("path").join(${JSON.stringify(cli)}, t.MAIN_BUNDLE);
        const reader = require("path").join(${JSON.stringify(cli)}, t.READER_BUNDLE);
        const mainCache = t.loadBundle(main, t.cacheFileOf(main)).cache;
        const w = new Worker(
          "const t = require(" + JSON.stringify(${JSON.stringify(path.join(cli, "cached-bundle.js"))}) + ");" +
          "require('worker_threads').parentPort.postMessage(t.loadBundle(" + JSON.stringify(reader) +
          ", t.cacheFileOf(" + JSON.stringify(reader) + ")).cache);",
          { eval: true }
        );
        w.on("message", (readerCache) => {
          console.log(JSON.stringify({ mainCache, readerCache }));
          w.terminate();
        });`;
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual({ mainCache: "used", readerCache: "used" });
    });
  }
);
