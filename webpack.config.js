const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { localizeFunctions } = require("./scripts/localize-functions");

/** Where the add-in is served in development; a release build rewrites it to KEHOU_URL. */
const devUrl = "https://localhost:3000/";
const prodUrl = process.env.KEHOU_URL ?? "https://kehou.example.edu.cn/";

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

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: { keep: /^node\// } },
    resolve: { extensions: [".ts", ".js"] },
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
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new LocalizeFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(devUrl, prodUrl),
          },
        ],
      }),
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
};
