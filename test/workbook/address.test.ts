import { cellA1, columnIndex, columnLetter, parseRange, rangeA1, sheetOfAddress, sheetPrefix } from "../../src/workbook/address";

describe("A1 addresses", () => {
  test("column letters both ways, past Z and ZZ", () => {
    for (const [i, l] of [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]] as const) {
      expect(columnLetter(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
  });

  test("ranges round-trip, with sheet names and $ signs", () => {
    expect(rangeA1({ row: 1, col: 0, rows: 241, cols: 10 })).toBe("A2:J242");
    expect(rangeA1({ row: 0, col: 3, rows: 1, cols: 1 })).toBe("D1");
    expect(parseRange("'My sheet'!$B$3:$C$9")).toEqual({ row: 2, col: 1, rows: 7, cols: 2 });
    expect(parseRange("C5:A1")).toEqual({ row: 0, col: 0, rows: 5, cols: 3 });
    expect(sheetOfAddress("'It''s'!A1")).toBe("It's");
    expect(cellA1(1, 8, true, false)).toBe("$I2");
  });

  test("sheet names are quoted when a formula needs it", () => {
    expect(sheetPrefix("Customers")).toBe("Customers!");
    expect(sheetPrefix("Segments ABC")).toBe("'Segments ABC'!");
    expect(sheetPrefix("고객")).toBe("'고객'!");
    expect(sheetPrefix("AB12")).toBe("'AB12'!"); // looks like a cell
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
  });
});
