/**
 * SEGMENT.TRANSITIONS, SEGMENT.MOVE and SEGMENT.PREVIOUS as formulas in HyperFormula, loaded from
 * the built bundle as Excel would load it (run `npm run build` first). Data goes in first, then
 * the formulas that read it.
 *
 * The sheet: previous snapshot in A:C (ID, class, value), current snapshot in E:G, both with a
 * header row that the formulas leave out.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { sheetWithColumns } from "../harness/sheetWithColumns";
import { CURRENT_MONTH, PREVIOUS_MONTH } from "../fixtures/handWorkedMonth";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

type Cell = string | number | null;

const PREVIOUS: Cell[][] = PREVIOUS_MONTH.map((r) => [...r]);
const CURRENT: Cell[][] = CURRENT_MONTH.map((r) => [...r]);

/** Previous in A:C and current in E:G, each under a header row. */
function sheet(previous: Cell[][], current: Cell[][]): HyperFormula {
  const blank: Cell[] = [null, null, null];
  const rows = Array.from({ length: Math.max(previous.length, current.length) }, (_, i) => [
    ...(previous[i] ?? blank),
    null,
    ...(current[i] ?? blank),
  ]);
  return sheetWithColumns(["customer", "class", "value", null, "customer", "class", "value"], rows);
}

const P = (n: number) => `A2:C${n + 1}`;
const C = (n: number) => `E2:G${n + 1}`;
const P2 = (n: number) => `A2:B${n + 1}`;
const C2 = (n: number) => `E2:F${n + 1}`;

/** The block spilled from (row, col), `height` × `width`, errors shown as their type. */
function block(hf: HyperFormula, row: number, col: number, height: number, width: number): unknown[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = hf.getCellValue(at(row + r, col + c));
      return v instanceof DetailedCellError ? v.type : v;
    }),
  );
}

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

describe("SEGMENT.TRANSITIONS spills the matrix with headers", () => {
  test("in customers (default): previous classes down, current classes across, NEW, GONE, Total", () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(0, 8), [[`=SEGMENT.TRANSITIONS(${P(7)},${C(8)})`]]);
    expect(block(hf, 0, 8, 6, 6)).toEqual([
      ["previous \\ current", "A", "B", "C", "GONE", "Total"],
      ["A", 1, 0, 1, 1, 3],
      ["B", 1, 1, 0, 0, 2],
      ["C", 0, 1, 1, 0, 2],
      ["NEW", 0, 1, 1, "", 2],
      ["Total", 2, 3, 3, 1, 9],
    ]);
    expect(hf.getCellValue(at(6, 8))).toBeNull(); // nothing below the Total row
  });

  test('in value: current values, the previous value for GONE; class totals equal SUMIF over current', () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(0, 8), [[`=SEGMENT.TRANSITIONS(${P(7)},${C(8)},,"value")`]]);
    hf.setCellContents(at(10, 0), [['=SUMIF(F2:F9,"A",G2:G9)', '=SUMIF(F2:F9,"B",G2:G9)', '=SUMIF(F2:F9,"C",G2:G9)']]);
    expect(block(hf, 1, 8, 5, 6)).toEqual([
      ["A", 120, 0, 20, 70, 210],
      ["B", 90, 45, 0, 0, 135],
      ["C", 0, 30, 4, 0, 34],
      ["NEW", 0, 60, 3, "", 63],
      ["Total", 210, 135, 27, 70, 442],
    ]);
    expect(block(hf, 10, 0, 1, 3)[0]).toEqual(block(hf, 5, 9, 1, 3)[0]);
  });

  test("an explicit order (a range, an array constant, or text) sets rows, columns and what counts as up", () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(12, 0), [["C"], ["B"], ["A"], ["D"]]);
    hf.setCellContents(at(0, 8), [[`=SEGMENT.TRANSITIONS(${P2(7)},${C2(8)},A13:A16)`]]);
    expect(block(hf, 0, 8, 1, 7)[0]).toEqual(["previous \\ current", "C", "B", "A", "D", "GONE", "Total"]);
    expect(block(hf, 1, 8, 1, 7)[0]).toEqual(["C", 1, 1, 0, 0, 0, 2]);
    hf.setCellContents(at(0, 16), [[`=SEGMENT.MOVE(${P2(7)},${C2(8)},{"C","B","A"})`]]);
    hf.setCellContents(at(0, 17), [[`=SEGMENT.MOVE(${P2(7)},${C2(8)},"C>B>A")`]]);
    const reversed = ["SAME", "UP", "DOWN", "SAME", "DOWN", "SAME", "NEW", "NEW"];
    expect(block(hf, 0, 16, 8, 2)).toEqual(reversed.map((d) => [d, d]));
  });
});

