// Bundles the compiled command line (dist/node/cli/main.js) and its reader thread
// (consolidate-worker.js), each with what it imports, into one file apiece, and makes V8's code
// cache of each by a warm run on the sample school, so neither the program nor a reader thread
// resolves some 170-280 modules and parses and compiles their code anew. Run after tsc
// (npm run build:node); kehou runs on the compiled modules where these are absent or older.
const { mkdtempSync, rmSync, writeFileSync } = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");

const cli = path.join(__dirname, "..", "dist", "node", "cli");
const { cacheFileOf, loadBundle, MAIN_BUNDLE, READER_BUNDLE } = require(
  path.join(cli, "cached-bundle.js")
);

/** webpack's build of both: Node's CommonJS, not minified (the cache skips their parsing). */
function bundle() {
  const config = {
    mode: "production",
    target: "node20",
    context: cli,
    entry: { main: "./main.js", reader: "./consolidate-worker.js" },
    output: {
      path: cli,
      filename: (chunk) => (chunk.chunk.name === "main" ? MAIN_BUNDLE : READER_BUNDLE),
      library: { type: "commonjs2" },
      // Written on every build, even unchanged: kehou takes a bundle only if it is newer than tsc's output.
      compareBeforeEmit: false,
    },
    // SheetJS (for .xls/.et/.ods) and exceljs are loaded only for a file that needs them.
    externals: [
      ({ request }, done) =>
        /^(@e965\/xlsx|exceljs)(\/|$)/.test(request) ? done(null, `commonjs ${request}`) : done(),
    ],
    optimization: { minimize: false },
    devtool: false,
    // The bundles sit where the compiled CLI does: their folder is the same.
    node: { __dirname: false, __filename: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors() || stats.hasWarnings())
        return reject(new Error(stats.toString({ all: false, errors: true, warnings: true })));
      resolve();
    })
  );
}

/** Writes the code cache of a loaded bundle beside it. */
const keepCache = (name, loaded) =>
  writeFileSync(cacheFileOf(path.join(cli, name)), loaded.cacheData());

/** The caches after reading and consolidating the sample school: the code those run compiled. */
async function codeCaches(dir) {
  const { XlsxWorkbook } = require(path.join(cli, "..", "workbook", "xlsx-workbook.js"));
  const { sampleSchoolSheets } = require(path.join(cli, "..", "jobs", "sample-school.js"));
  const school = path.join(dir, "schools", "sample.xlsx");
  require("fs").mkdirSync(path.dirname(school));
  const sample = XlsxWorkbook.empty();
  await sample.writeSheets(sampleSchoolSheets());
  writeFileSync(school, await sample.toBuffer());

  const reader = loadBundle(path.join(cli, READER_BUNDLE));
  const { gathered } = await reader.exports.readTask({ index: 0, file: school });
  if (gathered.error) throw new Error(`the sample school was not read: ${gathered.error}`);
  keepCache(READER_BUNDLE, reader);

  const main = loadBundle(path.join(cli, MAIN_BUNDLE));
  const said = [];
  const io = { out: () => undefined, err: (t) => said.push(t) };
  const city = path.join(dir, "city.xlsx");
  const runs = [
    ["consolidate", path.dirname(school), "-o", city, "--json"],
    ["charge", school, "--json"],
    ["breaches", school, "--json"],
    ["validate", school, "--json"],
  ];
  for (const args of runs)
    if ((await main.exports.main(args, io)) > 1)
      throw new Error(`kehou ${args[0]} of the sample school failed: ${said.join("\n")}`);
  keepCache(MAIN_BUNDLE, main);
}

async function build() {
  await bundle();
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-node-bundles-"));
  try {
    await codeCaches(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

build().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
