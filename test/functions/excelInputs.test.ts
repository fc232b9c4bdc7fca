/**
 * Cells as real Excel hands them to the built bundle (dist/functions.js, loaded as Excel's runtime
 * loads it: test/harness/builtAddin.ts). functions.json sets `allowCustomDataForDataTypeAny` and
 * `allowErrorForDataTypeAny`, so a custom function receives:
 * - an error cell of a range as the error's cell value, e.g.
 *   `{ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }`
 *   (Excel.ErrorCellValue), or as a `CustomFunctions.Error`-like object with a `code`;
 * - a data type as its cell value JSON (Excel.CellValue): `{ type: "FormattedNumber", basicValue,
 *   numberFormat }`, `{ type: "Double", basicValue, numberFormat }` (the form the custom functions
 *   data types article returns), `{ type: "Entity", text, properties }` (the form it reads) …
 * Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import * as path from "path";
import { loadBuiltAddin } from "../harness/builtAddin";
import { StandInCustomFunctionError } from "../setup/customFunctionsStandIn";
import { isCellError, plainCell } from "../../src/segment/cells";

const addin = loadBuiltAddin();

/** Calls a built function as Excel does; a thrown error (the whole formula's) is returned. */
function callOne(id: string, ...args: unknown[]): unknown {
  const fn = addin.associations.get(id);
  const meta = addin.metadata.find((m) => m.id === id);
  if (!fn || !meta) throw new Error(`the bundle does not associate ${id}`);
  // Omitted optional arguments reach the function as null, as in Excel.
  const full = meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
  try {
    return fn(...full);
  } catch (thrown) {
    return thrown;
  }
}

/** A function that spills: its rows. A whole-formula error fails the test with its message. */
function call(id: string, ...args: unknown[]): unknown[][] {
  const result = callOne(id, ...args);
  if (!Array.isArray(result)) throw new Error(`SEGMENT.${id} gave ${JSON.stringify(result)}`);
  return result as unknown[][];
}

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** Error values as Excel passes them with the data-types metadata (Excel.ErrorCellValue). */
const NA = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
const DIV0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
const REF = { type: "Error", basicType: "Error", basicValue: "#REF!", errorType: "Ref" };
/** #N/A in German Excel: the basicValue follows the display language, errorType does not. */
const NA_GERMAN = { type: "Error", basicType: "Error", basicValue: "#NV", errorType: "NotAvailable" };

function codeOf(cell: unknown): string | undefined {
  return cell instanceof StandInCustomFunctionError ? cell.code : undefined;
}

const VALUES = [120, 950, 40, 15, 300, 75, 8, 500];
const ALT = [3, 9, 1, 4, 8, 2, 7, 6];
const DAYS = [5, 40, 200, 12, 90, 365, 30, 60];
const ORDERS = [12, 3, 1, 6, 2, 1, 9, 4];
const BLOCK = VALUES.map((v, i) => [v, v + ALT[i] * 10, v - ALT[i]]);

