/**
 * Workbook safety: whatever the user does with the pane — apply ABC, ABCD, Pareto or quadrants
 * (with tags, summary, live formulas or not), re-apply, refresh, remove one, remove all, edit a
 * value, save and reopen — every cell, format, rule, merge, hidden row, filter, validation and
 * name the user made is unchanged after every step (a canonical serialisation, compared with a
 * pristine copy that received the same user edits), no saved segmentation is lost, and once
 * everything is removed the workbook is the user's workbook again, byte for byte in canonical
 * form. Through ExcelJS (.xlsx) and through the Office.js adapter on the fake Excel.
 *
 * Sequences are seeded (CI is reproducible); SAFETY_RUNS and SAFETY_SEED run more or others.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { canonicalXlsx, checksumXlsx } from "./helpers/canonicalXlsx";
import { canonicalOffice, checksumOffice, officeUserWorkbook, reopen } from "./helpers/officeUserWorkbook";
import type { UserEdit } from "./helpers/ownershipScenarios";
import { applyMethod, choiceFor, firstDifference, historySheets, newStats, Op, opArbitrary, runSequence, SequenceStats, STRUCTURAL_KINDS } from "./helpers/sequences";
import { OfficeSubject, officeSubject, XlsxSubject, xlsxSubject } from "./helpers/subjects";
import { SegmentPlan } from "../../src/workbook/plan";
import { DROP_DOWN_IN_THE_WAY, OccupiedError, WorkbookPort } from "../../src/workbook/port";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { buildUserWorkbook, FIRST_DATA_ROW, LAST_DATA_ROW, saveAndReopen, userWorkbook } from "./helpers/userWorkbook";

const SEED = Number(process.env.SAFETY_SEED ?? 20240917);
const RUNS = Number(process.env.SAFETY_RUNS ?? 0);

/** The sequence the issue names, in order, then the same with tags, summaries and live formulas. */
const NAMED: Op[] = [
  { kind: "apply", method: "ABC", tags: false, summary: true, formulas: false },
  { kind: "apply", method: "PARETO", tags: false, summary: true, formulas: false },
  { kind: "apply", method: "QUADRANT", tags: true, summary: true, formulas: false },
  { kind: "removeOne", pick: 1 },
  { kind: "removeAll" },
  { kind: "apply", method: "ABC", tags: true, summary: true, formulas: true },
  { kind: "reapply", pick: 0 },
  { kind: "refresh", pick: 0 },
  { kind: "reopen" },
  { kind: "edit", customer: 3, value: 55_000 },
  { kind: "refresh", pick: 1 },
  { kind: "reopen" },
  { kind: "removeOne", pick: 0 },
];

/**
 * The user's edits of the sheet, each kind at least once, between the pane's operations: the data
 * sheet renamed (and later back), a customer inserted, our class cell typed over (the refresh in
 * place is refused, then relocated), a cell we left empty typed into, customers deleted, a column
 * added inside the data (the refresh is refused: nothing changes), our summary deleted and a sheet
 * of the user's made with its name, another of our sheets renamed, columns inserted and deleted
 * right of the data (where our columns are), the user's "Notes" renamed, deleted and made again,
 * rows inserted above and deleted below the data. No history is kept, so that after Remove the
 * whole workbook is compared.
 */
