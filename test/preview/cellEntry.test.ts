import { cellFromEntry, parseTsv } from "../../src/preview/cellEntry";

describe("cellFromEntry", () => {
  test("plain numbers become numbers", () => {
    expect(cellFromEntry("42")).toBe(42);
    expect(cellFromEntry("-3.5")).toBe(-3.5);
    expect(cellFromEntry(" 1e3 ")).toBe(1000);
    expect(cellFromEntry(".5")).toBe(0.5);
  });
  test("formula-like, grouped and other text stays text exactly as typed", () => {
    for (const text of ["=1+1", "=SUM(A1:A3)", "+7", "@SUM(A1)", "1,234", "00123x", "고객", " spaced "]) expect(cellFromEntry(text)).toBe(text);
  });
  test("empty clears", () => {
    expect(cellFromEntry("")).toBeNull();
  });
});

describe("parseTsv", () => {
  test("rows and tabs, CRLF or LF, the final line break is not a row", () => {
    expect(parseTsv("a\tb\r\n1\t2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseTsv("x\ty\n\tz")).toEqual([
      ["x", "y"],
      ["", "z"],
    ]);
  });
  test("quoted cells keep tabs, line breaks and doubled quotes", () => {
    expect(parseTsv('"two\nlines"\t"say ""hi"""\tplain\n')).toEqual([["two\nlines", 'say "hi"', "plain"]]);
  });
  test("a quote inside unquoted text is text", () => {
    expect(parseTsv('5" screen\tok')).toEqual([['5" screen', "ok"]]);
  });
  test("trailing empty cells are kept", () => {
    expect(parseTsv("a\t\t\n")).toEqual([["a", "", ""]]);
  });
});

describe("dates in the preview", () => {
  // Imported here to keep the date rules beside the entry rules they serve.
  const { isDateFormat, dateFromEntry, cellText } = jest.requireActual("../../src/preview/cellText") as typeof import("../../src/preview/cellText");
  test("date formats are told from number formats", () => {
    for (const f of ["yyyy-mm-dd", "m/d/yy", 'yyyy"년" m"월" d"일"', "[$-409]mmmm d, yyyy", "dd.mm.yyyy hh:mm"]) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ["#,##0", "0.0%", "General", "@", "h:mm", '0" days"', null]) expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
  test("a date typed into a date cell is its serial; anything else is not a date", () => {
    expect(dateFromEntry("2024-12-28")).toBe(45654);
    expect(cellText(45654, "m/d/yy")).toBe("2024-12-28");
    expect(dateFromEntry("2024-02-30")).toBeNull();
    expect(dateFromEntry("28.12.2024")).toBeNull();
  });
});
