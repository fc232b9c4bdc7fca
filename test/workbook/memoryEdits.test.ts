import { parseRange } from "../../src/workbook/address";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { FormulaCell } from "../../src/workbook/plan";

const tone = { fill: "#C6EFCE", font: "#006100" };

/** Data!A1:I11: a header, ten customers, the class in column I; a rule set, a mark, a drop-down, a name, a summary. */
function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Data");
  wb.addSheet("Summary");
  const classes = ["A", "A", "B", "C", "A", "B", "C", "C", "B", "A"];
  wb.setCell("Data", 0, 0, "Customer");
  wb.setCell("Data", 0, 3, "Revenue");
  wb.setCell("Data", 0, 8, "Class");
  classes.forEach((c, i) => {
    wb.setCell("Data", i + 1, 0, `C${i + 1}`);
    wb.setCell("Data", i + 1, 3, 100 - i);
    wb.setCell("Data", i + 1, 8, { formula: `=SEGMENT.ABCOF(D${i + 2},$D$2:$D$11,"80/95")`, value: c });
    wb.setStyle("Data", i + 1, 8, { bold: true });
  });
  wb.addTable("Data", { name: "Customers", range: parseRange("A1:H11"), hasHeader: true });
  wb.addRules({ sheet: "Data", range: parseRange("A2:I11"), keyColumn: 8, rules: [{ code: "A", formula: '=$I2="A"', tone }] });
  wb.addMark({ sheet: "Data", range: parseRange("A2:I11"), keyColumn: 8, code: "C", formula: '=$I2="C"', border: "#C00000" });
  wb.addValidation({ sheet: "Data", range: parseRange("J2:J11"), items: ["VIP", "Watch"] });
  wb.setName("SEG_abc_class", "Data", parseRange("I2:I11"));
  wb.setCell("Summary", 1, 1, { formula: '=COUNTIF(Data!$I$2:$I$11,"A")', value: 4 });
  return wb;
}

const formulaAt = (wb: MemoryWorkbook, sheet: string, a1: string): string => {
  const r = parseRange(a1);
  return (wb.getCell(sheet, r.row, r.col) as FormulaCell).formula;
};

describe("sheet ids and defined names (GridBackend)", () => {
  test("every sheet gets an id that a rename keeps and a new sheet of the same name does not get", () => {
    const wb = workbook();
    expect(wb.sheetId("Data")).toBe("s1");
    expect(wb.sheetId("summary")).toBe("s2"); // sheet names compare without case
    wb.renameSheet("Data", "Sales 2024");
    expect(wb.sheetId("Sales 2024")).toBe("s1");
    expect(wb.sheetNameById("s1")).toBe("Sales 2024");
    wb.deleteSheet("Summary");
    expect(wb.sheetNameById("s2")).toBeNull();
    wb.addSheet("Summary");
    expect(wb.sheetId("Summary")).toBe("s3");
    expect(wb.sheetId("Nowhere")).toBeNull();
  });

  test("a name is found without case, repointed, deleted; it is #REF! once its cells or its sheet are gone", () => {
    const wb = workbook();
    expect(wb.getName("seg_ABC_class")).toEqual({ sheet: "Data", range: parseRange("I2:I11") });
    wb.setName("SEG_ABC_CLASS", "Data", parseRange("I2:I12"));
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("I2:I12") });
    wb.deleteName("seg_abc_class");
    expect(wb.getName("SEG_abc_class")).toBeNull();
    wb.setName("n", "Summary", parseRange("B2"));
    wb.deleteSheet("Summary");
    expect(wb.getName("n")).toBe("#REF!");
  });
});

