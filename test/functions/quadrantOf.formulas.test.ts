/**
 * SEGMENT.QUADRANTOF, the one-row (Excel Table) form of SEGMENT.QUADRANT, in HyperFormula from
 * the built bundle (npm run build first): row by row it must give what the spilled form gives.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { sheetWithColumns } from "../harness/sheetWithColumns";
import { seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

/** Cell values with errors as their type ("NA", "VALUE"), so two errors compare by kind. */
function column(hf: HyperFormula, col: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const v = hf.getCellValue(at(from + i, col));
    return v instanceof DetailedCellError ? `#${v.type}` : v;
  });
}

/** A sheet with a header row and columns A = customer, B = x, C = y. */
const sheet = (rows: [unknown, unknown][]): HyperFormula =>
  sheetWithColumns(["customer", "x", "y"], rows.map(([x, y], i) => [`C${i + 1}`, x, y]));

/** 200 rows with ties, zeros, blanks, text and two error cells (written as =NA() after loading). */
function messyRows(seed: number): [unknown, unknown][] {
  const random = seededRandom(seed);
  return Array.from({ length: 200 }, () => {
    const u = random();
    const x = u < 0.04 ? "" : u < 0.06 ? "n/a" : Math.round(random() * 20) * 50;
    const v = random();
    const y = v < 0.04 ? "" : v < 0.05 ? true : v < 0.2 ? 0 : Math.round(random() * 1e4) / 100;
    return [x, y];
  });
}

describe("SEGMENT.QUADRANTOF (the Excel Table form)", () => {
  test.each([
    ["defaults (median, median, existing)", ""],
    ["mean and p75, plain codes", ',"mean","p75","plain"'],
    ["numbers as splits, prospects codes", ',500,25,"prospects"'],
    ["p25 for x, default y, tenure codes", ',"p25",,"tenure"'],
  ])("gives the same class as the spilled SEGMENT.QUADRANT, row by row: %s", (_name, options) => {
    const n = 200;
    const hf = sheet(messyRows(31));
    hf.setCellContents(at(7, 1), [["=NA()"]]); // an error in x
    hf.setCellContents(at(12, 2), [["=NA()"]]); // an error in y
    hf.setCellContents(at(1, 3), [[`=SEGMENT.QUADRANT(B2:B${n + 1},C2:C${n + 1}${options})`]]);
    hf.setCellContents(
      at(1, 4),
      Array.from({ length: n }, (_, i) => [`=SEGMENT.QUADRANTOF(B${i + 2},C${i + 2},B$2:B$${n + 1},C$2:C$${n + 1}${options})`]),
    );
    const spilled = column(hf, 3, 1, n);
    const perRow = column(hf, 4, 1, n);
    expect(perRow).toEqual(spilled);
    // The comparison covers every kind of row: classes, blanks and the two error rows.
    expect(spilled).toContain("");
    expect(spilled[6]).toBe("#NA");
    expect(spilled[11]).toBe("#NA");
    expect(new Set(spilled.filter((c) => typeof c === "string" && c !== "" && !c.startsWith("#"))).size).toBe(4);
  });

  test("follows an edit: a new value moves the splits for every row", () => {
    const hf = sheet([
      [10, 5],
      [20, 1],
      [30, 4],
      [40, 2],
      [50, 3],
    ]);
    hf.setCellContents(at(1, 3), Array.from({ length: 5 }, (_, i) => [`=SEGMENT.QUADRANTOF(B${i + 2},C${i + 2},B$2:B$6,C$2:C$6,,,"plain")`]));
    // x median 30, y median 3 (equal to the split is low), as in SEGMENT.QUADRANT's worked example.
    expect(column(hf, 3, 1, 5)).toEqual(["LH", "LL", "LH", "HL", "HL"]);
    hf.setCellContents(at(1, 1), [[1000]]); // x: 1000 20 30 40 50 → median 40
    expect(column(hf, 3, 1, 5)).toEqual(["HH", "LL", "LH", "LL", "HL"]);
  });

  test("a row not a customer gives a blank; an error in x or y is passed on; bad arguments give #VALUE!", () => {
    const hf = sheet([
      [10, 5],
      [20, ""],
      ["", 3],
      [40, 2],
    ]);
    hf.setCellContents(at(2, 2), [["=NA()"]]); // y error beside a number
    hf.setCellContents(at(3, 1), [["=1/0"]]); // x error beside a number
    const own = (r: number, extra = "") => `=SEGMENT.QUADRANTOF(B${r},C${r},B2:B5,C2:C5${extra})`;
    hf.setCellContents(at(1, 3), [[own(2)], [own(3)], [own(4)], [own(5)], [own(2, ',,,"nonsense"')], [own(2, ',"p200"')]]);
    expect(column(hf, 3, 1, 6)).toEqual(["EIII", "#NA", "#DIV_BY_ZERO", "EII", "#VALUE", "#VALUE"]);
    // x and y of different lengths, or one a row and the other a column, as for SEGMENT.QUADRANT.
    hf.setCellContents(at(8, 3), [["=SEGMENT.QUADRANTOF(B2,C2,B2:B5,C2:C4)"]]);
    expect(column(hf, 3, 8, 1)).toEqual(["#VALUE"]);
    const blank = sheet([["", ""]]);
    blank.setCellContents(at(1, 3), [["=SEGMENT.QUADRANTOF(B2,C2,B2:B2,C2:C2)"]]);
    expect(column(blank, 3, 1, 1)).toEqual([""]);
  });

  test("x and y laid out as rows", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [10, 20, 30, 40],
        [4, 3, 2, 1],
      ],
    });
    hf.setCellContents(at(2, 0), [["=SEGMENT.QUADRANTOF(A1,A2,$A$1:$D$1,$A$2:$D$2)", "=SEGMENT.QUADRANTOF(D1,D2,$A$1:$D$1,$A$2:$D$2)"]]);
    expect(hf.getSheetValues(0)[2]).toEqual(["EIII", "EII"]);
  });
});
