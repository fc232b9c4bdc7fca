/**
 * What a sales admin does to a sheet between Apply and Remove, as scenarios run on twin
 * workbooks: the add-in's workbook and a pristine copy that never had the add-in. The user's
 * edits are made to both; after Remove the two must be alike — the user's cells, sheets, rules
 * and validations unchanged, nothing of ours left (no cell, rule, drop-down, sheet, name or setting).
 * Each backend (in-memory, ExcelJS, the Office.js fake) provides a Twin.
 */
import { RangeRef } from "../../../src/workbook/address";
import { SavedSegmentation } from "../../../src/workbook/plan";
import { RemoveReport, WorkbookPort } from "../../../src/workbook/port";
import { refreshSaved } from "../../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../../src/workbook/segmentation";
import { ABC_CHOICE } from "../../workbook/helpers/bigWorkbook";

/** Sheet "Customers": header on row 0 (ID, Name, Revenue), customers on rows 1…CUSTOMERS. */
export const CUSTOMERS = 12;
export const DATA_SHEET = "Customers";
/** The user's second table (Targets) at E1:F4, and a note in D6: the class column goes to G. */
export const NEIGHBOUR: RangeRef = { row: 0, col: 4, rows: 4, cols: 2 };
export const NOTE = { row: 5, col: 3, text: "call back in May" };
/** A row whose revenue is text: the class cell beside it is left empty. */
export const NOT_A_CUSTOMER_ROW = 7;

/** The user's sheet as values, row by row (null = empty). */
export function userRows(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [["ID", "Name", "Revenue", null, "Region", "Target"]];
  const regions = [
    ["North", 50_000],
    ["South", 40_000],
    ["East", 30_000],
  ];
  for (let i = 1; i <= CUSTOMERS; i++) {
    // Customer 7's revenue is "n/a": not a customer, so its class cell stays empty.
    const row: (string | number | null)[] = [`C${String(i).padStart(3, "0")}`, `Customer ${i}`, i === NOT_A_CUSTOMER_ROW ? "n/a" : ((i * 7919) % 97) * 100 + i, null, null, null];
    if (i <= 3) [row[4], row[5]] = regions[i - 1];
    rows.push(row);
  }
  rows[NOTE.row][NOTE.col] = NOTE.text;
  return rows;
}

export type UserEdit =
  | { readonly kind: "insertRows" | "deleteRows" | "insertColumns" | "deleteColumns"; readonly sheet: string; readonly at: number; readonly count: number }
  | { readonly kind: "type"; readonly sheet: string; readonly row: number; readonly col: number; readonly value: string | number | null }
  | { readonly kind: "renameSheet"; readonly from: string; readonly to: string }
  | { readonly kind: "deleteSheet"; readonly name: string }
  | { readonly kind: "addSheet"; readonly name: string; readonly text: string }
  | { readonly kind: "sort"; readonly sheet: string; readonly range: RangeRef; readonly byCol: number; readonly descending: boolean }
  | { readonly kind: "cutPaste"; readonly sheet: string; readonly from: RangeRef; readonly toSheet: string; readonly toRow: number; readonly toCol: number }
  | { readonly kind: "toTable"; readonly sheet: string; readonly range: RangeRef; readonly name: string };

/** The structural edits the preview's workbook and the Office.js fake both make, by these names. */
export interface EditableWorkbook {
  insertRows(sheet: string, at: number, count: number): void;
  deleteRows(sheet: string, at: number, count: number): void;
  insertColumns(sheet: string, at: number, count: number): void;
  deleteColumns(sheet: string, at: number, count: number): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  sortRows(sheet: string, range: RangeRef, byCol: number, descending?: boolean): void;
  cutPaste(sheet: string, from: RangeRef, toSheet: string, toRow: number, toCol: number): void;
}

/** The rest, which each stand-in does its own way. */
export interface OwnEdits {
  type(sheet: string, row: number, col: number, value: string | number | null): void;
  addSheet(name: string, text: string): void;
  toTable(sheet: string, range: RangeRef, name: string): void;
}

