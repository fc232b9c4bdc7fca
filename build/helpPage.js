/**
 * help.html — the page the manifest's SupportUrl and Get Started "learn more" link open, in
 * English, Korean and Simplified Chinese: getting started, the function reference and the
 * strategy playbook. It is written by the build from what the build itself produces, so it
 * never goes stale:
 * - the function reference from functions.json and functions.ko.json / functions.zh-CN.json
 *   (the same text Excel's autocomplete shows);
 * - the playbook from src/i18n/playbook.ts (the advice SEGMENT.STRATEGY returns);
 * - headings and the getting-started steps from src/i18n/helpText.ts.
 *
 * A static page: no request leaves the host (no fonts, no CDN), one stylesheet (help.css) and
 * one small script (help.js) from the same origin, no inline script or style, so its
 * Content-Security-Policy is `default-src 'none'` plus those two files and the icon. help.js
 * shows the language asked for by `?lang=` or, failing that, the browser's language; without
 * script the links to the other languages still work (they target the section, and CSS shows it).
 */
const crypto = require("crypto");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const LANGUAGES = ["en", "ko", "zh-CN"];
const METADATA_FILES = { en: "functions.json", ko: "functions.ko.json", "zh-CN": "functions.zh-CN.json" };
const NAMESPACE = "SEGMENT";
const EXAMPLE_FORMULA = "=SEGMENT.ABC(B2:B500)";

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** The TypeScript tables under src/i18n, loaded fresh (webpack serve rebuilds in one process). */
function loadTables() {
  if (!process[Symbol.for("ts-node.register.instance")]) {
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  }
  const dir = path.join(ROOT, "src/i18n");
  for (const id of Object.keys(require.cache)) if (id.startsWith(dir)) delete require.cache[id];
  const files = ["helpText.ts", "playbook.ts", "customerTypeNames.ts"].map((f) => path.join(dir, f));
  return {
    files,
    help: require(files[0]),
    playbook: require(files[1]),
    typeNames: require(files[2]),
  };
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const fill = (template, values) => escapeHtml(template).replace(/\{(\w+)\}/g, (m, key) => (key in values ? values[key] : m));

const anchor = (language, kind, key) => `${language}-${kind}-${String(key).toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function signature(fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

function renderFunction(fn, language, text) {
  const rows = fn.parameters
    .map(
      (p) =>
        `<tr><th scope="row"><code>${escapeHtml(p.name)}</code>${p.optional ? ` <span class="optional">${escapeHtml(text.optional)}</span>` : ""}</th><td>${escapeHtml(p.description || "")}</td></tr>`,
    )
    .join("\n");
  const params = fn.parameters.length
    ? `<table class="params"><thead><tr><th scope="col">${escapeHtml(text.parameter)}</th><th scope="col">${escapeHtml(text.description)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : "";
  return `<section class="function" id="${anchor(language, "fn", fn.id)}" data-function="${escapeHtml(fn.id)}">
<h3><code>${escapeHtml(signature(fn))}</code></h3>
<p class="function-description">${escapeHtml(fn.description || "")}</p>
${params}
</section>`;
}

function renderPlaybook(language, tables) {
  const { PLAYBOOK_GROUPS, HELP_TEXT } = tables.help;
  const text = HELP_TEXT[language];
  const codes = tables.playbook.playbookCodes();
  const names = tables.typeNames.CUSTOMER_TYPE_NAME_TABLES[language] || {};
  const grouped = new Set(Object.values(PLAYBOOK_GROUPS).flat());
  const groups = Object.entries(PLAYBOOK_GROUPS).map(([key, list]) => [key, key === "other" ? codes.filter((c) => !grouped.has(c)) : list.filter((c) => codes.includes(c))]);
  return groups
    .filter(([, list]) => list.length)
    .map(([key, list]) => {
      const rows = list
        .map((code) => {
          const name = names[code] ? ` <span class="type-name">${escapeHtml(names[code])}</span>` : "";
          return `<tr data-code="${escapeHtml(code)}"><th scope="row"><code>${escapeHtml(code)}</code>${name}</th><td>${escapeHtml(tables.playbook.strategyFor(code, language) || "")}</td></tr>`;
        })
        .join("\n");
      return `<section class="playbook-group" id="${anchor(language, "playbook", key)}">
<h3>${escapeHtml(text.groups[key])}</h3>
<table class="playbook"><thead><tr><th scope="col">${escapeHtml(text.code)}</th><th scope="col">${escapeHtml(text.advice)}</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
    })
    .join("\n");
}

function renderLanguage(language, metadata, tables) {
  const text = tables.help.HELP_TEXT[language];
  const pane = tables.help.PANE_PATH[language];
  const functions = metadata[language].functions;
  const toc = functions.map((fn) => `<li><a href="#${anchor(language, "fn", fn.id)}"><code>${escapeHtml(fn.name)}</code></a></li>`).join("");
  return `<article id="help-${language}" lang="${language}" data-title="${escapeHtml(text.title)}"${language === "en" ? "" : " hidden"}>
<header class="page-header">
<h1>${escapeHtml(text.title)}</h1>
<p class="intro">${escapeHtml(text.intro)}</p>
</header>
<nav class="contents" aria-label="${escapeHtml(text.contents)}">
<a href="#${language}-start">${escapeHtml(text.startHeading)}</a>
<a href="#${language}-functions">${escapeHtml(text.functionsHeading)}</a>
<a href="#${language}-playbook">${escapeHtml(text.playbookHeading)}</a>
</nav>
<section id="${language}-start" class="start">
<h2>${escapeHtml(text.startHeading)}</h2>
<ol>
<li>${escapeHtml(text.startInstall)}</li>
<li>${fill(text.startFormula, { formula: `<code class="formula">${escapeHtml(EXAMPLE_FORMULA)}</code>` })} ${escapeHtml(text.startFormulaMore)}</li>
<li>${fill(text.startPane, { pane: `<strong>${escapeHtml(pane)}</strong>` })}</li>
</ol>
<p class="privacy">${escapeHtml(text.startPrivacy)}</p>
</section>
<section id="${language}-functions" class="functions">
<h2>${escapeHtml(text.functionsHeading)}</h2>
<p>${escapeHtml(text.functionsIntro)}</p>
<ul class="function-index">${toc}</ul>
${functions.map((fn) => renderFunction(fn, language, text)).join("\n")}
</section>
<section id="${language}-playbook" class="playbook-section">
<h2>${escapeHtml(text.playbookHeading)}</h2>
<p>${escapeHtml(text.playbookIntro)}</p>
${renderPlaybook(language, tables)}
</section>
</article>`;
}

const CSS = `:root { color-scheme: light dark; --fg: #1f1f1f; --muted: #5c5c5c; --bg: #ffffff; --panel: #f5f5f5; --line: #d6d6d6; --accent: #0f6cbd; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --muted: #adadad; --bg: #1b1b1b; --panel: #262626; --line: #3d3d3d; --accent: #62abf5; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 "Segoe UI", system-ui, -apple-system, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Malgun Gothic", "Microsoft YaHei", sans-serif; }
a { color: var(--accent); }
code { font-family: Consolas, "Cascadia Mono", "DejaVu Sans Mono", monospace; font-size: 0.92em; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.6rem max(1rem, calc((100% - 60rem) / 2)); background: var(--panel); border-bottom: 1px solid var(--line); }
.brand { display: flex; align-items: center; gap: 0.5rem; font-weight: 600; margin-right: auto; }
.brand img { width: 32px; height: 32px; }
.languages { display: flex; gap: 0.25rem; }
.languages a { padding: 0.2rem 0.6rem; border-radius: 4px; text-decoration: none; border: 1px solid transparent; }
.languages a[aria-current="true"] { border-color: var(--accent); font-weight: 600; }
[id] { scroll-margin-top: 5rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
article:target { display: block; }
main:has(article:target) article:not(:target) { display: none; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.8rem 0 0.4rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.6rem 0 0.4rem; overflow-wrap: anywhere; }
.intro { color: var(--muted); font-size: 1.05rem; margin-top: 0; }
.contents { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin: 0.8rem 0; }
.start ol { padding-left: 1.4rem; }
.start li { margin: 0.45rem 0; }
.formula { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0.05rem 0.35rem; white-space: nowrap; }
.privacy { color: var(--muted); }
.function-index { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; }
.function { border-top: 1px solid var(--line); }
.function h3 code { font-size: 1rem; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 0.8rem; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.55rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); font-weight: 600; }
tbody th { font-weight: normal; white-space: nowrap; width: 1%; }
.playbook tbody th { white-space: normal; width: 11rem; }
.optional, .type-name { display: block; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 40rem) { .bar { position: static; } [id] { scroll-margin-top: 0.5rem; } tbody th { white-space: normal; } .playbook tbody th { width: 7rem; } }
`;

const JS = `/* help.html: shows the language asked for by ?lang= or, failing that, the browser's. */
(function () {
  var languages = ["en", "ko", "zh-CN"];
  function pick(tag) {
    tag = String(tag || "").toLowerCase();
    if (tag.indexOf("ko") === 0) return "ko";
    if (tag.indexOf("zh") === 0) return "zh-CN";
    if (tag.indexOf("en") === 0) return "en";
    return null;
  }
  var asked = pick(new URLSearchParams(location.search).get("lang"));
  var target = /^#help-(.+)$/.exec(location.hash);
  var language = asked || (target && languages.indexOf(target[1]) >= 0 ? target[1] : null) || pick((navigator.languages || [])[0] || navigator.language) || "en";
  languages.forEach(function (l) {
    var article = document.getElementById("help-" + l);
    if (article) article.hidden = l !== language;
    var link = document.querySelector('.languages a[hreflang="' + l + '"]');
    if (link) link.setAttribute("aria-current", l === language ? "true" : "false");
  });
  var shown = document.getElementById("help-" + language);
  document.documentElement.lang = language;
  if (shown) document.title = shown.getAttribute("data-title");
})();
`;

const shortHash = (text) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * The page and its two files.
 * @param {Record<string, {functions: object[]}>} metadata functions.json per language (en, ko, zh-CN)
 * @param {ReturnType<typeof loadTables>} tables
 */
function renderHelpPage(metadata, tables = loadTables()) {
  const text = tables.help.HELP_TEXT;
  const languageLinks = LANGUAGES.map(
    (l) => `<a href="?lang=${l}#help-${l}" hreflang="${l}" lang="${l}"${l === "en" ? ' aria-current="true"' : ""}>${escapeHtml(text[l].languageName)}</a>`,
  ).join("\n");
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${POLICY}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(text.en.title)}</title>
<link rel="icon" href="assets/icon-32.png" />
<link rel="stylesheet" href="help.css?v=${shortHash(CSS)}" />
<script src="help.js?v=${shortHash(JS)}" defer></script>
</head>
<body>
<div class="bar">
<span class="brand"><img src="assets/icon-32.png" alt="" width="32" height="32" />Customer Segments</span>
<nav class="languages" aria-label="Language / 언어 / 语言">
${languageLinks}
</nav>
</div>
<main>
${LANGUAGES.map((l) => renderLanguage(l, metadata, tables)).join("\n")}
</main>
</body>
</html>
`;
  return { "help.html": html, "help.css": CSS, "help.js": JS };
}

/** Writes help.html, help.css and help.js once functions.json and its translations are emitted. */
class HelpPagePlugin {
  apply(compiler) {
    const name = "HelpPagePlugin";
    const webpack = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const metadata = {};
        for (const language of LANGUAGES) {
          const asset = compilation.getAsset(METADATA_FILES[language]);
          if (!asset) return; // the metadata plugins have reported why
          metadata[language] = JSON.parse(asset.source.source().toString());
        }
        try {
          const tables = loadTables();
          for (const file of tables.files) compilation.fileDependencies.add(file);
          for (const [file, content] of Object.entries(renderHelpPage(metadata, tables))) {
            compilation.emitAsset(file, new webpack.sources.RawSource(content));
          }
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(`help.html: ${error instanceof Error ? error.message : error}`));
        }
      });
    });
  }
}

module.exports = { HelpPagePlugin, renderHelpPage, loadTables, LANGUAGES, METADATA_FILES, POLICY };
