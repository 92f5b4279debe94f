const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { localizeFunctions } = require("./scripts/localize-functions");
const { BudgetPlugin } = require("./scripts/budget-plugin");
const { releaseManifest } = require("./scripts/release-manifest");

/** Where the add-in is served for release; development serves it on https://localhost:3000. */
const prodUrl = process.env.KEHOU_URL ?? "https://kehou.example.edu.cn/";
const officeCdn = "https://appsforoffice.microsoft.com";

/** Content Security Policy: the page's own origin, and Office's CDN for the Office page only. */
const csp = (extra) =>
  [
    `default-src 'self'`,
    `script-src 'self' ${extra}`.trim(),
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `connect-src 'self' ${extra}`.trim(),
    `frame-src 'self' ${extra}`.trim(),
    `object-src 'none'`,
    `base-uri 'self'`,
  ].join("; ");

/** Emits functions.zh-CN.json from the generated functions.json (Chinese names, same ids). */
class LocalizeFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const english = assets["functions.json"];
          if (!english) return;
          const translations = require("./src/functions/locale/zh-CN.json");
          compilation.emitAsset(
            "functions.zh-CN.json",
            new sources.RawSource(localizeFunctions(english.source().toString(), translations))
          );
        }
      );
    });
  }
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

const htmlPage = (filename, officeJs, extraCsp) =>
  new HtmlWebpackPlugin({
    filename,
    template: "./src/taskpane/taskpane.html",
    chunks: ["functions", "commands", "taskpane"],
    officeJs,
    csp: csp(extraCsp),
  });

/** How TypeScript is compiled and resolved, the same for the pages and WPS's main.js. */
const compile = {
  resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json" } },
      },
    ],
  },
  performance: { hints: false },
};

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const page = await pageConfig(env, dev);
  // The WPS add-in's main.js (scripts/wps/package.ts puts it in dist/wps/kehou_VERSION/): one
  // file, its dynamic imports (the notice writers) kept inline, as no chunk is shipped beside
  // it; built after the pages, whose clean would otherwise remove it.
  const wps = {
    ...compile,
    name: "wps",
    dependencies: ["page"],
    devtool: dev ? "source-map" : false,
    entry: { "wps-main": "./src/wps/main.ts" },
    output: { path: path.resolve(__dirname, "dist"), clean: false, asyncChunks: false },
  };
  return [page, wps];
};

async function pageConfig(env, dev) {
  return {
    ...compile,
    name: "page",
    devtool: dev ? "source-map" : false,
    entry: {
      // functions.js stays whole (Excel may load it on its own) and carries the webpack runtime;
      // the ribbon and the pane, loaded after it on the same page, take what it holds
      // (decimal.js, the policy rules) from it rather than a second copy.
      functions: "./src/functions/functions.ts",
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // WPS's main.js is the other configuration's: kept when a watched rebuild of the pages cleans.
      clean: { keep: /^(node\/|wps-main\.js)/ },
      chunkFilename: "[name].[contenthash:8].js",
      // Lazy chunks beside the page that loads them. Not "auto": its runtime looks for the
      // script's own address in the DOM, and functions.js, which now holds the runtime, must
      // also start where there is no DOM (a custom-functions runtime of its own).
      publicPath: "",
    },
    optimization: {
      // The pane's and the ribbon's shared code in one chunk (what functions.js holds left out).
      splitChunks: {
        chunks: (chunk) => chunk.name === "commands" || chunk.name === "taskpane",
        name: "shared",
        minSize: 0,
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new LocalizeFunctionsPlugin(),
      // In Office: office.js from Microsoft's CDN, as Office requires.
      htmlPage("taskpane.html", `${officeCdn}/lib/1/hosted/office.js`, officeCdn),
      // In a plain browser (WPS users, Linux): the same page with the packaged office.js, no CDN at all.
      htmlPage("index.html", "lib/office.js", ""),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // SupportUrl and LearnMoreUrl of the manifest
          { from: "src/help/help.html", to: "help.html" },
          { from: "node_modules/@microsoft/office-js/dist/office.js", to: "lib/office.js" },
          // office.js looks this table up beside itself to learn that there is no Office host.
          {
            from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js",
            to: "lib/[name][ext]",
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : releaseManifest(content.toString(), prodUrl)),
          },
        ],
      }),
      new BudgetPlugin(),
    ],
    devServer: dev
      ? {
          static: { directory: path.join(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
          port: 3000,
        }
      : undefined,
  };
}
