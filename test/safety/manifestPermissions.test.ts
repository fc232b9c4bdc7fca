/**
 * The manifest asks for nothing beyond ReadWriteDocument (test/manifest/manifest.test.ts checks
 * the <Permissions> element itself); this adds what else could widen the add-in's reach:
 * - no single sign-on / Microsoft Graph scopes (<WebApplicationInfo>), no extended permissions;
 * - one AppDomain, the add-in's own origin, and every URL in the manifest (source locations,
 *   icons, function files, help) on that origin over https;
 * - no manifest element that would load something from elsewhere.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
const elements = all("*");
/** Namespace declarations and schema locations are identifiers, not places anything is loaded from. */
const isNamespace = (name: string): boolean => name === "xmlns" || name.startsWith("xmlns:") || name === "xsi:schemaLocation";

describe("the manifest asks for no more than it needs", () => {
  test("ReadWriteDocument, once, and no SSO, Graph scopes or extended permissions", () => {
    expect(all("Permissions").map((p) => p.textContent?.trim())).toEqual(["ReadWriteDocument"]);
    for (const tag of ["WebApplicationInfo", "Scopes", "Scope", "ExtendedPermissions", "ExtendedPermission", "Resource", "Authorization"]) {
      expect({ tag, count: all(tag).length }).toEqual({ tag, count: 0 });
    }
  });

  test("one AppDomain, the add-in's own origin; every URL on it, over https", () => {
    const domains = all("AppDomain").map((d) => d.textContent?.trim() ?? "");
    expect(domains).toHaveLength(1);
    const origin = new URL(domains[0]).origin;
    const urls: string[] = [];
    for (const el of elements) {
      for (const attr of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
        if (isNamespace(attr.name)) continue;
        if (/^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
      }
      if (el.childNodes.length === 1 && /^[a-z]+:\/\//i.test(el.textContent?.trim() ?? "")) urls.push(el.textContent?.trim() ?? "");
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const u = new URL(url);
      expect({ url, protocol: u.protocol, origin: u.origin }).toEqual({ url, protocol: "https:", origin });
    }
  });
});
