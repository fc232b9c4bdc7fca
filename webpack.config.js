/* Builds the add-in: the task pane page and the custom functions, which share one runtime
 * (the task pane page loads functions.js), plus functions.json generated from JSDoc. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

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
];

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
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    // No `global` shim: webpack would implement it with `new Function("return this")`, which a
    // strict Content-Security-Policy forbids and our no-eval check rejects.
    node: { global: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_MODULES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the page runs the functions too, so it loads both bundles.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(PUBLIC_URL),
          },
        ],
      }),
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