const NAMED_EDITS: Op[] = [
  { kind: "apply", method: "ABC", tags: true, summary: true, formulas: false },
  { kind: "apply", method: "PARETO", tags: false, summary: true, formulas: true },
  { kind: "sheet", action: "renameData", pick: 0 },
  { kind: "rows", insert: true, where: "inside", at: 5, count: 1, fill: true },
  { kind: "typeOurs", pick: 0, row: 3, value: "VIP" },
  { kind: "refresh", pick: 0 },
  { kind: "typeEmpty", pick: 1, where: "noClass", row: 0, value: "ask Kim" },
  { kind: "rows", insert: false, where: "inside", at: 9, count: 2, fill: false },
  { kind: "reopen" },
  { kind: "columns", insert: true, where: "inside", at: 1, count: 1 },
  { kind: "refresh", pick: 1 },
  { kind: "sheet", action: "deleteOurs", pick: 0 },
  { kind: "sheet", action: "recreate", pick: 0 },
  { kind: "sheet", action: "renameOurs", pick: 1 },
  { kind: "columns", insert: true, where: "right", at: 0, count: 1 },
  { kind: "typeEmpty", pick: 0, where: "below", row: 0, value: 7 },
  { kind: "columns", insert: false, where: "right", at: 2, count: 1 },
  { kind: "sheet", action: "renameNotes", pick: 0 },
  { kind: "sheet", action: "deleteNotes", pick: 0 },
  { kind: "sheet", action: "recreate", pick: 0 },
  { kind: "rows", insert: true, where: "above", at: 0, count: 2, fill: false },
  { kind: "rows", insert: false, where: "below", at: 2, count: 1, fill: false },
  { kind: "sheet", action: "renameData", pick: 0 },
  { kind: "reopen" },
  { kind: "apply", method: "QUADRANT", tags: true, summary: true, formulas: false },
  { kind: "edit", customer: 20, value: 41_000 },
  { kind: "refresh", pick: 2 },
  { kind: "removeOne", pick: 0 },
  { kind: "removeAll" },
];

const sequences = fc.array(opArbitrary, { minLength: 1, maxLength: 9 });

/** Runs the sequence of the user's edits and checks that it did what it is there for. */
async function runNamedEdits(subject: Parameters<typeof runSequence>[0], stats: SequenceStats): Promise<void> {
  const before = { ...stats };
  await runSequence(subject, NAMED_EDITS, stats);
  expect(stats.structuralEdits - before.structuralEdits).toBeGreaterThanOrEqual(NAMED_EDITS.filter((op) => STRUCTURAL_KINDS.has(op.kind)).length);
  expect(stats.refusedRefreshes - before.refusedRefreshes).toBeGreaterThanOrEqual(1); // our cell typed over: relocated
  expect(stats.sourceChanged - before.sourceChanged).toBeGreaterThanOrEqual(1); // a column inside the data: refused
  expect(stats.idleEdits - before.idleEdits).toBe(0); // every edit found something to edit
  // No history kept: once everything is removed, the whole workbook is the pristine copy (names, settings, our sheets gone).
  expect(stats.wholeChecks - before.wholeChecks).toBe(3);
}

function report(name: string, stats: SequenceStats): void {
  // One line for docs/reliability.md (SAFETY_REPORT=1 prints it).
  if (!process.env.SAFETY_REPORT) return;
  console.log(
    `${name}: ${stats.sequences} sequences, ${stats.steps} steps (${Object.entries(stats.byKind).map(([k, n]) => `${k} ${n}`).join(", ")}), ` +
      `${stats.checks} checksum comparisons (${stats.wholeChecks} of the whole workbook), ${stats.structuralEdits} edits of the sheet made (${stats.idleEdits} edit steps found nothing to edit), ` +
      `${stats.refusedRefreshes} refreshes refused and redone with relocate, ${stats.sourceChanged} refused as the data's columns changed, up to ${stats.historyRows} history rows`,
  );
}

