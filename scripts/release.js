#!/usr/bin/env node
/**
 * npm run release -- --url https://host/path/ [--out release]
 *
 * Writes the folder to upload to any static HTTPS host, served at --url:
 * - a production build whose bundles carry their content hash in their names
 *   (taskpane.<hash>.js …; the pages and the manifest name them), so a new version is never
 *   mixed with an old one from a cache; functions.json and its translations keep their names;
 * - manifest.xml with every URL on --url (build/manifest.js), checked against Microsoft's
 *   manifest schemas (build/manifestSchema.js) — this is the file the admin uploads;
 * - help.html, assets/, source maps;
 * - SHA256SUMS: the SHA-256 of every other file, as `sha256sum` prints it
 *   (check with `cd release && sha256sum -c SHA256SUMS`).
 * The browser preview (preview.html, its bundle and the ExcelJS chunk it loads to open an .xlsx)
 * is left out: it is not part of the add-in.
 * The release is refused if any file still names localhost.
 *
 * --out must be a new or empty folder, or an earlier release (it holds SHA256SUMS); it is replaced.
 * --keep-build DIR also leaves the whole webpack output there (the tests scan it).
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SUMS = "SHA256SUMS";
const NOT_RELEASED = /^(preview|exceljs)(\.[0-9a-f]+)?\.(html|js|js\.map|js\.LICENSE\.txt)$/;

function usage(message) {
  if (message) console.error(`release: ${message}`);
  console.error("usage: npm run release -- --url https://host/path/ [--out release] [--keep-build DIR]");
  process.exit(2);
}

function parseArgs(argv) {
  const args = { out: "release" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--url") args.url = value();
    else if (flag === "--out") args.out = value();
    else if (flag === "--keep-build") args.keepBuild = value();
    else if (flag === "--help" || flag === "-h") usage();
    else usage(`unknown argument ${argv[i]}`);
  }
  if (!args.url) usage("--url is required");
  return args;
}

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** `sha256sum` lines for every file of dir (but the list itself). */
function checksums(dir) {
  return listFiles(dir)
    .filter((f) => f !== SUMS)
    .map((f) => `${sha256(path.join(dir, f))}  ${f}\n`)
    .join("");
}

function assertReplaceable(out) {
  if (!fs.existsSync(out)) return;
  if (!fs.statSync(out).isDirectory()) throw new Error(`${out} exists and is not a folder`);
  const entries = fs.readdirSync(out);
  if (entries.length && !entries.includes(SUMS)) {
    throw new Error(`${out} is not empty and holds no earlier release (${SUMS}); pick another --out`);
  }
}

async function build(publicUrl, outputPath) {
  process.env.ADDIN_PUBLIC_URL = publicUrl;
  const webpack = require("webpack");
  const config = await require(path.join(ROOT, "webpack.config.js"))({ contentHash: true }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output.path = outputPath;
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      resolve();
    });
  });
}

async function release({ url, out, keepBuild }) {
  const { normalizePublicUrl } = require("../build/manifest");
  const { validateManifest } = require("../build/manifestSchema");
  const publicUrl = normalizePublicUrl(url);
  const target = path.resolve(out);
  assertReplaceable(target);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "addin-release-"));
  const built = keepBuild ? path.resolve(keepBuild) : path.join(work, "build");
  const staged = path.join(work, "release");
  try {
    console.log(`release: building for ${publicUrl}`);
    await build(publicUrl, built);

    for (const file of listFiles(built).filter((f) => !NOT_RELEASED.test(path.basename(f)))) {
      fs.mkdirSync(path.dirname(path.join(staged, file)), { recursive: true });
      fs.copyFileSync(path.join(built, file), path.join(staged, file));
    }

    const manifest = fs.readFileSync(path.join(staged, "manifest.xml"), "utf8");
    const { valid, errors } = await validateManifest(manifest);
    if (!valid) throw new Error(`manifest.xml does not validate against the schemas:\n${errors.join("\n")}`);
    const naming = listFiles(staged).filter((f) => fs.readFileSync(path.join(staged, f)).includes("localhost"));
    if (naming.length) throw new Error(`these files still name localhost: ${naming.join(", ")}`);

    fs.writeFileSync(path.join(staged, SUMS), checksums(staged));
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(staged, target, { recursive: true });
    const files = listFiles(target);
    console.log(`release: ${files.length} files in ${path.relative(process.cwd(), target) || "."} for ${publicUrl}`);
    console.log(`release: upload them all to ${publicUrl}, then upload ${path.join(path.relative(process.cwd(), target), "manifest.xml")} in the Microsoft 365 admin center (docs/deploy.md)`);
    return { publicUrl, out: target, files };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  release(parseArgs(process.argv.slice(2))).catch((error) => {
    console.error(`release: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}

module.exports = { release, checksums, listFiles, parseArgs, SUMS };
