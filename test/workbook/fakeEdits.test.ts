/**
 * The Office.js fake under the user's structural edits: worksheet ids, defined names, and what
 * inserting, deleting, renaming, sorting and cut-and-paste do to the cells, conditional formats,
 * validations, Tables and names, as Excel does (structuralEdit.ts cites the pages).
 */
import { parseRange } from "../../src/workbook/address";
import { FakeExcel } from "./helpers/fakeExcel";

/** Data!A1:I11 with the class in column I, a class rule over the rows, a drop-down in J, a name over I2:I11. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Data");
  excel.addSheet("Summary");
  excel.active = { sheet: "Data", row: 0, col: 0 };
  excel.setValue("Data", 0, 0, "Customer");
  excel.setValue("Data", 0, 8, "Class");
  ["A", "B", "C", "A", "B", "C", "A", "B", "C", "A"].forEach((c, i) => {
    excel.setValue("Data", i + 1, 0, `C${i + 1}`);
    excel.setValue("Data", i + 1, 3, 100 - i);
    excel.sheet("Data").cells.set(`${i + 1},8`, { formula: `=SEGMENT.ABCOF(D${i + 2},$D$2:$D$11,"80/95")`, value: c });
  });
  excel.sheet("Data").cfs.push({ id: "cf0", range: parseRange("A2:I11"), type: "Custom", formula: '=$I2="A"', fill: "#C6EFCE", font: "#006100", priority: 0 });
  excel.sheet("Data").validations.push({ range: parseRange("J2:J11"), source: "VIP,Watch" });
  excel.sheet("Data").formats.set("I1:I11:numberFormat", '["@"]');
  excel.tables.push({ name: "Customers", sheet: "Data", range: parseRange("A1:H11"), showHeaders: true });
  excel.sheet("Summary").cells.set("1,1", { formula: '=COUNTIF(Data!$I$2:$I$11,"A")', value: 4 });
  return excel;
}

async function addName(excel: FakeExcel, name: string, address: string): Promise<void> {
  await excel.run(async (context) => {
    const item = context.workbook.names.add(name, context.workbook.worksheets.getItem("Data").getRange(address));
    item.visible = false;
    await context.sync();
  });
}

async function readName(excel: FakeExcel, name: string): Promise<{ type: string; formula: string; visible: boolean; address: string | null }> {
  return excel.run(async (context) => {
    const item = context.workbook.names.getItem(name).load("type,formula,visible");
    const range = context.workbook.names.getItem(name).getRangeOrNullObject().load("address");
    await context.sync();
    return { type: item.type, formula: item.formula, visible: item.visible, address: range.isNullObject ? null : range.address };
  });
}

describe("worksheet ids", () => {
  test("every sheet has a stable id; getItem takes a name (any case) or an id; a rename keeps the id", async () => {
    const excel = workbook();
    const ids = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.id]);
    });
    expect(ids).toEqual([
      ["Data", excel.sheet("Data").id],
      ["Summary", excel.sheet("Summary").id],
    ]);
    expect(excel.sheet("Data").id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    expect(excel.sheet("Data").id).not.toBe(excel.sheet("Summary").id);
    const dataId = excel.sheet("Data").id;

    excel.renameSheet("Data", "Sales 2024");
    const found = await excel.run(async (context) => {
      const byId = context.workbook.worksheets.getItem(dataId).load("name,id");
      const byName = context.workbook.worksheets.getItemOrNullObject("sales 2024").load("name,id");
      const old = context.workbook.worksheets.getItemOrNullObject("Data").load("name");
      const cell = byId.getRange("I2");
      const ws = cell.worksheet.load("name,id");
      await context.sync();
      return { byId: [byId.name, byId.id], byName: [byName.name, byName.id], old: old.isNullObject, ws: [ws.name, ws.id] };
    });
    expect(found).toEqual({ byId: ["Sales 2024", dataId], byName: ["Sales 2024", dataId], old: true, ws: ["Sales 2024", dataId] });
    expect(excel.tables[0].sheet).toBe("Sales 2024");
    expect(excel.sheet("Summary").cells.get("1,1")?.formula).toBe("=COUNTIF('Sales 2024'!$I$2:$I$11,\"A\")");
  });

  test("a sheet deleted and created again with the same name has a new id; the old id finds nothing", async () => {
    const excel = workbook();
    const oldId = excel.sheet("Summary").id;
    excel.deleteSheet("Summary");
    excel.addSheet("Summary");
    expect(excel.sheet("Summary").id).not.toBe(oldId);
    const old = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(oldId).load("name");
      await context.sync();
      return ws.isNullObject;
    });
    expect(old).toBe(true);
    await expect(excel.run(async (context) => {
      context.workbook.worksheets.getItem(oldId).load("name");
      await context.sync();
    })).rejects.toThrow(/ItemNotFound/);
  });
});

describe("defined names", () => {
  test("added with a range, hidden, found without case, listed, deleted; queued until sync", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.names.add("SEG_abc_class", context.workbook.worksheets.getItem("Data").getRange("I2:I11"));
      expect(excel.names).toEqual([]); // not before the sync
      await context.sync();
    });
    expect(await readName(excel, "seg_ABC_CLASS")).toEqual({ type: "Range", formula: "=Data!$I$2:$I$11", visible: true, address: "Data!I2:I11" });
    await excel.run(async (context) => {
      context.workbook.names.getItem("SEG_ABC_class").visible = false;
      context.workbook.names.add("SEG_abc_rules", "='Summary'!$B$2");
      await context.sync();
    });
    const listed = await excel.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/type,items/formula,items/visible");
      await context.sync();
      return names.items.map((n) => [n.name, n.type, n.formula, n.visible]);
    });
    expect(listed).toEqual([
      ["SEG_abc_class", "Range", "=Data!$I$2:$I$11", false],
      ["SEG_abc_rules", "Range", "=Summary!$B$2", true],
    ]);
    expect((excel.snapshot() as { names: unknown[] }).names).toHaveLength(2);
    const missing = await excel.run(async (context) => {
      context.workbook.names.getItem("seg_abc_rules").delete();
      const gone = context.workbook.names.getItemOrNullObject("SEG_abc_rules").load("name");
      await context.sync();
      return gone.isNullObject;
    });
    expect(missing).toBe(true);
    await expect(addName(excel, "seg_ABC_class", "A1")).rejects.toThrow(/ItemAlreadyExists/);
  });

  test("a name over I2:I11 follows the cells: column at B → J2:J11; 2 rows at row 5 → J2:J13; column J deleted → #REF!", async () => {
    const excel = workbook();
    await addName(excel, "SEG_abc_class", "I2:I11");
    excel.insertColumns("Data", 1, 1);
    expect(await readName(excel, "SEG_abc_class")).toEqual({ type: "Range", formula: "=Data!$J$2:$J$11", visible: false, address: "Data!J2:J11" });
    excel.insertRows("Data", 4, 2);
    expect((await readName(excel, "SEG_abc_class")).formula).toBe("=Data!$J$2:$J$13");
    excel.deleteColumns("Data", 9, 1);
    expect(await readName(excel, "SEG_abc_class")).toEqual({ type: "Error", formula: "=Data!#REF!", visible: false, address: null });
    await expect(excel.run(async (context) => {
      context.workbook.names.getItem("SEG_abc_class").getRange().load("address");
      await context.sync();
    })).rejects.toThrow(/InvalidArgument/);
  });

  test("a name over I2:I11: 2 rows inserted at row 5 → I2:I13; column I deleted → #REF!", async () => {
    const excel = workbook();
    await addName(excel, "n", "I2:I11");
    excel.insertRows("Data", 4, 2);
    expect((await readName(excel, "n")).formula).toBe("=Data!$I$2:$I$13");
    excel.deleteColumns("Data", 8, 1);
    expect((await readName(excel, "n")).type).toBe("Error");
  });

  test("a name follows its sheet's rename; after the sheet is deleted it is an error", async () => {
    const excel = workbook();
    await addName(excel, "n", "I2:I11");
    excel.renameSheet("Data", "Sales 2024");
    expect((await readName(excel, "n")).formula).toBe("='Sales 2024'!$I$2:$I$11");
    excel.addSheet("Other");
    excel.deleteSheet("Sales 2024");
    expect(await readName(excel, "n")).toMatchObject({ type: "Error", formula: "=#REF!$I$2:$I$11", address: null });
  });

  test("a name repointed through its formula", async () => {
    const excel = workbook();
    await addName(excel, "n", "I2:I11");
    await excel.run(async (context) => {
      context.workbook.names.getItem("n").formula = "=Data!$K$2:$K$20";
      await context.sync();
    });
    expect((await readName(excel, "n")).address).toBe("Data!K2:K20");
  });
});

describe("the user's edits move formats, rules, drop-downs, Tables and cells as Excel does", () => {
  test("a column inserted at B: the rule =$I2=\"A\" on A2:I11 becomes =$J2=\"A\" on A2:J11", () => {
    const excel = workbook();
    excel.insertColumns("Data", 1, 1);
    const data = excel.sheet("Data");
    expect(data.cfs[0]).toMatchObject({ range: parseRange("A2:J11"), formula: '=$J2="A"' });
    expect(data.validations[0].range).toEqual(parseRange("K2:K11"));
    expect(data.formats.get("J1:J11:numberFormat")).toBe('["@"]');
    expect(data.cells.get("0,9")?.value).toBe("Class");
    expect(data.cells.get("1,9")?.formula).toBe('=SEGMENT.ABCOF(E2,$E$2:$E$11,"80/95")');
    expect(excel.tables[0].range).toEqual(parseRange("A1:I11"));
    expect(excel.sheet("Summary").cells.get("1,1")?.formula).toBe('=COUNTIF(Data!$J$2:$J$11,"A")');
  });

  test("rows deleted inside shrink the rule, the drop-down and the Table; a rule whose rows all go is gone", () => {
    const excel = workbook();
    excel.deleteRows("Data", 1, 1); // row 2
    const data = excel.sheet("Data");
    expect(data.cfs[0]).toMatchObject({ range: parseRange("A2:I10"), formula: '=$I2="A"' });
    expect(data.validations[0].range).toEqual(parseRange("J2:J10"));
    expect(excel.tables[0].range).toEqual(parseRange("A1:H10"));
    excel.deleteRows("Data", 0, 11);
    expect(data.cfs).toEqual([]);
    expect(data.validations).toEqual([]);
    expect(excel.tables).toEqual([]);
  });

  test("a drop-down moves with a cut and paste; the class column cut to M takes the rule's key with it", () => {
    const excel = workbook();
    excel.cutPaste("Data", parseRange("J1:J11"), "Data", 0, 14); // J → O
    expect(excel.sheet("Data").validations[0].range).toEqual(parseRange("O2:O11"));
    excel.cutPaste("Data", parseRange("I1:I11"), "Data", 0, 12); // I → M
    const data = excel.sheet("Data");
    expect(data.cells.get("0,12")?.value).toBe("Class");
    expect(data.cells.has("0,8")).toBe(false);
    expect(data.cfs[0]).toMatchObject({ range: parseRange("A2:I11"), formula: '=$M2="A"' });
    expect(data.formats.get("M1:M11:numberFormat")).toBe('["@"]');
    expect(excel.sheet("Summary").cells.get("1,1")?.formula).toBe('=COUNTIF(Data!$M$2:$M$11,"A")');
  });

  test("a sort moves values, not references: names, rules and drop-downs stay; per-row formulas read their own row", async () => {
    const excel = workbook();
    await addName(excel, "n", "I2:I11");
    excel.sortRows("Data", parseRange("A2:I11"), 3); // by column D ascending: C10 first
    const data = excel.sheet("Data");
    expect(data.cells.get("1,0")?.value).toBe("C10");
    expect(data.cells.get("1,8")).toEqual({ formula: '=SEGMENT.ABCOF(D2,$D$2:$D$11,"80/95")', value: "A" });
    expect(data.cells.get("10,0")?.value).toBe("C1");
    expect((await readName(excel, "n")).formula).toBe("=Data!$I$2:$I$11");
    expect(data.cfs[0].range).toEqual(parseRange("A2:I11"));
    expect(data.validations[0].range).toEqual(parseRange("J2:J11"));
  });

  test("convert to a Table; a name inside a block cut to another sheet goes with it", async () => {
    const excel = workbook();
    excel.tables.length = 0;
    excel.convertToTable("Data", parseRange("A1:I11"), "Sales");
    expect(excel.tables).toEqual([{ name: "Sales", sheet: "Data", range: parseRange("A1:I11"), showHeaders: true }]);
    expect(() => excel.convertToTable("Data", parseRange("B2:C3"), "Other")).toThrow();
    await addName(excel, "n", "I2:I11");
    excel.cutPaste("Data", parseRange("I1:J11"), "Summary", 0, 4);
    expect((await readName(excel, "n")).formula).toBe("=Summary!$E$2:$E$11");
    expect(excel.sheet("Summary").validations[0].range).toEqual(parseRange("F2:F11"));
  });
});