describe("the checksum sees everything the user made", () => {
  let base: ExcelJS.Workbook;
  beforeAll(async () => {
    base = await userWorkbook();
  });

  test("an .xlsx: stable across save and reopen", async () => {
    expect(checksumXlsx(await saveAndReopen(base))).toBe(checksumXlsx(base));
    expect(checksumXlsx(await userWorkbook())).toBe(checksumXlsx(base));
  });

  const changes: [string, (wb: ExcelJS.Workbook) => void][] = [
    ["a value", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 4).value = 1)],
    ["a formula", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 6).value = { formula: "1+1", result: 2 } as ExcelJS.CellValue)],
    ["a number format", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 4).numFmt = "0")],
    ["a font", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 2).font = { bold: true })],
    ["a fill", (wb) => (ws(wb).getCell(5, 7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } })],
    ["a border", (wb) => (ws(wb).getCell(5, 1).border = { top: { style: "thin" } })],
    ["a merge", (wb) => ws(wb).unMergeCells("A1:F1")],
    ["a hidden row", (wb) => (ws(wb).getRow(FIRST_DATA_ROW + 5).hidden = false)],
    ["a hidden column", (wb) => (ws(wb).getColumn(3).hidden = false)],
    ["a column width", (wb) => (ws(wb).getColumn(2).width = 10)],
    ["the autofilter", (wb) => (ws(wb).autoFilter = `A3:E${LAST_DATA_ROW}`)],
    ["the frozen panes", (wb) => (ws(wb).views = [])],
    ["a conditional format", (wb) => cfsOf(wb).pop()],
    ["the order of conditional formats", (wb) => cfsOf(wb).forEach((cf) => cf.rules.forEach((r) => (r.priority = 10 - (r.priority ?? 0))))],
    ["a data validation", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 3).dataValidation = undefined as unknown as ExcelJS.DataValidation)],
    ["a note", (wb) => (ws(wb).getCell(FIRST_DATA_ROW, 2).note = "other")],
    ["a sheet's visibility", (wb) => ((wb.getWorksheet("Notes") as ExcelJS.Worksheet).state = "visible")],
    ["a defined name", (wb) => wb.definedNames.remove("Customers!$D$4", "Revenues")],
    ["an extra sheet", (wb) => wb.addWorksheet("Extra")],
  ];
  test.each(changes)("an .xlsx: changing %s changes it", async (_what, change) => {
    const wb = await saveAndReopen(base);
    change(wb);
    expect(checksumXlsx(wb)).not.toBe(checksumXlsx(base));
    expect(checksumXlsx(await saveAndReopen(wb))).not.toBe(checksumXlsx(base));
  });

  test("the fake Excel: cells, formats, rules, validations, tables and settings all count", () => {
    const base = officeUserWorkbook();
    expect(checksumOffice(reopen(base))).toBe(checksumOffice(base));
    const tweaks: ((x: ReturnType<typeof officeUserWorkbook>) => void)[] = [
      (x) => x.setValue("Customers", 5, 3, 1),
      (x) => x.sheet("Customers").cells.set("4,1", { formula: "=cmd|' /C calc'!A0", value: "=cmd|' /C calc'!A0" }), // the quote prefix lost
      (x) => x.sheet("Customers").formats.set("A1:F1:fill", "#FFFFFF"),
      (x) => x.sheet("Customers").cfs.reverse().forEach((c, i) => (c.priority = i)),
      (x) => x.sheet("Customers").validations.pop(),
      (x) => (x.tables[0].range = { ...x.tables[0].range, cols: 7 }),
      (x) => x.settings.delete("other-addin.theme"),
      (x) => x.sheets.pop(),
    ];
    for (const tweak of tweaks) {
      const copy = reopen(base);
      tweak(copy);
      expect(checksumOffice(copy)).not.toBe(checksumOffice(base));
    }
  });

  function ws(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
    return wb.getWorksheet("Customers") as ExcelJS.Worksheet;
  }
  function cfsOf(wb: ExcelJS.Workbook): { rules: { priority?: number }[] }[] {
    return (ws(wb) as unknown as { conditionalFormattings: { rules: { priority?: number }[] }[] }).conditionalFormattings;
  }
});

