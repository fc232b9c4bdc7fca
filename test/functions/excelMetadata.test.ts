/**
 * The built metadata (dist/functions.json and its Korean and Chinese versions) as real Excel
 * reads it:
 * - `allowErrorForDataTypeAny` (Microsoft, "Handle and return errors from your custom function":
 *   to process inputs that contain errors a custom function needs it set to true) and
 *   `allowCustomDataForDataTypeAny` (data types reach the functions) in every file;
 * - names Excel cannot confuse with something else (Microsoft, "Naming guidelines for custom
 *   functions"): no cell address (RFM8 is column RFM, row 8), no built-in function (GROWTH),
 *   no two parameters of one function differing only by case (T and t).
 * Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, FunctionMetadata } from "../harness/builtAddin";
import { LOCALIZED_METADATA } from "../../src/i18n/functionHelp";

type MetadataFile = { functions: FunctionMetadata[] } & Record<string, unknown>;

function read(file: string): MetadataFile {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(fs.readFileSync(full, "utf8"));
}

const FILES = ["functions.json", ...LOCALIZED_METADATA.map((t) => t.file)];
const english = read("functions.json");

/** The built-in names of test/fixtures/excelFunctionNames.txt. */
const BUILT_IN = new Set(
  fs
    .readFileSync(path.resolve(__dirname, "../fixtures/excelFunctionNames.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim().toUpperCase())
    .filter((line) => line !== "" && !line.startsWith("#")),
);

/** Column letters → number: A = 1, Z = 26, AA = 27, XFD = 16384 (Excel's last column). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const LAST_COLUMN = columnNumber("XFD");

/**
 * Whether Excel would read `name` as a cell reference: A1 style (1–3 letters up to XFD, then a
 * row number of 1–7 digits), or R1C1 style (R, C, R5, C12, RC, R2C3 …).
 */
function isCellAddress(name: string): boolean {
  const upper = name.toUpperCase();
  const a1 = /^([A-Z]{1,3})([0-9]{1,7})$/.exec(upper);
  if (a1 && columnNumber(a1[1]) <= LAST_COLUMN) return true;
  return upper !== "" && /^(R[0-9]*)?(C[0-9]*)?$/.test(upper);
}

describe.each(FILES)("dist/%s", (file) => {
  const metadata = read(file);

  test("sets allowErrorForDataTypeAny and allowCustomDataForDataTypeAny to true (top-level, for every function)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(metadata.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  });
});

describe("what the error and data-type settings reach", () => {
  test("every range parameter is of type any (the settings apply to type any only)", () => {
    const notAny = english.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix" && p.type !== "any").map((p) => `${f.id}(${p.name}): ${p.type}`),
    );
    expect(notAny).toEqual([]);
  });

  test("every function has at least one parameter of type any", () => {
    expect(english.functions.filter((f) => !f.parameters.some((p) => p.type === "any")).map((f) => f.id)).toEqual([]);
  });
});

describe("function and parameter names Excel reads only one way", () => {
  test("the address check knows Excel's grid", () => {
    for (const address of ["RFM8", "ABC1", "A1", "XFD1048576", "ZZ99", "R1C1", "RC", "R5", "C12"]) expect({ address, is: isCellAddress(address) }).toEqual({ address, is: true });
    for (const name of ["RFM8EXPLAIN", "RFM8CLASS", "ABC", "ABCD1", "XFE1", "GROWTHSTREAK", "ABCOF", "RFM"]) expect({ name, is: isCellAddress(name) }).toEqual({ name, is: false });
  });

  test("the built-in list is Excel's (spot checks)", () => {
    expect(BUILT_IN.size).toBeGreaterThan(500);
    for (const name of ["SUM", "GROWTH", "TREND", "FORECAST.ETS", "XLOOKUP", "LAMBDA", "GROUPBY", "PERCENTOF", "RANK", "MEDIAN"]) expect(BUILT_IN.has(name)).toBe(true);
  });

  test("no function id or name is a cell address", () => {
    const clashes = english.functions.flatMap((f) => [f.id, f.name]).filter(isCellAddress);
    expect(clashes).toEqual([]);
  });

  test("no function id or name is a built-in Excel function (the same names in English, Korean and Chinese Excel)", () => {
    const clashes = english.functions.flatMap((f) => [f.id, f.name]).filter((n) => BUILT_IN.has(n.toUpperCase()));
    expect(clashes).toEqual([]);
  });

  test("ids and names are the same in every language file", () => {
    for (const file of FILES) expect(read(file).functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
  });

  test("no two parameters of a function differ only by case", () => {
    const clashes = english.functions.flatMap((f) => {
      const seen = new Map<string, string>();
      const found: string[] = [];
      for (const p of f.parameters) {
        const other = seen.get(p.name.toLowerCase());
        if (other !== undefined) found.push(`${f.id}: ${other} / ${p.name}`);
        seen.set(p.name.toLowerCase(), p.name);
      }
      return found;
    });
    expect(clashes).toEqual([]);
  });

  test("the renamed functions are there under their new names only", () => {
    const ids = english.functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["RFM8CLASS", "RFM8EXPLAIN", "GROWTHSTREAK", "ABCGROWTH", "EXPECTED"]));
    expect(ids).not.toContain("RFM8");
    expect(ids).not.toContain("GROWTH");
    expect(english.functions.find((f) => f.id === "EXPECTED")?.parameters.map((p) => p.name)).toEqual(["x", "t_x", "T", "horizon"]);
  });
});
