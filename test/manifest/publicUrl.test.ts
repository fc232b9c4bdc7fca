/**
 * Moving the manifest to where the files are hosted (build/manifest.js): parsed, every URL on the
 * development server rewritten whatever carries it — attributes, element texts, an AppDomain
 * written as a bare origin — and nothing naming localhost left in a production manifest.
 * (release.test.ts builds for a real host and scans every file of the build.)
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { DEV_URL, manifestUrls, normalizePublicUrl, rewriteManifest } from "../../build/manifest";

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://addins.example.com/segments/";

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
const texts = (xml: string, tag: string): string[] =>
  Array.from(parse(xml).getElementsByTagName(tag) as unknown as ArrayLike<Element>).map((el) => el.textContent?.trim() ?? "");

describe("the manifest for a host (parsed, every URL moved)", () => {
  const rewritten = rewriteManifest(source, BASE);

  test("no localhost anywhere in the production manifest, comments included", () => {
    expect(source).toContain("localhost");
    expect(rewritten).not.toMatch(/localhost/i);
  });

  test("every URL is on the host: files under the base path, the AppDomain as the bare origin", () => {
    const urls = manifestUrls(rewritten);
    expect(urls.length).toBe(manifestUrls(source).length);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const ok = url.startsWith(BASE) || url === "https://addins.example.com";
      expect({ url, ok }).toEqual({ url, ok: true });
    }
    expect(texts(source, "AppDomain")).toEqual(["https://localhost:3000"]);
    expect(texts(rewritten, "AppDomain")).toEqual(["https://addins.example.com"]);
    expect(parse(rewritten).getElementsByTagName("SupportUrl")[0].getAttribute("DefaultValue")).toBe(`${BASE}help.html`);
  });

  test("the source manifest's URLs are on the development server and map one for one", () => {
    const before = manifestUrls(source);
    const after = manifestUrls(rewritten);
    before.forEach((url, i) => {
      const expected = url.startsWith(DEV_URL) ? BASE + url.slice(DEV_URL.length) : "https://addins.example.com";
      expect(after[i]).toBe(expected);
    });
  });

  test("for the development URL the manifest means what the source says (only escaping and layout may differ)", () => {
    const again = rewriteManifest(source, DEV_URL);
    expect(manifestUrls(again)).toEqual(manifestUrls(source));
    expect(parse(again).documentElement.toString()).toBe(parse(source).documentElement.toString());
  });

  test("renamed files (a content-hashed functions bundle) are named by their new names", () => {
    const hashed = rewriteManifest(source, BASE, { files: { "functions.js": "functions.0123abcd.js" } });
    expect(manifestUrls(hashed)).toContain(`${BASE}functions.0123abcd.js`);
    expect(manifestUrls(hashed)).not.toContain(`${BASE}functions.js`);
    expect(manifestUrls(hashed)).toContain(`${BASE}functions.json`);
  });

  test("a value written in any form is moved: attribute, text, CDATA, no trailing slash, surrounding spaces", () => {
    const xml =
      '<r a="https://localhost:3000/x.html?q=1#h"><t> https://localhost:3000 </t><c><![CDATA[https://localhost:3000/y.js]]></c><o>https://other.example/z</o></r>';
    const out = rewriteManifest(xml, "https://h.example/p");
    expect(out).not.toContain("localhost");
    expect(out).toContain('a="https://h.example/p/x.html?q=1#h"');
    expect(out).toContain("<t> https://h.example </t>");
    expect(out).toContain("https://h.example/p/y.js");
    expect(out).toContain("https://other.example/z");
  });

  test("anything else naming the development server fails the build, saying where", () => {
    expect(() => rewriteManifest('<r><!-- see https://localhost:3000/ --></r>', BASE)).toThrow(/still names localhost/);
    expect(() => rewriteManifest('<r a="https://localhost:4000/x"/>', BASE)).toThrow(/still names localhost/);
    expect(() => rewriteManifest("<r><unclosed></r>", BASE)).toThrow(/not well-formed/);
  });

  test("the public URL must be https, without credentials, query or fragment; a trailing slash is added", () => {
    expect(normalizePublicUrl("https://addins.example.com/segments")).toBe(BASE);
    expect(normalizePublicUrl("https://addins.example.com")).toBe("https://addins.example.com/");
    expect(() => normalizePublicUrl("http://addins.example.com/")).toThrow(/https/);
    expect(() => normalizePublicUrl("ftp://addins.example.com/")).toThrow(/https/);
    expect(() => normalizePublicUrl("https://user:pw@addins.example.com/")).toThrow(/user name or password/);
    expect(() => normalizePublicUrl("https://addins.example.com/?v=1")).toThrow(/query/);
    expect(() => normalizePublicUrl("addins.example.com")).toThrow(/not a URL/);
  });
});