describe("workbook safety through ExcelJS (.xlsx)", () => {
  let file: ArrayBuffer;
  const stats = newStats();
  beforeAll(async () => {
    file = (await buildUserWorkbook().xlsx.writeBuffer()) as ArrayBuffer;
  });
  afterAll(() => report("ExcelJS", stats));

  test("the named sequence: ABC, Pareto, quadrants, remove one, remove all, re-apply, refresh, save+reopen", async () => {
    await runSequence(await xlsxSubject(file), NAMED, stats);
  });

  test("the user's edits of the sheet: rows, columns, sheets renamed, deleted and made again, our cells typed over", async () => {
    await runNamedEdits(await xlsxSubject(file), stats);
  });

  test("random sequences (seeded): the user's part never changes, nothing saved is lost", async () => {
    await fc.assert(
      fc.asyncProperty(sequences, async (ops) => runSequence(await xlsxSubject(file), ops, stats)),
      { seed: SEED, numRuns: RUNS || 25, endOnFailure: true },
    );
  });

  test("the comparison is not vacuous: an apply shows in the full serialisation, not in the user's part", async () => {
    const subject = await xlsxSubject(file);
    expect(canonicalXlsx(subject.workbook())).toBe(canonicalXlsx(await userWorkbook()));
    const saved = await applyMethod(subject, choiceFor("ABC", true, true, false), "abc-x", new Date(0));
    expect(canonicalXlsx(subject.workbook())).not.toBe(canonicalXlsx(await userWorkbook()));
    const part = subject.userPart({ ids: [saved.id], footprints: [saved.footprint], historySheets: [] });
    expect(part.now).toBe(part.pristine);
  });
});

describe("workbook safety through the Office.js adapter (fake Excel)", () => {
  const start = officeUserWorkbook();
  const stats = newStats();
  afterAll(() => report("Office.js fake", stats));

  test("the named sequence: ABC, Pareto, quadrants, remove one, remove all, re-apply, refresh, save+reopen", async () => {
    await runSequence(officeSubject(start), NAMED, stats);
  });

  test("the user's edits of the sheet: rows, columns, sheets renamed, deleted and made again, our cells typed over", async () => {
    await runNamedEdits(officeSubject(start), stats);
  });

  test("random sequences (seeded): the user's part never changes, nothing saved is lost", async () => {
    await fc.assert(
      fc.asyncProperty(sequences, async (ops) => runSequence(officeSubject(start), ops, stats)),
      { seed: SEED, numRuns: RUNS || 60, endOnFailure: true },
    );
  });

  test("the comparison is not vacuous: an apply shows in the full serialisation, not in the user's part", async () => {
    const subject = officeSubject(start);
    const saved = await applyMethod(subject, choiceFor("ABC", true, true, false), "abc-x", new Date(0));
    expect(canonicalOffice(subject.excel())).not.toBe(canonicalOffice(start));
    const part = subject.userPart({ ids: [saved.id], footprints: [saved.footprint], historySheets: [] });
    expect(part.now).toBe(part.pristine);
  });
});

/** The user's workbook (ExcelJS or the fake Excel), its data selected, and a plan for `choice`, not applied yet. */
async function plannedOnUserWorkbook(kind: string, choice: Choice, id: string): Promise<{ subject: XlsxSubject | OfficeSubject; port: WorkbookPort; plan: SegmentPlan }> {
  const subject = kind === "ExcelJS" ? await xlsxSubject((await buildUserWorkbook().xlsx.writeBuffer()) as ArrayBuffer) : officeSubject(officeUserWorkbook());
  subject.selectData();
  const port = subject.port();
  const source = (await port.locateSource())!;
  const prepared = await prepare(port, source.ref, choice);
  return { subject, port, plan: await buildPlan(port, source.ref, source.columnNames, choice, prepared, id, new Date(0)) };
}

/**
 * The summary sheet's name is chosen free when the plan is made; if the user creates a sheet of
 * that name before the apply, the overwrite check lists it ("(sheet exists)"), and even with the
 * user's consent the apply must refuse: adding the sheet would fail and the undo would delete the
 * user's sheet of that name (it did, before the adapters refused it).
 */
