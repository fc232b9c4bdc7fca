/**
 * The manifest for a host: manifest.xml names the development server (https://localhost:3000/);
 * `rewriteManifest(xml, publicUrl)` parses it and moves every URL on that server to `publicUrl`,
 * whatever element or attribute carries it and however it is written:
 * - a URL under the development base (`https://localhost:3000/taskpane.html`) keeps its path
 *   relative to the base: `https://addins.example.com/segments/taskpane.html`;
 * - a bare origin (`<AppDomain>https://localhost:3000</AppDomain>`) becomes the public origin
 *   (`https://addins.example.com`: an AppDomain is an origin, it has no path);
 * - `files` renames built files (a content-hashed functions bundle: functions.js → functions.<hash>.js).
 * Namespace declarations are identifiers, never rewritten. Anything still naming the development
 * host afterwards (a comment, a URL on another port) is an error, so a production manifest can
 * never point at a developer's machine. Used by webpack.config.js, the release script and the tests.
 */
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

const DEV_URL = "https://localhost:3000/";
const DEV_HOST = new URL(DEV_URL).hostname;

/** `https://host/path` → `https://host/path/`; anything but an absolute https URL is refused. */
function normalizePublicUrl(url) {
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`not a URL: ${JSON.stringify(url)} (expected e.g. https://addins.example.com/segments/)`);
  }
  if (parsed.protocol !== "https:") throw new Error(`the add-in must be served over https, not ${parsed.protocol} (${url})`);
  if (parsed.username || parsed.password) throw new Error(`the URL must not carry a user name or password (${url})`);
  if (parsed.search || parsed.hash) throw new Error(`the URL must not have a query or fragment (${url})`);
  if (!parsed.pathname.endsWith("/")) parsed.pathname += "/";
  return parsed.href;
}

function parseXml(xml) {
  const problems = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  } catch (fatal) {
    problems.push(String(fatal && fatal.message ? fatal.message : fatal));
  }
  if (problems.length) throw new Error(`the manifest is not well-formed: ${problems.join("; ")}`);
  return doc;
}

const isNamespaceAttribute = (name) => name === "xmlns" || name.startsWith("xmlns:");

/**
 * The value with URLs on `fromBase`'s server moved to `toBase`, or the value unchanged when it
 * is not such a URL.
 */
function rewriteValue(value, fromBase, toBase, files) {
  const trimmed = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return value;
  const from = new URL(fromBase);
  const url = new URL(trimmed);
  if (url.origin !== from.origin) return value;
  const to = new URL(toBase);
  if (url.pathname === "/" && !url.search && !url.hash && !trimmed.endsWith("/")) return value.replace(trimmed, to.origin);
  if (!url.pathname.startsWith(from.pathname)) throw new Error(`${trimmed} is on the development server but outside ${fromBase}`);
  let relative = url.pathname.slice(from.pathname.length);
  if (files && Object.prototype.hasOwnProperty.call(files, relative)) relative = files[relative];
  return value.replace(trimmed, new URL(relative + url.search + url.hash, to).href);
}

/**
 * manifest.xml (text) with every URL on the development server moved to `publicUrl`.
 * @param {string} xml
 * @param {string} publicUrl base URL the built files are served from (https, trailing slash added)
 * @param {{ files?: Record<string, string> }} [options] renamed files, relative to the base
 */
function rewriteManifest(xml, publicUrl, options = {}) {
  const base = normalizePublicUrl(publicUrl);
  const doc = parseXml(xml);
  const visit = (node) => {
    if (node.nodeType === 1) {
      for (const attr of Array.from(node.attributes)) {
        if (isNamespaceAttribute(attr.name)) continue;
        const next = rewriteValue(attr.value, DEV_URL, base, options.files);
        if (next !== attr.value) node.setAttribute(attr.name, next);
      }
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      const next = rewriteValue(node.data, DEV_URL, base, options.files);
      if (next !== node.data) node.data = next;
    }
    for (const child of Array.from(node.childNodes || [])) visit(child);
  };
  visit(doc);
  let out = new XMLSerializer().serializeToString(doc);
  if (!out.endsWith("\n")) out += "\n";
  if (new URL(base).hostname !== DEV_HOST && out.includes(DEV_HOST)) {
    const line = out.split("\n").find((l) => l.includes(DEV_HOST));
    throw new Error(`the manifest for ${base} still names ${DEV_HOST}: ${line.trim()}`);
  }
  return out;
}

/** Every URL the manifest names (attribute values and element texts), namespace declarations aside. */
function manifestUrls(xml) {
  const doc = parseXml(xml);
  const urls = [];
  const visit = (node) => {
    if (node.nodeType === 1) {
      for (const attr of Array.from(node.attributes)) {
        if (!isNamespaceAttribute(attr.name) && /^[a-z]+:\/\//i.test(attr.value.trim())) urls.push(attr.value.trim());
      }
    } else if ((node.nodeType === 3 || node.nodeType === 4) && /^[a-z]+:\/\//i.test(node.data.trim())) {
      urls.push(node.data.trim());
    }
    for (const child of Array.from(node.childNodes || [])) visit(child);
  };
  visit(doc);
  return urls;
}

/**
 * Emits manifest.xml for `publicUrl`. With content-hashed bundle names the manifest's
 * functions.js becomes the hashed name of the `functions` bundle (webpack's real-content-hash
 * step later updates that name inside the manifest as it does in the HTML pages).
 */
class AddinManifestPlugin {
  constructor({ source, publicUrl }) {
    this.source = source;
    this.publicUrl = publicUrl;
  }

  apply(compiler) {
    const name = "AddinManifestPlugin";
    const webpack = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        compilation.fileDependencies.add(this.source);
        const files = {};
        const functions = compilation.namedChunks.get("functions");
        const script = functions && [...functions.files].find((f) => f.endsWith(".js"));
        if (script && script !== "functions.js") files["functions.js"] = script;
        try {
          const xml = require("fs").readFileSync(this.source, "utf8");
          compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(rewriteManifest(xml, this.publicUrl, { files })));
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(`manifest.xml: ${error instanceof Error ? error.message : error}`));
        }
      });
    });
  }
}

module.exports = { DEV_URL, normalizePublicUrl, rewriteManifest, manifestUrls, parseXml, AddinManifestPlugin };