export function applyUserEdit(wb: EditableWorkbook, own: OwnEdits, e: UserEdit): void {
  switch (e.kind) {
    case "insertRows":
    case "deleteRows":
    case "insertColumns":
    case "deleteColumns":
      return wb[e.kind](e.sheet, e.at, e.count);
    case "type":
      return own.type(e.sheet, e.row, e.col, e.value);
    case "renameSheet":
      return wb.renameSheet(e.from, e.to);
    case "deleteSheet":
      return wb.deleteSheet(e.name);
    case "addSheet":
      return own.addSheet(e.name, e.text);
    case "sort":
      return wb.sortRows(e.sheet, e.range, e.byCol, e.descending);
    case "cutPaste":
      return wb.cutPaste(e.sheet, e.from, e.toSheet, e.toRow, e.toCol);
    case "toTable":
      return own.toTable(e.sheet, e.range, e.name);
  }
}

export interface Twin {
  readonly port: WorkbookPort;
  /** The same edit in the add-in's workbook and in the pristine copy. */
  both(edit: UserEdit): void | Promise<void>;
  /** Only in the add-in's workbook (an edit of something of ours, which the pristine copy does not have). */
  addinOnly(edit: UserEdit): void | Promise<void>;
  /** Content of a cell in the add-in's workbook (null: empty). */
  cell(sheet: string, row: number, col: number): unknown;
  /** Canonical text of both workbooks: equal when the user could not tell them apart. */
  compare(): Promise<{ now: string; pristine: string }>;
  /** Anything of ours still there (sheets, names, settings, the hidden settings sheet): must be empty after the last Remove. */
  leftovers(): Promise<string[]>;
  /** Does a colour rule of the add-in's workbook cover this cell? */
  painted(sheet: string, row: number, col: number): boolean;
}

const NOW = new Date(Date.UTC(2024, 11, 31));

/** ABC on ID, name, revenue (A:C), classes as values, with a summary: the choice the other Office.js tests and the bench use. */
export const CHOICE: Choice = ABC_CHOICE;

/** Applies ABC on the Customers block (A1:C13) as the pane does. */
export async function applyAbc(twin: Twin, over: Partial<Choice> = {}): Promise<SavedSegmentation> {
  const port = twin.port;
  const found = (await port.locateSource())!;
  const source = { ...found.ref, range: { row: 0, col: 0, rows: CUSTOMERS + 1, cols: 3 }, hasHeader: true };
  const choice = { ...CHOICE, ...over };
  const prepared = await prepare(port, source, choice);
  const plan = await buildPlan(port, source, ["ID", "Name", "Revenue"], choice, prepared, "abc-own", NOW);
  return port.apply(plan);
}

export async function refreshOnly(twin: Twin, options: Parameters<typeof refreshSaved>[4] = {}): Promise<void> {
  const saved = (await twin.port.listSaved())[0];
  await refreshSaved(twin.port, saved, "en", new Date(Date.UTC(2025, 0, 31)), options);
}

export async function removeAll(twin: Twin): Promise<RemoveReport[]> {
  const reports: RemoveReport[] = [];
  for (const s of await twin.port.listSaved()) reports.push(await twin.port.remove(s.id));
  return reports;
}

/** Class column G (6), summary "Segments ABC". */
export const CLASS_COL = 6;
export const SUMMARY = "Segments ABC";

export interface Scenario {
  readonly name: string;
  /** Between Apply and Remove. */
  readonly act: (twin: Twin, saved: SavedSegmentation) => Promise<void>;
  /** Extra checks on the report and the cells after Remove. */
  readonly check?: (twin: Twin, report: RemoveReport) => void;
  readonly choice?: Partial<Choice>;
}