describe("inserted and deleted rows and columns", () => {
  test("a column inserted at B: cells, styles, the name, the Table, rules, mark, drop-down and formulas all move", () => {
    const wb = workbook();
    wb.insertColumns("Data", 1, 1);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("J2:J11") });
    expect(wb.getCell("Data", 0, 9)).toBe("Class");
    expect(wb.getStyle("Data", 1, 9)).toEqual({ bold: true });
    expect(formulaAt(wb, "Data", "J2")).toBe('=SEGMENT.ABCOF(E2,$E$2:$E$11,"80/95")');
    expect(wb.findTable("Customers")?.table.range).toEqual(parseRange("A1:I11")); // inserted inside: the Table grows
    const [set] = wb.sheet("Data").rules;
    expect(set).toMatchObject({ range: parseRange("A2:J11"), keyColumn: 9, rules: [{ formula: '=$J2="A"' }] });
    expect(wb.sheet("Data").marks[0]).toMatchObject({ range: parseRange("A2:J11"), keyColumn: 9, formula: '=$J2="C"' });
    expect(wb.sheet("Data").validations[0].range).toEqual(parseRange("K2:K11"));
    expect(formulaAt(wb, "Summary", "B2")).toBe('=COUNTIF(Data!$J$2:$J$11,"A")');
    expect(wb.ruleToneAt("Data", 1, 0)).toEqual(tone); // C1 is still coloured as an A
  });

  test("two rows inserted at row 5 grow the ranges; rows inserted above shift them", () => {
    const wb = workbook();
    wb.insertRows("Data", 4, 2);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("I2:I13") });
    expect(wb.sheet("Data").rules[0].range).toEqual(parseRange("A2:I13"));
    expect(formulaAt(wb, "Data", "I8")).toBe('=SEGMENT.ABCOF(D8,$D$2:$D$13,"80/95")'); // was row 6
    wb.insertRows("Data", 0, 1);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("I3:I14") });
    expect(wb.sheet("Data").rules[0].rules[0].formula).toBe('=$I3="A"');
    expect(formulaAt(wb, "Summary", "B2")).toBe('=COUNTIF(Data!$I$3:$I$14,"A")');
  });

  test("the class column deleted: the name and formulas to it are #REF!, the rule's key is gone", () => {
    const wb = workbook();
    wb.deleteColumns("Data", 8, 1);
    expect(wb.getName("SEG_abc_class")).toBe("#REF!");
    expect(wb.sheet("Data").rules[0]).toMatchObject({ range: parseRange("A2:H11"), keyColumn: -1, rules: [{ formula: '=#REF!="A"' }] });
    expect(formulaAt(wb, "Summary", "B2")).toBe('=COUNTIF(Data!#REF!,"A")');
    expect(wb.sheet("Data").validations[0].range).toEqual(parseRange("I2:I11"));
    expect(wb.ruleToneAt("Data", 1, 0)).toBeNull();
  });

  test("rows deleted: ranges shrink; all of them deleted takes the rules, drop-down and Table away", () => {
    const wb = workbook();
    wb.deleteRows("Data", 1, 1);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("I2:I10") });
    expect(wb.sheet("Data").rules[0].rules[0].formula).toBe('=$I2="A"'); // still relative to the rule's first row
    wb.deleteRows("Data", 0, 20);
    expect(wb.getName("SEG_abc_class")).toBe("#REF!");
    expect(wb.sheet("Data").rules).toEqual([]);
    expect(wb.sheet("Data").marks).toEqual([]);
    expect(wb.sheet("Data").validations).toEqual([]);
    expect(wb.findTable("Customers")).toBeNull();
    expect(wb.usedRange("Data")).toBeNull();
  });
});

describe("rename, sort, cut and paste", () => {
  test("a renamed sheet: formulas naming it follow, quoted when needed", () => {
    const wb = workbook();
    wb.renameSheet("Data", "Sales 2024");
    expect(formulaAt(wb, "Summary", "B2")).toBe("=COUNTIF('Sales 2024'!$I$2:$I$11,\"A\")");
    expect(wb.sheet("Sales 2024").rules[0].sheet).toBe("Sales 2024");
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Sales 2024", range: parseRange("I2:I11") });
    expect(() => wb.renameSheet("Summary", "sales 2024")).toThrow();
  });

  test("a sort moves the rows' values and styles inside the range; names, rules and drop-downs stay", () => {
    const wb = workbook();
    wb.setStyle("Data", 10, 0, { tone });
    wb.sortRows("Data", parseRange("A2:I11"), 3); // by revenue, ascending: C10 (91) first
    expect(wb.getCell("Data", 1, 0)).toBe("C10");
    expect(wb.getStyle("Data", 1, 0)).toEqual({ tone });
    expect(wb.getCell("Data", 10, 0)).toBe("C1");
    expect(formulaAt(wb, "Data", "I2")).toBe('=SEGMENT.ABCOF(D2,$D$2:$D$11,"80/95")'); // reads its own row
    expect((wb.getCell("Data", 1, 8) as FormulaCell).value).toBe("A"); // C10's class came along
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("I2:I11") });
    expect(wb.sheet("Data").rules[0].range).toEqual(parseRange("A2:I11"));
    wb.sortRows("Data", parseRange("A2:I11"), 0, true);
    expect(wb.getCell("Data", 1, 0)).toBe("C9"); // text, descending, without case
  });

  test("the class column cut and pasted to M: the name, key column, rule formula and cells follow", () => {
    const wb = workbook();
    wb.cutPaste("Data", parseRange("I1:I11"), "Data", 0, 12);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Data", range: parseRange("M2:M11") });
    expect(wb.getCell("Data", 0, 12)).toBe("Class");
    expect(wb.getCell("Data", 0, 8)).toBeNull();
    expect(formulaAt(wb, "Data", "M2")).toBe('=SEGMENT.ABCOF(D2,$D$2:$D$11,"80/95")'); // a moved formula keeps its references
    expect(wb.sheet("Data").rules[0]).toMatchObject({ range: parseRange("A2:I11"), keyColumn: 12, rules: [{ formula: '=$M2="A"' }] });
    expect(formulaAt(wb, "Summary", "B2")).toBe('=COUNTIF(Data!$M$2:$M$11,"A")');
  });

  test("a block cut to another sheet takes the drop-down and name inside it; what was pasted over is #REF!", () => {
    const wb = workbook();
    wb.setName("under", "Summary", parseRange("A1:B2"));
    wb.cutPaste("Data", parseRange("I1:J11"), "Summary", 0, 0);
    expect(wb.getName("SEG_abc_class")).toEqual({ sheet: "Summary", range: parseRange("A2:A11") });
    expect(wb.getName("under")).toBe("#REF!");
    expect(wb.sheet("Summary").validations[0]).toMatchObject({ sheet: "Summary", range: parseRange("B2:B11") });
    expect(wb.sheet("Data").validations).toEqual([]);
    expect(formulaAt(wb, "Summary", "A2")).toBe('=SEGMENT.ABCOF(Data!D2,Data!$D$2:$D$11,"80/95")');
  });
});
