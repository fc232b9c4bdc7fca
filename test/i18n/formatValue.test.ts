/** The one formatting layer: numbers to the digits that matter, shares, dates and counts in each language. */
import { formatCompact, formatCount, formatDate, formatDateTime, formatNumber, formatPercent, formatShortDate, formatValue } from "../../src/i18n/formatValue";
import { textWidth, fitColumns } from "../../src/workbook/columnFit";
import { valueNumberFormat } from "../../src/workbook/planSummary";

describe("formatValue: the digits that matter", () => {
  test("large values whole and grouped, middling ones to two decimals, small ones to two significant digits", () => {
    expect(formatValue(1_234_567.891, "en")).toBe("1,234,568");
    expect(formatValue(519.1004184, "en")).toBe("519.1");
    expect(formatValue(131.2, "en")).toBe("131.2");
    expect(formatValue(131.2, "ko")).toBe("131.2");
    expect(formatValue(2.345, "en")).toBe("2.35");
    expect(formatValue(0.000912, "en")).toBe("0.00091");
    expect(formatValue(0.61234, "zh-CN")).toBe("0.61");
    expect(formatValue(-0.0412, "en")).toBe("-0.041");
    expect(formatValue(42, "en")).toBe("42");
    expect(formatValue(Number.NaN, "en")).toBe("—");
  });

  test("fixed decimals, compact and percent follow the language", () => {
    expect(formatNumber(1234.5, "en", 1)).toBe("1,234.5");
    expect(formatNumber(1234.5, "ko", 0)).toBe("1,235");
    expect(formatCompact(8_729_570, "en")).toBe("8.7M");
    expect(formatCompact(8_729_570, "ko")).toBe("873만");
    expect(formatCompact(8_729_570, "zh-CN")).toBe("873万");
    expect(formatCompact(9_999, "en")).toBe("9,999");
    expect(formatPercent(0.8029, "en")).toBe("80.3%");
    expect(formatPercent(0.8029, "ko")).toBe("80.3%");
  });
});

describe("dates: an Excel serial is never shown as its number", () => {
  // 45657 is 2024-12-31 in the 1900 date system.
  test("long and short forms in each language's order", () => {
    expect(formatDate(45657, "en")).toBe("December 31, 2024");
    expect(formatDate(45657, "ko")).toBe("2024년 12월 31일");
    expect(formatDate(45657, "zh-CN")).toBe("2024年12月31日");
    expect(formatShortDate(45657, "en")).toBe("12/31/2024");
    expect(formatShortDate(45657, "ko")).toBe("2024. 12. 31.");
    expect(formatShortDate(45657, "zh-CN")).toBe("2024/12/31");
    // A time of day does not move the date.
    expect(formatShortDate(45657.99, "en")).toBe("12/31/2024");
  });

  test("a timestamp reads as a date and time, never in ISO form; other text stays", () => {
    const at = "2026-12-07T14:28:51.081Z";
    for (const l of ["en", "ko", "zh-CN"] as const) expect(formatDateTime(at, l)).not.toMatch(/T\d\d:/);
    expect(formatDateTime(at, "zh-CN")).toMatch(/^2026年12月7日/);
    expect(formatDateTime("not a date", "en")).toBe("not a date");
  });
});

describe("counts", () => {
  test("English picks the singular for one; Korean and Chinese have one form; the number is grouped", () => {
    const rows = { one: "{count} row", other: "{count} rows" };
    expect(formatCount(1, "en", rows)).toBe("1 row");
    expect(formatCount(1234, "en", rows)).toBe("1,234 rows");
    expect(formatCount(1, "ko", { other: "{count}행" })).toBe("1행");
  });
});

describe("number formats of values written to cells", () => {
  test("match the text's precision: whole, two decimals, or two significant digits", () => {
    expect(valueNumberFormat(1250)).toBe("#,##0");
    expect(valueNumberFormat(1250.75)).toBe("#,##0");
    expect(valueNumberFormat(131.2)).toBe("#,##0.00");
    expect(valueNumberFormat(0.000912)).toBe("#,##0.00000");
    expect(valueNumberFormat(0.61)).toBe("#,##0.00");
  });
});

describe("column widths that show a sheet's own text", () => {
  test("Hangul and Chinese count double", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("고객 수")).toBe(7);
    expect(textWidth("客户数")).toBe(6);
  });

  test("a text with a neighbour widens its column; a text with room to run over does not; the cap holds", () => {
    const block = {
      sheet: "S",
      range: { row: 0, col: 0, rows: 3, cols: 2 },
      cells: [
        ["R = 5 below this many days since the last order", 131.2],
        ["A very long sentence alone in its row, which Excel lets run over the empty cells to its right", null],
        ["Customers!A1:I241", null],
      ],
    };
    expect(fitColumns([block], [34, 12])).toEqual([49, 12]);
    expect(fitColumns([block], [34, 12], [{ row: 2, col: 0 }])).toEqual([49, 12]);
    expect(fitColumns([block], [10, 12], [], 30)).toEqual([30, 12]);
  });
});