const row = (customer: number): number => customer; // customer i sits on sheet row i (header on row 0)

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "a column inserted inside the data (a Channel column at B)",
    act: async (t) => {
      await t.both({ kind: "insertColumns", sheet: DATA_SHEET, at: 1, count: 1 });
      for (let i = 0; i <= CUSTOMERS; i++) await t.both({ kind: "type", sheet: DATA_SHEET, row: i, col: 1, value: i === 0 ? "Channel" : "Online" });
    },
  },
  {
    name: "a column deleted inside the data",
    act: async (t) => {
      await t.both({ kind: "deleteColumns", sheet: DATA_SHEET, at: 1, count: 1 });
    },
  },
  {
    name: "a row inserted inside the data, a new customer typed there, then Refresh",
    act: async (t) => {
      await t.both({ kind: "insertRows", sheet: DATA_SHEET, at: 4, count: 1 });
      for (const [c, v] of [
        [0, "C099"],
        [1, "New customer"],
        [2, 9_999],
      ] as const)
        await t.both({ kind: "type", sheet: DATA_SHEET, row: 4, col: c, value: v });
      await refreshOnly(t);
    },
  },
  {
    name: "our summary sheet deleted, then a sheet of the user's with that name",
    act: async (t) => {
      await t.addinOnly({ kind: "deleteSheet", name: SUMMARY });
      await t.both({ kind: "addSheet", name: SUMMARY, text: "my own summary" });
    },
  },
  {
    name: "our summary sheet renamed by the user (still ours: Remove takes it)",
    act: async (t) => {
      await t.addinOnly({ kind: "renameSheet", from: SUMMARY, to: "Kept for the boss" });
    },
  },
  {
    name: "a note typed into a class cell we left empty (a row that was not a customer)",
    act: async (t) => {
      expect(t.cell(DATA_SHEET, NOT_A_CUSTOMER_ROW, CLASS_COL)).toBeNull();
      await t.both({ kind: "type", sheet: DATA_SHEET, row: NOT_A_CUSTOMER_ROW, col: CLASS_COL, value: "ask Kim" });
    },
    check: (t, report) => {
      expect(t.cell(DATA_SHEET, NOT_A_CUSTOMER_ROW, CLASS_COL)).toBe("ask Kim");
      expect(report.kept).toEqual([]); // never ours: not an edit of ours to report
    },
  },
  {
    name: "the user edits a class value (→ VIP): kept and reported",
    act: async (t) => {
      await t.both({ kind: "type", sheet: DATA_SHEET, row: row(2), col: CLASS_COL, value: "VIP" });
    },
    check: (t, report) => {
      expect(report.kept.map((c) => [c.row, c.col, c.content])).toEqual([[row(2), CLASS_COL, "VIP"]]);
      expect(t.cell(DATA_SHEET, row(2), CLASS_COL)).toBe("VIP");
    },
  },
  {
    name: "the data sheet renamed: Refresh and Remove find it by id",
    act: async (t) => {
      await t.both({ kind: "renameSheet", from: DATA_SHEET, to: "Clients 2024" });
      await refreshOnly(t);
    },
  },
  {
    name: "the data sheet deleted: Remove takes everything else and forgets the segmentation",
    act: async (t) => {
      await t.both({ kind: "deleteSheet", name: DATA_SHEET });
    },
    check: (_t, report) => expect(report.dataSheetGone).toBe(true),
  },
  {
    name: "Refresh of a segmentation applied without history writes no history",
    act: async (t) => {
      await refreshOnly(t);
    },
  },
  {
    name: "the user sorts the data with our column (Excel's sort takes the whole region)",
    act: async (t) => {
      await t.both({ kind: "sort", sheet: DATA_SHEET, range: { row: 1, col: 0, rows: CUSTOMERS, cols: CLASS_COL + 1 }, byCol: 2, descending: true });
    },
  },
  {
    name: "the class column cut and pasted elsewhere on the sheet",
    act: async (t) => {
      await t.addinOnly({ kind: "cutPaste", sheet: DATA_SHEET, from: { row: 0, col: CLASS_COL, rows: CUSTOMERS + 1, cols: 1 }, toSheet: DATA_SHEET, toRow: 0, toCol: 9 });
    },
  },
  {
    name: "the data converted to a Table after Apply",
    act: async (t) => {
      await t.both({ kind: "toTable", sheet: DATA_SHEET, range: { row: 0, col: 0, rows: CUSTOMERS + 1, cols: 3 }, name: "Clients" });
    },
  },
];