describe("a sheet the user created meanwhile with the summary's name", () => {
  test.each(["ExcelJS", "Office.js"])("%s: refused even with consent; the user's sheet and everything else stay", async (kind) => {
    const { subject, port, plan } = await plannedOnUserWorkbook(kind, choiceFor("ABC", false, true, false), "abc-race");
    const name = plan.sheets[0].name;
    if ("workbook" in subject) (subject as XlsxSubject).workbook().addWorksheet(name).getCell("A1").value = "my notes";
    else {
      const excel = (subject as OfficeSubject).excel();
      excel.addSheet(name);
      excel.setValue(name, 0, 0, "my notes");
    }
    const before = subject.full();
    const report = await port.findOccupied(plan, 50);
    expect(report.cells).toEqual([{ sheet: name, row: 0, col: 0, content: "(sheet exists)" }]);
    await expect(port.apply(plan, { overwrite: report.cells })).rejects.toBeInstanceOf(OccupiedError);
    expect(firstDifference(before, subject.full())).toBeNull();
  });
});

/**
 * A drop-down (data validation) the user prepared in an empty column right of the data: that
 * column has no values, but it is the user's. The class and tag columns skip it (a column counts
 * as empty only with no values and no validation), so Apply never puts our list over the user's
 * and Remove gives the workbook back as it was. (A fill prepared the same way in the class
 * column survives anyway: we write contents only.)
 */
