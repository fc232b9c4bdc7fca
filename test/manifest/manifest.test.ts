/**
 * The manifest, checked offline (the online validator of `npm run validate` is out of reach here):
 * well-formed XML, every resource id defined, the shared runtime wired consistently, URLs that
 * point at files the build produces, icons of the sizes named, and no more permission than needed.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { DIST } from "../harness/builtAddin";

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
    const urls = [script, metadata, pane, ...imageDefinitions.map((el) => el.getAttribute("DefaultValue") ?? "")];
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

  test("the built manifest is the source manifest (URLs rewritten only when ADDIN_PUBLIC_URL is set)", () => {
    const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const base = process.env.ADDIN_PUBLIC_URL;
    expect(built).toBe(base ? source.split("https://localhost:3000/").join(base) : source);
  });
});