describe("SEGMENT.MOVE and SEGMENT.PREVIOUS line up with the rows of current", () => {
  test("one direction per current row: UP / DOWN / SAME / NEW", () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(1, 8), [[`=SEGMENT.MOVE(${P(7)},${C(8)})`]]);
    expect(block(hf, 1, 8, 9, 1).flat()).toEqual(["SAME", "DOWN", "UP", "SAME", "UP", "SAME", "NEW", "NEW", null]);
  });

  test('the previous class per current row, blank when new; "A→C" beside the row', () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(1, 8), [[`=SEGMENT.PREVIOUS(${P2(7)},${C2(8)})`]]);
    expect(block(hf, 1, 8, 8, 1).flat()).toEqual(["A", "A", "B", "B", "C", "C", "", ""]);
    hf.setCellContents(at(2, 9), [[`=INDEX(SEGMENT.PREVIOUS(${P2(7)},${C2(8)}),2)&"→"&F3`]]);
    expect(hf.getCellValue(at(2, 9))).toBe("A→C");
  });

  test("customers only in previous or only in current; IDs as numbers or text, any case, outer spaces", () => {
    const hf = sheet(
      [[7, "A", 1], ["c-001", "B", 1], ["gone", "A", 5]],
      [["7", "B", 1], [" C-001 ", "A", 1], ["fresh", "C", 1]],
    );
    hf.setCellContents(at(1, 8), [[`=SEGMENT.MOVE(${P(3)},${C(3)})`]]);
    expect(block(hf, 1, 8, 3, 1).flat()).toEqual(["DOWN", "UP", "NEW"]);
    hf.setCellContents(at(0, 10), [[`=SEGMENT.TRANSITIONS(${P(3)},${C(3)})`]]);
    expect(block(hf, 0, 10, 6, 6)).toEqual([
      ["previous \\ current", "A", "B", "C", "GONE", "Total"],
      ["A", 0, 1, 0, 1, 2],
      ["B", 1, 0, 0, 0, 1],
      ["C", 0, 0, 0, 0, 0],
      ["NEW", 0, 0, 1, "", 1],
      ["Total", 1, 1, 1, 1, 4],
    ]);
  });

  test("blank rows: a blank ID is skipped; a class gone blank is GONE", () => {
    const hf = sheet(
      [["x", "A", 1], ["y", "B", 1]],
      [["x", "", 1], [null, "B", 1], ["y", "B", 1]],
    );
    hf.setCellContents(at(1, 8), [[`=SEGMENT.MOVE(${P(2)},${C(3)})`]]);
    expect(block(hf, 1, 8, 3, 1).flat()).toEqual(["GONE", "", "SAME"]);
  });

  test("an error cell (#N/A from a lookup) gives that row the error; the matrix leaves it out and says so", () => {
    const hf = sheet(PREVIOUS, CURRENT);
    hf.setCellContents(at(3, 5), [["=NA()"]]); // C3's current class
    hf.setCellContents(at(1, 8), [[`=SEGMENT.MOVE(${P(7)},${C(8)})`]]);
    expect(block(hf, 1, 8, 8, 1).flat()).toEqual(["SAME", "DOWN", "NA", "SAME", "UP", "SAME", "NEW", "NEW"]);
    hf.setCellContents(at(0, 10), [[`=SEGMENT.TRANSITIONS(${P(7)},${C(8)})`]]);
    const table = block(hf, 0, 10, 7, 6);
    expect(table[2]).toEqual(["B", 0, 1, 0, 0, 1]); // C3 (B → #N/A) left out
    expect(table[5]).toEqual(["Total", 1, 3, 3, 1, 8]);
    expect(table[6]).toEqual(["Rows of current with an error value (left out)", 1, "", "", "", ""]);
  });
});