describe("a drop-down the user prepared right of the data", () => {
  test("ExcelJS: the class and tag columns skip it; save and reopen, Remove: the user's validation is as it was", async () => {
    const wb = buildUserWorkbook();
    const ws = wb.getWorksheet("Customers") as ExcelJS.Worksheet;
    for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) {
      ws.getCell(r, 8).dataValidation = { type: "list", allowBlank: true, formulae: ['"Yes,No"'] };
      ws.getCell(r, 7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    }
    const subject = await xlsxSubject((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const before = canonicalXlsx(subject.workbook());
    const saved = await applyMethod(subject, choiceFor("ABC", true, true, false), "abc-v", new Date(0));
    // G is empty but H, where the tag column would go, holds the drop-down: class in I, tags in J.
    expect(saved.classColumn).toBe(8);
    expect(saved.footprint.validations.map((v) => v.range.col)).toEqual([9]);
    await subject.reopen();
    await subject.port().remove("abc-v");
    expect(firstDifference(before, canonicalXlsx(subject.workbook()))).toBeNull();
  });

  test("Office.js: the class and tag columns skip it; Remove: the user's validation is as it was", async () => {
    const start = officeUserWorkbook();
    start.sheet("Customers").validations.push({ range: { row: 3, col: 7, rows: 40, cols: 1 }, source: "Yes,No" });
    const subject = officeSubject(start);
    const before = subject.full();
    const saved = await applyMethod(subject, choiceFor("ABC", true, true, false), "abc-v", new Date(0));
    // The data ends at F and G is empty, but H holds the drop-down: class in I, tags in J.
    expect(saved.classColumn).toBe(8);
    expect(saved.footprint.validations.map((v) => v.range.col)).toEqual([9]);
    expect(start.sheet("Customers").validations.filter((v) => v.range.col === 7)).toEqual([{ range: { row: 3, col: 7, rows: 40, cols: 1 }, source: "Yes,No" }]);
    await subject.port().remove("abc-v");
    expect(firstDifference(before, subject.full())).toBeNull();
  });
});

/**
 * A drop-down the user adds after the pane planned (the tag column was free then): the apply
 * finds it and refuses, even with consent — ours would replace the user's rule and Remove would
 * clear it. The pane then offers the next empty columns, which go past it.
 */
describe("a drop-down added where the tag column goes, after planning", () => {
  test.each(["ExcelJS", "Office.js"])("%s: reported, refused even with consent; nothing changes", async (kind) => {
    const { subject, port, plan } = await plannedOnUserWorkbook(kind, choiceFor("ABC", true, false, false), "abc-dd");
    const tag = plan.validations[0].range;
    if (kind === "ExcelJS") {
      const ws = (subject as XlsxSubject).workbook().getWorksheet("Customers") as ExcelJS.Worksheet;
      ws.getCell(tag.row + 1, tag.col + 1).dataValidation = { type: "list", allowBlank: true, formulae: ['"Yes,No"'] };
    } else (subject as OfficeSubject).excel().sheet("Customers").validations.push({ range: { ...tag, rows: 1 }, source: "Yes,No" });
    const before = subject.full();
    const report = await port.findOccupied(plan, 50);
    expect(report.cells).toEqual([{ sheet: "Customers", row: tag.row, col: tag.col, content: DROP_DOWN_IN_THE_WAY }]);
    await expect(port.apply(plan, { overwrite: report.cells })).rejects.toBeInstanceOf(OccupiedError);
    expect(firstDifference(before, subject.full())).toBeNull();
  });
});

/**
 * Remove shrinks a Table back only over columns that are ours (after Excel widened it and the
 * connection was lost before the apply put it back): a Table the user widened themselves, over
 * our class column and a column of their own, keeps its size.
 */
describe("Remove and a Table the user widened", () => {
  test("Office.js: widened over our class column and the user's own column: the Table keeps the user's size", async () => {
    const start = officeUserWorkbook();
    const subject = officeSubject(start);
    const saved = await applyMethod(subject, choiceFor("ABC", false, false, false), "abc-w", new Date(0));
    const excel = subject.excel();
    const userColumn = saved.classColumn + 1;
    excel.setValue("Customers", 2, userColumn, "My notes");
    const table = excel.tables.find((t) => t.name === "Sales")!;
    table.range = { ...table.range, cols: userColumn - table.range.col + 1 };
    const widened = { ...table.range };
    await subject.port().remove("abc-w");
    expect(excel.tables.find((t) => t.name === "Sales")!.range).toEqual(widened);
    expect(excel.sheet("Customers").cells.get(`2,${userColumn}`)?.value).toBe("My notes");
    expect(excel.sheet("Customers").cells.has(`3,${saved.classColumn}`)).toBe(false); // Remove did run
  });
});

/**
 * Found by the sequences (seeds 7, 13 and 15 with SAFETY_RUNS=80–120): a segmentation kept with
 * history writes the previous class and the change right of the class and tag columns, and a rule
 * `=$J4="DOWN"` keys on the change. They were one two-column block, so a column inserted or deleted
 * inside it left the rule and the change column behind. Each is now a block of its own, with its
 * own name (planSegmentation movementBlocks).
 */
describe("a column inserted or deleted between or over the history columns", () => {
  const cases: [string, string, UserEdit][] = [
    ["ExcelJS", "the change column deleted", { kind: "deleteColumns", sheet: "Customers", at: 9, count: 1 }],
    ["Office.js", "the change column deleted", { kind: "deleteColumns", sheet: "Customers", at: 9, count: 1 }],
    ["ExcelJS", "a column inserted inside the block", { kind: "insertColumns", sheet: "Customers", at: 9, count: 1 }],
    ["Office.js", "a column inserted inside the block", { kind: "insertColumns", sheet: "Customers", at: 9, count: 1 }],
    ["ExcelJS", "the previous-class column deleted", { kind: "deleteColumns", sheet: "Customers", at: 8, count: 1 }],
    ["Office.js", "the previous-class column deleted", { kind: "deleteColumns", sheet: "Customers", at: 8, count: 1 }],
  ];
  test.each(cases)("%s: %s, then Remove: nothing of ours is left", async (kind, _what, edit) => {
    const subject = kind === "ExcelJS" ? await xlsxSubject((await buildUserWorkbook().xlsx.writeBuffer()) as ArrayBuffer) : officeSubject(officeUserWorkbook());
    // Pareto with tags and history: class in G, tags in H, the previous class in I, the change in J.
    const saved = await applyMethod(subject, choiceFor("PARETO", true, false, false, true), "p-1", new Date(Date.UTC(2024, 0, 2)));
    expect(saved.footprint.cells.map((c) => [c.range.col, c.range.cols])).toEqual([[6, 1], [7, 1], [8, 1], [9, 1]]);
    await subject.userEdit(edit);
    const report = await subject.port().remove("p-1");
    expect(report.kept).toEqual([]);
    const history = await historySheets(subject.port());
    const { now, pristine } = subject.userPart({ ids: [], footprints: [], historySheets: history });
    expect(firstDifference(pristine, now)).toBeNull();
  });
});
