/**
 * The manifest, checked offline (the online validator of `npm run validate` is out of reach here):
 * well-formed XML, every resource id defined, the shared runtime wired consistently, URLs that
 * point at files the build produces, icons of the sizes named, and no more permission than needed.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { DIST } from "../harness/builtAddin";
import { LOCALIZED_METADATA } from "../../src/i18n/functionHelp";

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function parse(xml: string): Document {
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (fatal) {
    problems.push(String(fatal));
  }
  if (problems.length) throw new Error(`manifest.xml is not well-formed: ${problems.join("; ")}`);
  return doc!;
}

const doc = parse(source);
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
/** Resource definitions: the bt:Image/bt:Url/bt:String elements that carry an id (icons *use* bt:Image with a resid). */
const definitions = ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) => all(tag).filter((el) => el.hasAttribute("id")));
const resources = new Map<string, string>();
for (const el of definitions) resources.set(el.getAttribute("id") ?? "", el.getAttribute("DefaultValue") ?? "");
const imageDefinitions = definitions.filter((el) => el.nodeName === "bt:Image");
const residOf = (el: Element | undefined): string => el?.getAttribute("resid") ?? "";
/** The locale overrides (bt:Override, or Override in the root's namespace) directly under an element. */
const overridesOf = (el: Element): Map<string, string> =>
  new Map(
    Array.from(el.childNodes as unknown as ArrayLike<Node>)
      .filter((n): n is Element => n.nodeType === 1 && /^(bt:)?Override$/.test(n.nodeName))
      .map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]),
  );
const LOCALES = ["ko-KR", "zh-CN"];

const DEV_BASE = "https://localhost:3000/";

