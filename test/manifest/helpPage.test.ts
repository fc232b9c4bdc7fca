/**
 * dist/help.html — where the manifest's SupportUrl and Get Started link lead — in Chromium:
 * - it is shipped, the manifest points at it, and its policy allows only its own stylesheet,
 *   script and icon (no inline script or style, nothing from elsewhere);
 * - in English, Korean and Chinese it lists every function of functions.json, in order, with the
 *   description and parameters of that language's functions.*.json, and every playbook code with
 *   the advice SEGMENT.STRATEGY gives in that language;
 * - the language comes from ?lang=, else from the browser's language; the links switch it, with
 *   or without script; no request leaves the server, no console error, no policy violation.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { metaPolicy, PreviewServer, startPreviewServer } from "../../preview/server";
import { manifestUrls } from "../../build/manifest";
import { LANGUAGES, METADATA_FILES } from "../../build/helpPage";
import { Language } from "../../src/i18n/language";
import { playbookCodes, strategyFor } from "../../src/i18n/playbook";
import { DIST, launch } from "../e2e/previewPage";

interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}
const metadata = (language: Language): Fn[] => JSON.parse(fs.readFileSync(path.join(DIST, METADATA_FILES[language]), "utf8")).functions;
const SCRIPT_OF: Record<Language, RegExp> = { en: /^[^\uac00-\ud7a3\u4e00-\u9fff]*$/, ko: /[\uac00-\ud7a3]/, "zh-CN": /[\u4e00-\u9fff]/ };

describe("the help page", () => {
  let server: PreviewServer;
  let browser: Browser;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "help.html"))) throw new Error("dist/help.html is missing: run `npm run build` first (npm test does).");
    server = await startPreviewServer(DIST, 0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string, options: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
    const page = await context.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) outside.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${query}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`${query}: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${query}: ${response.status()} ${response.url()}`);
    });
    await page.goto(server.url + "help.html" + query);
    await page.waitForLoadState("load");
    return page;
  }

  /** The language of the one article shown. */
  const shown = (page: Page): Promise<string[]> =>
    page.$$eval("main > article", (articles) => articles.filter((a) => getComputedStyle(a).display !== "none").map((a) => a.getAttribute("lang") ?? ""));

  test("is shipped with its stylesheet and script, and the manifest's SupportUrl and Get Started link point at it", () => {
    for (const file of ["help.html", "help.css", "help.js"]) expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    expect(path.basename(new URL(support).pathname)).toBe("help.html");
    const learnMore = /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    expect(path.basename(new URL(learnMore).pathname)).toBe("help.html");
    expect(manifestUrls(manifest)).toEqual(expect.arrayContaining([support, learnMore]));
  });

  test("its policy: nothing but its own stylesheet, script and images; no inline script or style", () => {
    const html = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    const policy = metaPolicy(html) ?? "";
    const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v.join(" ")]));
    expect(directives.get("default-src")).toBe("'none'");
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("style-src")).toBe("'self'");
    expect(directives.get("img-src")).toBe("'self'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(directives.get("form-action")).toBe("'none'");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\s(on\w+|style)=/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });

  test.each([...LANGUAGES])("in %s: every function of its functions.json, in order, with its description and parameters", async (language) => {
    const page = await open(`?lang=${language}`);
    expect(await shown(page)).toEqual([language]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const listed = await page.$$eval(`#help-${language} [data-function]`, (sections) =>
      sections.map((s) => ({
        id: s.getAttribute("data-function"),
        heading: s.querySelector("h3")?.textContent ?? "",
        description: s.querySelector(".function-description")?.textContent ?? "",
        parameters: [...s.querySelectorAll("tbody tr")].map((tr) => ({ name: tr.querySelector("code")?.textContent ?? "", description: tr.querySelector("td")?.textContent ?? "" })),
      })),
    );
    const functions = metadata(language);
    expect(functions.length).toBeGreaterThan(20);
    expect(listed.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    functions.forEach((fn, i) => {
      const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(listed[i].heading).toBe(`SEGMENT.${fn.name}(${params})`);
      expect(listed[i].description).toBe(fn.description);
      expect(listed[i].parameters).toEqual(fn.parameters.map((p) => ({ name: p.name, description: p.description ?? "" })));
    });
    if (language !== "en") expect(functions.filter((fn) => !SCRIPT_OF[language].test(fn.description)).map((fn) => fn.id)).toEqual([]);
    const headings = await page.$$eval(`#help-${language} h1, #help-${language} h2`, (hs) => hs.map((h) => h.textContent ?? ""));
    for (const heading of headings) expect({ heading, inLanguage: SCRIPT_OF[language].test(heading) }).toEqual({ heading, inLanguage: true });
    await page.context().close();
  });

  test.each([...LANGUAGES])("in %s: the playbook has every code with the advice SEGMENT.STRATEGY gives", async (language) => {
    const page = await open(`?lang=${language}`);
    const rows = await page.$$eval(`#help-${language} tr[data-code]`, (trs) => trs.map((tr) => [tr.getAttribute("data-code") ?? "", tr.querySelector("td")?.textContent ?? ""]));
    expect(rows.map(([code]) => code).sort()).toEqual([...playbookCodes()].sort());
    for (const [code, advice] of rows) expect({ code, advice }).toEqual({ code, advice: strategyFor(code, language) });
    await page.context().close();
  });

  test("the browser's language is used when ?lang= is absent; the links switch language, with and without script", async () => {
    expect(await shown(await open("", { locale: "ko-KR" }))).toEqual(["ko"]);
    expect(await shown(await open("", { locale: "zh-CN" }))).toEqual(["zh-CN"]);
    expect(await shown(await open("", { locale: "de-DE" }))).toEqual(["en"]);
    const page = await open("?lang=ko");
    await page.click('.languages a[hreflang="zh-CN"]');
    await page.waitForLoadState("load");
    expect(await shown(page)).toEqual(["zh-CN"]);
    expect(await page.getAttribute('.languages a[hreflang="zh-CN"]', "aria-current")).toBe("true");
    const noScript = await open("", { javaScriptEnabled: false });
    expect(await shown(noScript)).toEqual(["en"]);
    await noScript.click('.languages a[hreflang="ko"]');
    await noScript.waitForLoadState("load");
    expect(await shown(noScript)).toEqual(["ko"]);
  });

  test("no request left the server, no console error or warning, no policy violation, no missing file", () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
