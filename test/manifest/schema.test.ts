/**
 * The manifest against Microsoft's XML schemas for add-in manifests (test/manifest/schemas/,
 * README there), validated by libxml2 compiled to WebAssembly (xmllint-wasm): the source
 * manifest, the built one, and the one for a production host. Planted errors show the
 * validation really bites, and the schema files are checked to be exactly the files Microsoft
 * published (the few corrections are applied in memory by build/manifestSchema.js).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { rewriteManifest } from "../../build/manifest";
import { CORRECTIONS, correctedSchemas, publishedSchemas, SCHEMA_DIR, validateManifest } from "../../build/manifestSchema";
import { DIST } from "../harness/builtAddin";

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The git blob id of a file's bytes (what `git hash-object` prints): ties each file to Microsoft's repository. */
const blobId = (bytes: Buffer): string => createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");

/** The manifest with one change made through the DOM (not by editing strings). */
function plant(change: (doc: Document) => void): string {
  const doc = new DOMParser().parseFromString(source, "text/xml") as unknown as Document;
  change(doc);
  return new XMLSerializer().serializeToString(doc as never);
}
const first = (doc: Document, tag: string): Element => (doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>)[0];
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";

describe("Microsoft's manifest schemas", () => {
  test("the schema files are byte for byte the ones Microsoft published (blob ids listed in the README)", () => {
    const readme = fs.readFileSync(path.join(SCHEMA_DIR, "README.md"), "utf8");
    const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
    expect(files.sort()).toEqual(Object.keys(publishedSchemas()).sort());
    expect(files.length).toBe(5);
    for (const file of files) {
      const id = blobId(fs.readFileSync(path.join(SCHEMA_DIR, file)));
      const row = readme.split("\n").find((line) => line.includes(`\`${file}\``)) ?? "";
      expect({ file, listed: row.includes(id) }).toEqual({ file, listed: true });
    }
  });

  test("every correction still applies exactly where it is meant to, and is listed in the README", () => {
    const schemas = correctedSchemas();
    const readme = fs.readFileSync(path.join(SCHEMA_DIR, "README.md"), "utf8");
    expect(schemas["OfficeAppManifestV1_1.xsd"]).toContain('xmlns:xs="http://www.w3.org/2001/XMLSchema"');
    expect(schemas["TaskPaneAppVersionOverridesV1_0.xsd"]).toContain('<xs:element name="Runtimes" type="Runtimes"');
    for (const [file] of CORRECTIONS) expect(readme).toContain(file);
  });

  test("the source manifest is valid", async () => {
    expect(await validateManifest(source)).toEqual({ valid: true, errors: [] });
  });

  test("the built manifest (dist/manifest.xml) is valid", async () => {
    expect(await validateManifest(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"))).toEqual({ valid: true, errors: [] });
  });

  test("the production manifest for https://addins.example.com/segments/ is valid", async () => {
    const production = rewriteManifest(source, "https://addins.example.com/segments/", { files: { "functions.js": "functions.0123456789abcdef.js" } });
    expect(await validateManifest(production)).toEqual({ valid: true, errors: [] });
  });

  describe("planted errors are refused, with xmllint's message", () => {
    const cases: [string, (doc: Document) => void, RegExp][] = [
      [
        "an unknown element",
        (doc) => {
          const el = doc.createElementNS(OFFICE_APP_NS, "Colour");
          el.appendChild(doc.createTextNode("red"));
          first(doc, "Permissions").parentNode!.insertBefore(el, first(doc, "Permissions"));
        },
        /manifest\.xml:\d+: .*Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Colour': This element is not expected/,
      ],
      [
        "a bad attribute value (a runtime lifetime that does not exist)",
        (doc) => first(doc, "Runtime").setAttribute("lifetime", "forever"),
        /attribute 'lifetime': \[facet 'enumeration'\] The value 'forever' is not an element of the set \{'short', 'long'\}/,
      ],
      [
        "a permission that does not exist",
        (doc) => (first(doc, "Permissions").textContent = "ReadWriteEverything"),
        /Permissions'.*The value 'ReadWriteEverything' is not an element of the set/,
      ],
      [
        "a version that is not a.b.c.d",
        (doc) => (first(doc, "Version").textContent = "1.0-beta"),
        /Version'.*\[facet 'pattern'\] The value '1\.0-beta' is not accepted by the pattern/,
      ],
      [
        "a missing required element (Id)",
        (doc) => first(doc, "Id").parentNode!.removeChild(first(doc, "Id")),
        /Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Version': This element is not expected\. Expected is \( \{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Id \)/,
      ],
      [
        "elements out of the required order (Permissions before DefaultSettings)",
        (doc) => first(doc, "OfficeApp").insertBefore(first(doc, "Permissions"), first(doc, "DefaultSettings")),
        /This element is not expected/,
      ],
      [
        "an unknown element inside VersionOverrides (checked by the task pane overrides schema)",
        (doc) => {
          const ns = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
          first(doc, "Runtimes").appendChild(doc.createElementNS(ns, "Runtime"));
        },
        /Runtime': This element is not expected/,
      ],
    ];
    test.each(cases)("%s", async (_name, change, message) => {
      const planted = plant(change);
      expect(planted).not.toBe(source);
      const result = await validateManifest(planted);
      expect(result.valid).toBe(false);
      expect(result.errors.join("\n")).toMatch(message);
    });
  });
});