describe("mistakes give #VALUE! with a message saying what is allowed", () => {
  const cases: [string, Cell[][], Cell[][], string, string][] = [
    [
      "a class not in the order",
      PREVIOUS,
      [...CURRENT.slice(0, 7), ["C9", "Z", 3]],
      `=SEGMENT.TRANSITIONS(${P(7)},${C(8)},{"A","B","C"})`,
      'Class "Z" in current is not in the class order A > B > C. Give the order best first as the third argument, e.g. {"A","B","C","Z"}',
    ],
    [
      "codes with no built-in order",
      [["a", "LOYAL", 1]],
      [["a", "CHURNED", 1]],
      `=SEGMENT.MOVE(${P(1)},${C(1)})`,
      "The classes LOYAL, CHURNED have no built-in order. Give the order best first as the third argument, e.g. {\"LOYAL\",\"CHURNED\"}. Built-in orders: A > B > C > D; VITAL > REST > LOSS; EI > EII > EIII > EIV; PI > PII > PIII > PIV.",
    ],
    [
      "a header row left in the range",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(A1:C8,E1:G9)`,
      "The classes CLASS, A, B, C have no built-in order.",
    ],
    [
      "a duplicate ID",
      PREVIOUS,
      [...CURRENT.slice(0, 7), [" c1", "C", 3]],
      `=SEGMENT.MOVE(${P(7)},${C(8)})`,
      'Customer "c1" appears twice in current (rows 1 and 8). Each customer may appear once per snapshot; IDs match like COUNTIF',
    ],
    [
      "the number 7 and the text \"7\" in one snapshot",
      [[7, "A", 1], ["7", "B", 2]],
      [[7, "A", 1]],
      `=SEGMENT.PREVIOUS(${P(2)},${C(1)})`,
      'Customer "7" appears twice in previous (rows 1 and 2)',
    ],
    [
      "different column counts",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(${P(7)},${C2(8)})`,
      "previous and current must have the same columns (customer ID, class, and optionally value): previous has 3, current has 2.",
    ],
    [
      "one column",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.MOVE(A2:A8,E2:E9)`,
      "previous must have 2 columns (customer ID, class) or 3 (customer ID, class, value), one row per customer; it has 1.",
    ],
    [
      "four columns",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(A2:D8,E2:H9)`,
      "previous must have 2 columns (customer ID, class) or 3",
    ],
    [
      "value without a value column",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(${P2(7)},${C2(8)},,"value")`,
      'measure "value" needs a third column',
    ],
    [
      "an unknown measure",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(${P(7)},${C(8)},,"revenue")`,
      'Unknown measure "revenue". Use "customers" (default: number of customers) or "value"',
    ],
    [
      "a class twice in the order",
      PREVIOUS,
      CURRENT,
      `=SEGMENT.TRANSITIONS(${P(7)},${C(8)},"A>B>a")`,
      'Class "a" appears twice in the order (A > B > a). List each class once, best first.',
    ],
  ];
  test.each(cases)("%s", (_name, previous, current, formula, message) => {
    const hf = sheet(previous, current);
    hf.setCellContents(at(0, 9), [[formula]]);
    const error = errorOf(hf.getCellValue(at(0, 9)));
    expect(error?.type).toBe("VALUE");
    expect(error?.message).toContain(message);
  });
});

describe("the functions are registered with described parameters", () => {
  test("TRANSITIONS, MOVE and PREVIOUS are in functions.json", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { functions } = require("../../dist/functions.json") as { functions: { id: string; parameters: { name: string }[] }[] };
    const byId = new Map(functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
    expect(byId.get("TRANSITIONS")).toEqual(["previous", "current", "order", "measure"]);
    expect(byId.get("MOVE")).toEqual(["previous", "current", "order"]);
    expect(byId.get("PREVIOUS")).toEqual(["previous", "current"]);
  });
});
