/* Builds the add-in: the task pane page and the custom functions, which share one runtime
 * (the task pane page loads functions.js), plus functions.json generated from JSDoc. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { BROWSER_CHECK, lowerForWebviews, WEBVIEW_ES } = require("./build/webviewTarget");
const { HelpPagePlugin } = require("./build/helpPage");
const { AddinManifestPlugin } = require("./build/manifest");

/** Every module that declares @customfunction functions (the metadata plugin reads each). */
const FUNCTION_MODULES = [
  "./src/functions/tierFunctions.ts",
  "./src/functions/paretoFunctions.ts",
  "./src/functions/explainFunction.ts",
  "./src/functions/quadrantFunctions.ts",
  "./src/functions/periodFunctions.ts",
  "./src/functions/strategyFunction.ts",
  "./src/functions/transitionFunctions.ts",
  "./src/functions/ordersFunctions.ts",
  "./src/functions/rfmFunctions.ts",
  "./src/functions/lifecycleFunctions.ts",
  "./src/functions/bgnbdFunctions.ts",
  "./src/functions/clvFunctions.ts",
  "./src/functions/whyFunctions.ts",
  "./src/functions/xyzFunctions.ts",
  "./src/functions/cohortFunctions.ts",
];

/**
 * functions.ko.json and functions.zh-CN.json, written next to functions.json: the English
 * metadata (generated from the JSDoc) with every description translated from the tables in
 * src/i18n/functionHelp/ (keyed by function id and parameter name). Ids and names are copied
 * unchanged. A function or parameter without a translation fails the build, naming it.
 */
const FUNCTION_HELP_DIR = path.resolve(__dirname, "src/i18n/functionHelp");
let tsNodeRegistered = false;
function loadFunctionHelp() {
  if (!tsNodeRegistered) {
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    tsNodeRegistered = true;
  }
  // Fresh tables on every build (webpack serve rebuilds in the same process).
  for (const id of Object.keys(require.cache)) if (id.startsWith(FUNCTION_HELP_DIR)) delete require.cache[id];
  return require(path.join(FUNCTION_HELP_DIR, "index.ts"));
}

class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return; // the metadata plugin has reported why
        const { LOCALIZED_METADATA, localizeMetadata } = loadFunctionHelp();
        for (const file of require("fs").readdirSync(FUNCTION_HELP_DIR)) compilation.fileDependencies.add(path.join(FUNCTION_HELP_DIR, file));
        const metadata = JSON.parse(english.source.source().toString());
        // Excel passes a cell holding an error (#N/A …) in a range to a function only when this
        // top-level property is true; otherwise the whole formula gives that error. The metadata
        // generator cannot set it (Microsoft: custom-functions-errors, custom-functions-json), so
        // it is added here, to functions.json and, through `metadata`, to every localized file.
        metadata.allowErrorForDataTypeAny = true;
        compilation.updateAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 4)));
        for (const target of LOCALIZED_METADATA) {
          try {
            const localized = localizeMetadata(metadata, target.table, target.language);
            compilation.emitAsset(target.file, new webpack.sources.RawSource(JSON.stringify(localized, null, 4)));
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(String(error instanceof Error ? error.message : error)));
          }
        }
      });
    });
  }
}

/** ExcelJS's prebuilt browser bundle without polyfills (the preview's "Open .xlsx"). */
const EXCELJS_BROWSER = /[\\/]exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/;

const DEV_URL = "https://localhost:3000/";
/** Where the built files will be hosted; the manifest's URLs are rewritten to it. */
const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL || DEV_URL;

async function httpsOptions() {
  // Only `npm run dev-server` needs a certificate; building never does.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // `--env contentHash` (npm run release): bundle names carry their content hash; the pages and
  // the manifest name them (functions.json and its translations keep their names).
  const contentHash = Boolean(env && env.contentHash);
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The browser preview (npm run preview): the pane on an in-memory sample workbook, no office.js.
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: contentHash ? "[name].[contenthash:16].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Webpack's own runtime code at the same language level as the modules (build/webviewTarget.js).
    target: ["web", `es${WEBVIEW_ES}`],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript (type-checked), then lowered to the webviews' level.
          use: [lowerForWebviews, { loader: "ts-loader", options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true } }],
        },
        {
          // Every JavaScript module, node_modules included: Fluent UI's dependencies ship ES2022
          // (class static blocks, `??=`), which an older WebKit cannot even parse.
          test: /\.[cm]?js$/,
          exclude: [BROWSER_CHECK, EXCELJS_BROWSER],
          use: [lowerForWebviews],
        },
        {
          // ExcelJS's browser bundle, loaded by the preview only when the user opens an .xlsx
          // (its own chunk): the few string-to-code spots rewritten (build/exceljsNoEval.js),
          // then lowered like every other module.
          test: EXCELJS_BROWSER,
          use: [lowerForWebviews, path.resolve(__dirname, "build/exceljsNoEval.js")],
        },
        {
          // taskpane.html loads this plain-ES5 check before the bundles: copied as it is.
          test: BROWSER_CHECK,
          type: "asset/resource",
          generator: { filename: "[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    // No `global` shim: webpack would implement it with `new Function("return this")`, which a
    // strict Content-Security-Policy forbids and our no-eval check rejects.
    node: { global: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_MODULES }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the page runs the functions too, so it loads both bundles.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      // help.html (SupportUrl, Get Started): written from functions*.json and the playbook.
      new HelpPagePlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      // Every URL of the manifest moved to PUBLIC_URL by parsing it (build/manifest.js).
      new AddinManifestPlugin({ source: path.resolve(__dirname, "manifest.xml"), publicUrl: PUBLIC_URL }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