/** A value of the source manifest as it must read when the files are served from `base`. */
function expectedValue(value: string, from: string, base: string): string {
  const trimmed = value.trim();
  if (!/^https?:\/\//.test(trimmed) || new URL(trimmed).origin !== new URL(from).origin) return value;
  if (!trimmed.startsWith(from)) return value.replace(trimmed, new URL(base).origin); // a bare origin (AppDomain)
  return value.replace(trimmed, base + trimmed.slice(from.length));
}

/** Differences between two manifests: same elements, attributes and texts, URLs moved from `from` to `base`. */
function sameTree(a: Element, b: Element, from: string, base: string, at = ""): string[] {
  const here = `${at}/${a.nodeName}`;
  if (a.nodeName !== b.nodeName) return [`${here}: became ${b.nodeName}`];
  const problems: string[] = [];
  const attrs = (el: Element) => Array.from(el.attributes as unknown as ArrayLike<Attr>);
  if (attrs(a).length !== attrs(b).length) problems.push(`${here}: ${attrs(a).length} attributes became ${attrs(b).length}`);
  for (const attr of attrs(a)) {
    const want = attr.name.startsWith("xmlns") ? attr.value : expectedValue(attr.value, from, base);
    const got = b.getAttribute(attr.name);
    if (got !== want) problems.push(`${here}/@${attr.name}: ${got} should be ${want}`);
  }
  const kids = (el: Element) => Array.from(el.childNodes as unknown as ArrayLike<Node>).filter((n) => n.nodeType === 1 || (n.nodeType === 3 && (n.nodeValue ?? "").trim()));
  const [ka, kb] = [kids(a), kids(b)];
  if (ka.length !== kb.length) return [...problems, `${here}: ${ka.length} children became ${kb.length}`];
  ka.forEach((node, i) => {
    const other = kb[i];
    if (node.nodeType === 1) problems.push(...sameTree(node as Element, other as Element, from, base, here));
    else if ((other.nodeValue ?? "").trim() !== expectedValue(node.nodeValue ?? "", from, base).trim()) {
      problems.push(`${here}: ${(other.nodeValue ?? "").trim()} should be ${expectedValue(node.nodeValue ?? "", from, base).trim()}`);
    }
  });
  return problems;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml (offline checks)", () => {
  test("is well-formed, a task pane add-in for Excel workbooks", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("DisplayName")[0].getAttribute("DefaultValue")).toBe("Customer Segments");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
    expect(() => parse("<OfficeApp><Id></OfficeApp>")).toThrow("not well-formed");
  });

  test("every resid it references is defined, and no resource id is defined twice", () => {
    const referenced = all("*")
      .map((el) => el.getAttribute("resid"))
      .filter((id): id is string => Boolean(id));
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect({ id, defined: resources.has(id) }).toEqual({ id, defined: true });
    const ids = definitions.map((el) => el.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("shared runtime: one long-lived runtime serves the task pane and the functions", () => {
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtime = residOf(runtimes[0]);
    const page = all("Page")[0]?.getElementsByTagName("SourceLocation")[0];
    const functionFile = all("FunctionFile")[0];
    const showTaskpane = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(residOf(page)).toBe(runtime);
    expect(residOf(functionFile)).toBe(runtime);
    expect(residOf(showTaskpane?.getElementsByTagName("SourceLocation")[0])).toBe(runtime);
    const sets = all("Set").map((s) => s.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
    expect(sets).toContain("CustomFunctionsRuntime");
  });

  test("the custom functions namespace is SEGMENT", () => {
    expect(resources.get(residOf(all("Namespace")[0]))).toBe("SEGMENT");
  });

  test("URLs share one origin and name files the build produces", () => {
    const script = resources.get(residOf(all("Script")[0]?.getElementsByTagName("SourceLocation")[0])) ?? "";
    const metadata = resources.get(residOf(all("Metadata")[0]?.getElementsByTagName("SourceLocation")[0])) ?? "";
    const pane = resources.get(residOf(all("Runtime")[0])) ?? "";
    const defaultPane = all("SourceLocation").find((el) => el.parentNode?.nodeName === "DefaultSettings")?.getAttribute("DefaultValue");
    expect(defaultPane).toBe(pane);
    const overrideUrls = definitions.filter((el) => el.nodeName === "bt:Url").flatMap((el) => [...overridesOf(el).values()]);
    expect(overrideUrls.length).toBeGreaterThan(0);
    const urls = [script, metadata, pane, ...overrideUrls, ...imageDefinitions.map((el) => el.getAttribute("DefaultValue") ?? "")];
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    expect(all("AppDomain").map((el) => el.textContent)).toEqual([...origins]);
    for (const url of urls) {
      const file = path.join(DIST, new URL(url).pathname);
      expect({ url, built: fs.existsSync(file) }).toEqual({ url, built: true });
    }
    expect(path.basename(new URL(script).pathname)).toBe("functions.js");
    expect(path.basename(new URL(metadata).pathname)).toBe("functions.json");
  });

  test("Korean and Chinese Excel read the localized function metadata the build writes (same ids, translated help)", () => {
    const metadataUrl = definitions.find((el) => el.getAttribute("id") === residOf(all("Metadata")[0]?.getElementsByTagName("SourceLocation")[0]));
    expect(metadataUrl?.nodeName).toBe("bt:Url");
    const overrides = overridesOf(metadataUrl!);
    expect([...overrides.keys()].sort()).toEqual([...LOCALES].sort());
    for (const target of LOCALIZED_METADATA) {
      const url = overrides.get(target.locale) ?? "";
      expect(path.basename(new URL(url).pathname)).toBe(target.file);
      expect(new URL(url).origin).toBe(new URL(metadataUrl!.getAttribute("DefaultValue") ?? "").origin);
      const built = path.join(DIST, new URL(url).pathname);
      expect({ url, built: fs.existsSync(built) }).toEqual({ url, built: true });
    }
  });

  test("every display string has a Korean and a Chinese override within the manifest's length limits; the namespace stays SEGMENT", () => {
    const limits: [Element, number][] = [
      [all("DisplayName")[0], 125],
      [all("Description")[0], 250],
      ...all("bt:String").filter((el) => el.hasAttribute("id") && el.parentNode?.nodeName === "bt:ShortStrings").map((el): [Element, number] => [el, 125]),
      ...all("bt:String").filter((el) => el.hasAttribute("id") && el.parentNode?.nodeName === "bt:LongStrings").map((el): [Element, number] => [el, 250]),
    ];
    const namespaceId = residOf(all("Namespace")[0]);
    const problems: string[] = [];
    for (const [el, limit] of limits) {
      const id = el.getAttribute("id") ?? el.nodeName;
      const overrides = overridesOf(el);
      if (id === namespaceId) {
        if (overrides.size) problems.push(`${id}: the function namespace must not be localized`);
        continue;
      }
      for (const locale of LOCALES) {
        const value = overrides.get(locale);
        const script = locale === "ko-KR" ? /[\uac00-\ud7a3]/ : /[\u4e00-\u9fff]/;
        if (!value) problems.push(`${id}: no ${locale} override`);
        else if (!script.test(value)) problems.push(`${id}: the ${locale} override is not in its language`);
        else if (value.length > limit) problems.push(`${id}: the ${locale} override has ${value.length} characters (limit ${limit})`);
      }
      if ((el.getAttribute("DefaultValue") ?? "").length > limit) problems.push(`${id}: the default is longer than ${limit}`);
    }
    expect(problems).toEqual([]);
  });

  test("icons exist at the sizes the manifest names", () => {
    for (const image of imageDefinitions) {
      const match = /(\d+)x(\d+)$/.exec(image.getAttribute("id") ?? "");
      const file = path.join(ROOT, new URL(image.getAttribute("DefaultValue") ?? "").pathname);
      expect(fs.existsSync(file)).toBe(true);
      if (match) expect(pngSize(file)).toEqual({ width: Number(match[1]), height: Number(match[2]) });
    }
    for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
      const file = path.join(ROOT, new URL(all(tag)[0].getAttribute("DefaultValue") ?? "").pathname);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(all("Permissions").map((el) => el.textContent?.trim())).toEqual(["ReadWriteDocument"]);
  });

  test("the built manifest is the source manifest, node for node, with every URL moved to the base it was built for", () => {
    // Compared by walking both parsed documents, not by repeating the rewrite: an element or
    // attribute the build forgot (an AppDomain written without a trailing slash …) shows here.
    const built = parse(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"));
    const base = new URL(process.env.ADDIN_PUBLIC_URL ?? DEV_BASE);
    if (!base.pathname.endsWith("/")) base.pathname += "/";
    expect(sameTree(doc.documentElement, built.documentElement, DEV_BASE, base.href)).toEqual([]);
  });

  test("the tree comparison itself catches a URL left behind and one moved wrongly", () => {
    const moved = (xml: string) => parse(xml).documentElement;
    const src = moved('<a x="https://localhost:3000/t.html"><b>https://localhost:3000</b></a>');
    const good = moved('<a x="https://h.example/p/t.html"><b>https://h.example</b></a>');
    const left = moved('<a x="https://h.example/p/t.html"><b>https://localhost:3000</b></a>');
    const wrong = moved('<a x="https://h.example/t.html"><b>https://h.example</b></a>');
    expect(sameTree(src, good, DEV_BASE, "https://h.example/p/")).toEqual([]);
    expect(sameTree(src, left, DEV_BASE, "https://h.example/p/")).toEqual(["/a/b: https://localhost:3000 should be https://h.example"]);
    expect(sameTree(src, wrong, DEV_BASE, "https://h.example/p/")).toEqual(["/a/@x: https://h.example/t.html should be https://h.example/p/t.html"]);
  });
});