/** The first 300 customers of the CDNOW sample (x, t_x, T in weeks): enough to fit BG/NBD. */
const CDNOW = fs
  .readFileSync(path.resolve(__dirname, "../fixtures/cdnow_summary.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1, 301)
  .map((line) => line.split(",").slice(1).map(Number));
const BG_NBD_ARGS = [0, 1, 2].map((k) => column(CDNOW.map((row) => row[k])));

/**
 * One case per function whose rows line up with its input: the arguments, and which of them
 * are lists (or blocks) whose row `at` gets the error.
 */
interface RowCase {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly lists: readonly number[];
}

const ROW_CASES: readonly RowCase[] = [
  { id: "ABC", args: [column(VALUES)], lists: [0] },
  { id: "ABCD", args: [column(VALUES), null, "byhand"], lists: [0] },
  { id: "PARETO", args: [column(VALUES)], lists: [0] },
  { id: "SHARE", args: [column(VALUES)], lists: [0] },
  { id: "QUADRANT", args: [column(VALUES), column(ALT)], lists: [0, 1] },
  { id: "CONTRIBUTION", args: [BLOCK], lists: [0] },
  { id: "STABILITY", args: [BLOCK], lists: [0] },
  { id: "GROWTHSTREAK", args: [BLOCK], lists: [0] },
  { id: "ABCGROWTH", args: [BLOCK], lists: [0] },
  { id: "RFM", args: [column(DAYS), column(ORDERS), column(VALUES)], lists: [0, 1, 2] },
  { id: "RFMCODE", args: [column(DAYS), column(ORDERS), column(VALUES)], lists: [0, 1, 2] },
  { id: "RFM8CLASS", args: [column(DAYS), column(ORDERS), column(VALUES)], lists: [0, 1, 2] },
  { id: "STRATEGY", args: [column(["A", "B", "VITAL", "EI", "C", "LOSS", "A", "B"])], lists: [0] },
  { id: "PALIVE", args: BG_NBD_ARGS, lists: [0, 1, 2] },
  { id: "EXPECTED", args: [...BG_NBD_ARGS, 13], lists: [0, 1, 2] },
];

/** The arguments with row `at` of the first list replaced by `error` (or removed when `error` is absent). */
function withRow(c: RowCase, at: number, error?: unknown): unknown[] {
  return c.args.map((arg, k) => {
    if (!c.lists.includes(k)) return arg;
    const rows = (arg as unknown[][]).map((row) => [...row]);
    if (error === undefined) rows.splice(at, 1);
    else if (k === c.lists[0]) rows[at][0] = error;
    return rows;
  });
}

describe("an error value in a range: that row gets the error, the other rows are classified as without it", () => {
  test.each(ROW_CASES.map((c) => [c.id, c] as const))("SEGMENT.%s", (_, c) => {
    const at = 2;
    const without = call(c.id, ...withRow(c, at));
    expect(without.flat().some((cell) => cell instanceof StandInCustomFunctionError)).toBe(false);
    for (const [error, code] of [
      [NA, "#N/A"],
      [DIV0, "#DIV/0!"],
      [NA_GERMAN, "#N/A"],
      [new StandInCustomFunctionError("#N/A"), "#N/A"],
    ] as const) {
      const result = call(c.id, ...withRow(c, at, error));
      expect(result.length).toBe(without.length + 1);
      expect(result[at].map(codeOf)).toEqual(result[at].map(() => code));
      expect([...result.slice(0, at), ...result.slice(at + 1)]).toEqual(without);
    }
  });

  test("#REF! cannot be returned by an add-in: the row gets #VALUE! with a message naming #REF!", () => {
    const result = call("ABC", column([100, REF, 50]));
    expect(codeOf(result[1][0])).toBe("#VALUE!");
    expect((result[1][0] as StandInCustomFunctionError).message).toContain("#REF!");
    expect(result[0][0]).toBe("A");
  });

  test("the one-row forms: an error as the value gives that error; an error among the values is no customer", () => {
    expect(codeOf(callOne("ABCOF", NA, column(VALUES)))).toBe("#N/A");
    expect(codeOf(callOne("QUADRANTOF", 950, NA, column(VALUES), column(ALT)))).toBe("#N/A");
    for (const value of [950, 40, 8]) {
      expect(callOne("ABCOF", value, column([...VALUES, NA]))).toBe(callOne("ABCOF", value, column(VALUES)));
      expect(callOne("PARETOOF", value, column([NA, ...VALUES]))).toBe(callOne("PARETOOF", value, column(VALUES)));
    }
  });

  test("SEGMENT.SUMMARY leaves an order line holding an error out, and SUMMARYEXPLAIN counts it", () => {
    const ids = ["K1", "K2", "K1", "K3", "K2"];
    const dates = [45292, 45300, 45320, 45310, 45330];
    const amounts = [100, 250, 80, 40, 60];
    const plain = call("SUMMARY", column(ids), column(dates), column(amounts));
    const spoiled = call("SUMMARY", column([...ids, "K1"]), column([...dates, NA]), column([...amounts, 999]));
    expect(spoiled).toEqual(plain);
    const explained = call("SUMMARYEXPLAIN", column([...ids, "K1"]), column([...dates, NA]), column([...amounts, 999]));
    expect(explained.find((row) => /error value/.test(String(row[0])))?.[1]).toBe(1);
    expect(explained.find((row) => /^Order lines counted/.test(String(row[0])))?.[1]).toBe(ids.length);
  });
});

// ---------------------------------------------------------------------------------------------
// Rich values (Excel data types), shaped as the Excel JavaScript API's cell value JSON.
// ---------------------------------------------------------------------------------------------

const formatted = (n: number, numberFormat = "#,##0"): object => ({ type: "FormattedNumber", basicValue: n, basicType: "Double", numberFormat });
const double = (n: number, numberFormat = "0.00"): object => ({ type: "Double", basicValue: n, numberFormat });
const entity = (text: string): object => ({
  type: "Entity",
  text,
  basicType: "Error",
  basicValue: "#VALUE!",
  properties: { Revenue: { type: "Double", basicValue: 5000 }, Region: { type: "String", basicValue: "Seoul" } },
});
/** A Stocks data type cell (linked data type). */
const STOCK = {
  type: "LinkedEntity",
  text: "Microsoft Corporation (XNAS:MSFT)",
  basicType: "Error",
  basicValue: "#VALUE!",
  id: { entityId: "https://example.invalid/msft", domainId: "Stocks", serviceId: 268435456, culture: "en-US" },
};
const IMAGE = { type: "WebImage", address: "https://example.invalid/logo.png", basicType: "Error", basicValue: "#VALUE!" };

describe("plainCell reads a data type by its plain value", () => {
  test.each([
    ["FormattedNumber", formatted(1234), 1234],
    ["Double", double(0.25, "0%"), 0.25],
    ["String", { type: "String", basicValue: "Contoso", basicType: "String" }, "Contoso"],
    ["Boolean", { type: "Boolean", basicValue: true, basicType: "Boolean" }, true],
    ["Empty", { type: "Empty", basicValue: "", basicType: "Empty" }, ""],
    ["Entity (its text)", entity("Contoso"), "Contoso"],
    ["LinkedEntity (its text)", STOCK, "Microsoft Corporation (XNAS:MSFT)"],
    ["WebImage (no plain value)", IMAGE, ""],
    ["Array (no plain value)", { type: "Array", elements: [[{ type: "Double", basicValue: 1 }]], basicType: "Error", basicValue: "#VALUE!" }, ""],
  ])("%s", (_, cell, plain) => {
    expect(plainCell(cell)).toEqual(plain);
  });

  test("an error cell value becomes the error, by errorType first (the basicValue may be localized)", () => {
    expect(plainCell(NA)).toEqual({ code: "#N/A" });
    expect(plainCell(NA_GERMAN)).toEqual({ code: "#N/A" });
    expect(plainCell({ type: "Error", basicValue: "#SPILL!" })).toEqual({ code: "#SPILL!" });
    expect(plainCell({ type: "Error", errorType: "GettingData" })).toEqual({ code: "#GETTING_DATA" });
    expect(isCellError(plainCell({ type: "Error", errorType: "GettingData" }))).toBe(true);
    expect(plainCell({ type: "Error" })).toEqual({ code: "#VALUE!" });
  });

  test("plain cells, Dates and CustomFunctions.Error objects pass through unchanged", () => {
    const error = new StandInCustomFunctionError("#N/A", "lookup failed");
    const date = new Date(Date.UTC(2024, 0, 1));
    for (const cell of [1, "x", "", null, undefined, true, error, date]) expect(plainCell(cell)).toBe(cell);
  });
});

describe("data types in the functions' arguments", () => {
  test("formatted numbers are customers with their numbers: SEGMENT.ABC and EXPLAIN as on plain numbers", () => {
    const rich = VALUES.map((v, i) => (i % 2 === 0 ? formatted(v, '#,##0 "원"') : double(v)));
    expect(call("ABC", column(rich))).toEqual(call("ABC", column(VALUES)));
    expect(call("EXPLAIN", column(rich), "PARETO")).toEqual(call("EXPLAIN", column(VALUES), "PARETO"));
  });

  test("an entity, a linked data type, an image or a boolean among the values is not a customer (blank, not an error)", () => {
    for (const odd of [entity("Contoso"), STOCK, IMAGE, { type: "Boolean", basicValue: false }]) {
      const result = call("ABC", column([...VALUES.slice(0, 3), odd, ...VALUES.slice(3)]));
      expect(result[3]).toEqual([""]);
      expect([...result.slice(0, 3), ...result.slice(4)]).toEqual(call("ABC", column(VALUES)));
    }
  });

  test("options given as data types: cuts as formatted percentages, a rule as a String value", () => {
    const cuts = [[formatted(0.7, "0%"), formatted(0.9, "0%")]];
    const rule = { type: "String", basicValue: "byhand" };
    expect(call("ABC", column(VALUES), cuts, rule)).toEqual(call("ABC", column(VALUES), [[0.7, 0.9]], "byhand"));
    expect(call("PARETO", column(VALUES), formatted(0.6, "0%"))).toEqual(call("PARETO", column(VALUES), 0.6));
    expect(call("RFM", column(DAYS), column(ORDERS), column(VALUES), [
      [10, 30, 60, 120].map((v) => double(v)),
      [2, 3, 5, 8],
      [50, 100, 200, 400],
    ])).toEqual(call("RFM", column(DAYS), column(ORDERS), column(VALUES), [
      [10, 30, 60, 120],
      [2, 3, 5, 8],
      [50, 100, 200, 400],
    ]));
  });

  test("customer IDs and class codes as entities read as their text", () => {
    const dates = [45292, 45300, 45320, 45310];
    const amounts = [100, 250, 80, 40];
    const richIds = [entity("Contoso"), "Fabrikam", "contoso", { type: "String", basicValue: "Litware" }];
    const richDates = dates.map((d) => formatted(d, "yyyy-mm-dd"));
    const richAmounts = amounts.map((a) => formatted(a, "$#,##0.00"));
    const asOf = formatted(45350, "yyyy-mm-dd");
    expect(call("SUMMARY", column(richIds), column(richDates), column(richAmounts), asOf)).toEqual(
      call("SUMMARY", column(["Contoso", "Fabrikam", "contoso", "Litware"]), column(dates), column(amounts), 45350),
    );
    expect(call("STRATEGY", column([entity("A"), { type: "String", basicValue: "VITAL" }]))).toEqual(call("STRATEGY", column(["A", "VITAL"])));
    // Header row, then the first customer under the text its entity shows.
    expect(call("SUMMARY", column(richIds), column(dates), column(amounts))[1][0]).toBe("Contoso");
  });

  test("a period block of formatted numbers: SEGMENT.CONTRIBUTION as on plain numbers", () => {
    const rich = BLOCK.map((row) => row.map((v) => formatted(v)));
    expect(call("CONTRIBUTION", rich)).toEqual(call("CONTRIBUTION", BLOCK));
  });
});
