/**
 * Validates a manifest against Microsoft's XML schemas for Office Add-in manifests
 * (test/manifest/schemas/, as Microsoft published them — see the README there) with libxml2's
 * xmllint compiled to WebAssembly (xmllint-wasm: no native binary, nothing downloaded).
 *
 * The published files do not compile as they are, and they predate the shared runtime, so the
 * corrections below are applied in memory before validating. Each one must match exactly once:
 * if a schema file is replaced, a correction that no longer applies fails loudly instead of
 * silently validating against something else.
 */
const fs = require("fs");
const path = require("path");

const SCHEMA_DIR = path.resolve(__dirname, "../test/manifest/schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

const RUNTIMES_TYPES = `  <xs:complexType name="Runtimes">
    <xs:annotation>
      <xs:documentation>Added here (not in the published file): the shared runtime (SharedRuntime 1.1), per the Runtimes and Runtime element reference.</xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="Runtime" type="Runtime" minOccurs="1" maxOccurs="1" />
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Runtime">
    <xs:complexContent>
      <xs:extension base="bt:URLResourceReference">
        <xs:attribute name="lifetime" use="optional" default="short">
          <xs:simpleType>
            <xs:restriction base="xs:string">
              <xs:enumeration value="short" />
              <xs:enumeration value="long" />
            </xs:restriction>
          </xs:simpleType>
        </xs:attribute>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>

`;

/** [file, what, find (string or RegExp), replacement]: see test/manifest/schemas/README.md. */
const CORRECTIONS = [
  ...["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd", "MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd"].map((file) => [
    file,
    "the XML Schema namespace is http://, not https:// (a link-fixing edit of 2018 changed it)",
    'xmlns:xs="https://www.w3.org/2001/XMLSchema"',
    'xmlns:xs="http://www.w3.org/2001/XMLSchema"',
  ]),
  ...[1, 2, 3].map(() => [
    "OfficeAppManifestV1_1.xsd",
    "the XML Signature namespace is http://, not https:// (same edit)",
    'namespace="https://www.w3.org/2000/09/xmldsig#"',
    'namespace="http://www.w3.org/2000/09/xmldsig#"',
  ]),
  ...["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"].map((file) => [
    file,
    "XML Schema regular expressions have no lazy quantifier: {0,3}? is read as {0,3} (patterns are anchored, so the meaning is the same)",
    '<xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}?"/>',
    '<xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}"/>',
  ]),
  [
    "OfficeAppManifestV1_1.xsd",
    "ContentAppVersionOverridesV1_0.xsd was never published: its import is dropped",
    '  <xs:import schemaLocation="ContentAppVersionOverridesV1_0.xsd" namespace="http://schemas.microsoft.com/office/contentappversionoverrides" />\n',
    "",
  ],
  [
    "OfficeAppManifestV1_1.xsd",
    "…and a content add-in's VersionOverrides is accepted without checking (it does not concern a task pane add-in)",
    /<xs:element ref="contentor:VersionOverrides"[\s\S]*?<\/xs:element>/,
    '<xs:any namespace="http://schemas.microsoft.com/office/contentappversionoverrides" processContents="lax" minOccurs="0" maxOccurs="1" />',
  ],
  [
    "TaskPaneAppVersionOverridesV1_0.xsd",
    "Runtimes (the shared runtime, 2020) is added as the first, optional child of Host",
    '    <xs:sequence>\n      <xs:element name="AllFormFactors" type="FormFactor" minOccurs="0" maxOccurs="1" odoc:omit="true">',
    '    <xs:sequence>\n      <xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />\n      <xs:element name="AllFormFactors" type="FormFactor" minOccurs="0" maxOccurs="1" odoc:omit="true">',
  ],
  [
    "TaskPaneAppVersionOverridesV1_0.xsd",
    "…with its types: one Runtime, a resid and lifetime short or long",
    '  <xs:complexType name="Host" abstract="true">',
    RUNTIMES_TYPES + '  <xs:complexType name="Host" abstract="true">',
  ],
];

/** The schema files as published, by name. */
function publishedSchemas() {
  const out = {};
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd")).sort()) {
    out[file] = fs.readFileSync(path.join(SCHEMA_DIR, file), "utf8");
  }
  return out;
}

/** The schema files with CORRECTIONS applied; throws when one does not match exactly once. */
function correctedSchemas() {
  const schemas = publishedSchemas();
  for (const [file, what, find, replacement] of CORRECTIONS) {
    const text = schemas[file];
    if (text === undefined) throw new Error(`schema ${file} is missing from ${SCHEMA_DIR}`);
    const at = typeof find === "string" ? text.indexOf(find) : text.search(find);
    if (at < 0) throw new Error(`schema correction no longer applies to ${file}: ${what}`);
    schemas[file] = typeof find === "string" ? text.slice(0, at) + replacement + text.slice(at + find.length) : text.replace(find, replacement);
  }
  return schemas;
}

/**
 * Validates manifest text against the corrected schemas.
 * @returns {Promise<{ valid: boolean, errors: string[] }>} errors as xmllint words them, one a line
 */
async function validateManifest(xml, fileName = "manifest.xml") {
  const { validateXML } = require("xmllint-wasm");
  const schemas = correctedSchemas();
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: { fileName: ROOT_SCHEMA, contents: schemas[ROOT_SCHEMA] },
    preload: Object.entries(schemas)
      .filter(([name]) => name !== ROOT_SCHEMA)
      .map(([name, contents]) => ({ fileName: name, contents })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage).filter(Boolean) };
}

module.exports = { SCHEMA_DIR, CORRECTIONS, publishedSchemas, correctedSchemas, validateManifest };
