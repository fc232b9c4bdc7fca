/**
 * A small hand-written fake of the Excel object tree, enough for officeAdapter.ts: ranges
 * (values, formulas, number formats, used range, surrounding region, tables), conditional
 * formats, data validation, worksheets, charts and settings. Like the real thing it batches:
 * writes are queued and loads are answered only at `context.sync()`, and it records every
 * sync with the bytes sent (UTF-8 size of the JSON of values/formulas/formats written) and
 * received (of values loaded), so tests can assert the block sizes under the 5 MB limit.
 *
 * Worksheets have stable ids and are found by name (without case) or id; workbook-scoped defined
 * names move with their cells. The user's structural edits between two add-in calls (insert or
 * delete rows and columns, rename, delete or add a sheet, sort, cut and paste, convert to a Table)
 * are methods on FakeExcel, not requests; fakeEdits.ts applies them as Excel does.
 */
import { overlaps, parseRange, RangeRef, rangeA1, sheetOfAddress, sheetPrefix } from "../../../src/workbook/address";
import { StructuralEdit } from "../../../src/workbook/model/structuralEdit";
import { applyCutPaste, applyDeleteSheet, applyEdit, applyRename, applySort } from "./fakeEdits";

type Scalar = string | number | boolean;

export interface FakeCell {
  formula: Scalar; // what was entered: "=..." for a formula, else the constant
  value: Scalar; // what Excel shows (for formulas the test may set a result)
  quotePrefix?: boolean;
}

export interface FakeCf {
  id: string;
  range: RangeRef;
  type: "Custom";
  formula: string;
  fill: string;
  font: string;
  priority: number;
  bold?: boolean;
  /** Edge name → line style and colour (the downgrade flag). */
  borders?: Record<string, { style: string; color: string }>;
}

export interface FakeSheet {
  /**
   * Excel's worksheet id: "a value that uniquely identifies the worksheet in a given workbook. The
   * value of the identifier remains the same even when the worksheet is renamed or moved"
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member).
   * A deleted and re-created sheet of the same name gets a new one.
   */
  readonly id: string;
  name: string;
  cells: Map<string, FakeCell>;
  cfs: FakeCf[];
  validations: { range: RangeRef; source: string }[];
  charts: { type: string; data: string; title: string }[];
  formats: Map<string, string>;
  /** Ranges whose columns were autofitted (RangeFormat.autofitColumns), in order: widths are not part of what Remove restores. */
  autofitted?: string[];
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: RangeRef;
  showHeaders: boolean;
  /** Table Design > Total Row: the range's last row is the totals row. */
  showTotals?: boolean;
}

/**
 * A workbook-scoped defined name (Excel.NamedItem,
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditem). It points at a range of the
 * sheet with `sheetId`; `range` null once those cells were deleted (formula "=Sheet1!#REF!",
 * type "Error"), as Excel keeps the name with an error reference. `constant` for a name added
 * with a formula that is not a range.
 */
export interface FakeName {
  readonly name: string;
  sheetId: string;
  range: RangeRef | null;
  constant?: string;
  visible: boolean;
  comment: string;
}

export interface SyncRecord {
  sentBytes: number;
  receivedBytes: number;
  /** Row counts of every range whose formulas were written in this request. */
  writtenRows: number[];
  /** Every range written (formulas) or cleared in this request. */
  writes: { sheet: string; range: RangeRef; kind: "formulas" | "clear" }[];
}

const key = (r: number, c: number): string => `${r},${c}`;

/** Excel's typing rules for what `formulas` receives, as far as the adapter relies on them. */
function enter(input: Scalar): FakeCell | null {
  if (input === "") return null;
  if (typeof input === "string" && input.startsWith("'")) return { formula: input.slice(1), value: input.slice(1), quotePrefix: true };
  if (typeof input === "string" && /^[=+@-]/.test(input) && input.length > 1) {
    // The fake cannot calculate: a formula shows "#FORMULA" unless the test set a result.
    return { formula: input.startsWith("=") ? input : `=${input.replace(/^[+@]/, "")}`, value: "#FORMULA" };
  }
  if (typeof input === "string" && /^-?\d+(\.\d+)?$/.test(input)) return { formula: Number(input), value: Number(input) };
  return { formula: input, value: input };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  private nextSheetId = 1;
  readonly settings = new Map<string, unknown>();
  active = { sheet: "", row: 0, col: 0 };
  selection: RangeRef | null = null;
  readonly syncs: SyncRecord[] = [];
  private nextCfId = 1;
  /** Like Excel's AutoCorrect "include new columns in table": writing right beside a Table widens it. */
  autoExpandTables = false;
  /**
   * The newest ExcelApi set this Excel supports, as Office.context.requirements answers it
   * (`isSetSupported`, for the adapter's `isSetSupported` option). Below 1.13 Table.resize is not
   * there: like Excel, the request that carries it fails at that point (ApiNotFound).
   */
  excelApi = "1.17";
  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return true;
    const [a, b] = [this.excelApi, version].map((v) => v.split(".").map(Number));
    return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
  };
  /** Make the sync after this many syncs fail, once (to test rollback); null = never. */
  failAfterSyncs: number | null = null;

  /** A new sheet (also what the user does with "+"): a new id, never one used before. */
  addSheet(name: string): FakeSheet {
    const id = `{00000000-${(this.nextSheetId++).toString(16).toUpperCase().padStart(4, "0")}-0000-C000-000000000046}`;
    const s: FakeSheet = { id, name, cells: new Map(), cfs: [], validations: [], charts: [], formats: new Map() };
    this.sheets.push(s);
    return s;
  }

  /**
   * A sheet by name (without case, as Excel compares sheet names) or by id, as
   * WorksheetCollection.getItem: "Gets a worksheet object using its name or ID"
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)).
   */
  findSheet(key: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.name === key) ?? this.sheets.find((x) => x.id === key) ?? this.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase());
  }

  sheet(key: string): FakeSheet {
    const s = this.findSheet(key);
    if (!s) throw new Error(`ItemNotFound: sheet ${key}`);
    return s;
  }

  findName(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** NamedItem.formula: "=Data!$I$2:$I$11", "=Data!#REF!" once the cells were deleted, "=#REF!$I$2:$I$11" once the sheet was. */
  nameFormula(n: FakeName): string {
    if (n.constant !== undefined) return n.constant;
    const sheet = this.sheets.find((s) => s.id === n.sheetId);
    if (!sheet) return `=#REF!${n.range ? rangeA1(n.range, true) : ""}`;
    return `=${sheetPrefix(sheet.name)}${n.range ? rangeA1(n.range, true) : "#REF!"}`;
  }

  /** NamedItem.type: "Range" while it points at cells, "Error" once they are gone. */
  nameType(n: FakeName): "Range" | "Error" | "String" | "Double" {
    if (n.constant !== undefined) return /^=-?\d+(\.\d+)?$/.test(n.constant) ? "Double" : "String";
    return n.range && this.sheets.some((s) => s.id === n.sheetId) ? "Range" : "Error";
  }

  // The user's edits between two add-in calls (0-based: row 5 of the sheet is 4, column B is 1).

  insertRows(sheet: string, at: number, count: number): void {
    this.edit({ kind: "insertRows", sheet, at, count });
  }

  deleteRows(sheet: string, at: number, count: number): void {
    this.edit({ kind: "deleteRows", sheet, at, count });
  }

  insertColumns(sheet: string, at: number, count: number): void {
    this.edit({ kind: "insertColumns", sheet, at, count });
  }

  deleteColumns(sheet: string, at: number, count: number): void {
    this.edit({ kind: "deleteColumns", sheet, at, count });
  }

  private edit(edit: StructuralEdit): void {
    applyEdit(this, { ...edit, sheet: this.sheet(edit.sheet).name });
  }

  /** Renames a sheet: it keeps its id; formulas naming it follow. */
  renameSheet(from: string, to: string): void {
    applyRename(this, from, to);
  }

  /** Deletes a sheet (its Tables go with it, names to it become errors, formulas to it #REF!). */
  deleteSheet(name: string): void {
    applyDeleteSheet(this, name);
  }

  /** Sorts the rows of `range` by column `byCol` (absolute index): only the cells move. */
  sortRows(sheet: string, range: RangeRef, byCol: number, descending = false): void {
    applySort(this, sheet, range, byCol, descending);
  }

  /** Cuts `from` and pastes it with its top-left at (toRow, toCol) of `toSheet`. */
  cutPaste(sheet: string, from: RangeRef, toSheet: string, toRow: number, toCol: number): void {
    applyCutPaste(this, { sheet, from, toSheet, toRow, toCol });
  }

  /** Home > Format as Table with headers. */
  convertToTable(sheet: string, range: RangeRef, name: string): void {
    const s = this.sheet(sheet);
    if (this.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    if (this.tables.some((t) => t.sheet === s.name && overlaps(t.range, range))) throw new Error("InvalidOperation: overlaps a Table");
    this.tables.push({ name, sheet: s.name, range, showHeaders: true });
  }

  setValue(sheet: string, row: number, col: number, value: Scalar): void {
    this.sheet(sheet).cells.set(key(row, col), { formula: value, value });
  }

  /** A deep copy of every sheet's cells, rules and validations, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(),
        cfs: s.cfs.map((c) => ({ ...c })),
        validations: s.validations.map((v) => ({ ...v })),
        formats: [...s.formats.entries()].sort(),
        charts: s.charts.length,
      })),
      tables: this.tables.map((t) => ({ ...t })),
      names: this.names.map((n) => ({ name: n.name, formula: this.nameFormula(n), visible: n.visible })),
      settings: [...this.settings.entries()],
    };
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  newCfId(): string {
    return `cf${this.nextCfId++}`;
  }
}

/**
 * Work queued in a request. At sync everything runs in the order it was queued, as in Excel:
 * a load queued before a write sees the cells before the write.
 */
class FakeContext {
  private readonly ops: { load: boolean; run: () => unknown }[] = [];
  readonly queue = { push: (run: () => void): void => void this.ops.push({ load: false, run }) };
  readonly loads = { push: (run: () => unknown): void => void this.ops.push({ load: true, run }) };
  sent = 0;
  writtenRows: number[] = [];
  writes: SyncRecord["writes"] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    if (excel.failAfterSyncs !== null && excel.syncs.length >= excel.failAfterSyncs) {
      excel.failAfterSyncs = null;
      this.ops.length = 0;
      throw new Error("GeneralException (injected)");
    }
    let received = 0;
    for (const op of this.ops.splice(0)) {
      const result = op.run();
      if (op.load) received += Buffer.byteLength(JSON.stringify(result ?? null));
    }
    excel.syncs.push({ sentBytes: this.sent, receivedBytes: received, writtenRows: this.writtenRows, writes: this.writes });
    this.sent = 0;
    this.writtenRows = [];
    this.writes = [];
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  readonly tables: { getItemOrNullObject(name: string): FakeTableObject };
  readonly names: FakeNamedItems;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNamedItems(ctx);
    this.settings = new FakeSettings(ctx);
    this.tables = { getItemOrNullObject: (name: string) => new FakeTableObject(ctx, name) };
  }
  getActiveCell(): FakeRange {
    const a = this.ctx.excel.active;
    return new FakeRange(this.ctx, a.sheet, () => ({ row: a.row, col: a.col, rows: 1, cols: 1 }));
  }
  getSelectedRange(): FakeRange {
    const e = this.ctx.excel;
    return new FakeRange(this.ctx, e.active.sheet, () => e.selection ?? { row: e.active.row, col: e.active.col, rows: 1, cols: 1 });
  }
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  constructor(private readonly ctx: FakeContext) {}
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue.push(() => {
      if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, name);
  }
  /** Loads every sheet's name and id ("items/name,items/id" or nothing). */
  load(): this {
    this.ctx.loads.push(() => {
      this.items = this.ctx.excel.sheets.map((s) => Object.assign(new FakeWorksheet(this.ctx, s.id), { name: s.name, id: s.id }));
      return this.items.map((s) => [s.name, s.id]);
    });
    return this;
  }
}

class FakeWorksheet {
  isNullObject = false;
  name = "";
  id = "";
  readonly charts: { add(type: string, range: FakeRange, by: string): { title: { text: string }; setPosition(a: string, b: string): void } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull = false,
  ) {
    this.charts = {
      add: (type: string, range: FakeRange) => {
        const chart = { title: { text: "" }, setPosition: () => undefined };
        ctx.queue.push(() => ctx.excel.sheet(sheetName).charts.push({ type, data: rangeA1(range.resolve()), title: chart.title.text }));
        return chart;
      },
    };
  }
  /** Loads name and id (whatever is asked); the key may be either. */
  load(): this {
    this.ctx.loads.push(() => {
      const found = this.ctx.excel.findSheet(this.sheetName);
      this.isNullObject = !found;
      if (!found && !this.orNull) throw new Error(`ItemNotFound: ${this.sheetName}`);
      this.name = found?.name ?? "";
      this.id = found?.id ?? "";
      return [this.name, this.id];
    });
    return this;
  }
  getRange(address: string): FakeRange {
    const r = parseRange(address);
    return new FakeRange(this.ctx, this.sheetName, () => r);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => ({ row, col, rows, cols }));
  }
  /** Worksheet.activate: the sheet the user sees. */
  activate(): void {
    this.ctx.queue.push(() => (this.ctx.excel.active = { ...this.ctx.excel.active, sheet: this.ctx.excel.sheet(this.sheetName).name }));
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => ({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 })).getUsedRangeOrNullObject();
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const found = this.ctx.excel.findSheet(this.sheetName);
      if (found) this.ctx.excel.deleteSheet(found.name);
    });
  }
}

class FakeRange {
  isNullObject = false;
  valuesLoaded: Scalar[][] = [];
  numberFormatLoaded: string[][] = [];
  valueTypes: string[][] = [];
  formulasLoaded: Scalar[][] = [];
  address = "";
  rowIndex = 0;
  columnIndex = 0;
  rowCount = 0;
  columnCount = 0;
  cellCount = 0;
  private sheetObject?: FakeWorksheet;
  readonly conditionalFormats: FakeConditionalFormats;
  readonly dataValidation: { rule: unknown; type: string; clear(): void; load(props: string): void };
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean }; columnWidth: number; autofitColumns(): void };

  /** `sheetKey`: the sheet's name or id, or where to find it later (a defined name's sheet). */
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetKey: string | (() => string),
    readonly resolve: () => RangeRef,
    private readonly nullWhen?: () => boolean,
  ) {
    this.conditionalFormats = new FakeConditionalFormats(ctx, this);
    const here = (): RangeRef => this.resolve();
    const sheet = (): FakeSheet => ctx.excel.sheet(this.sheetName);
    this.dataValidation = {
      set rule(rule: unknown) {
        ctx.sent += Buffer.byteLength(JSON.stringify(rule));
        ctx.queue.push(() => sheet().validations.push({ range: here(), source: (rule as { list: { source: string } }).list.source }));
      },
      get rule(): unknown {
        return undefined;
      },
      clear: (): void => {
        ctx.queue.push(() => (sheet().validations = sheet().validations.filter((v) => rangeA1(v.range) !== rangeA1(here()))));
      },
      type: "",
      // Excel's DataValidationType: "None", the rule's type when one rule covers the range, else "MixedCriteria" (enough for the adapter).
      load(this: { type: string }): void {
        ctx.loads.push(() => {
          const r = here();
          const hits = sheet().validations.filter((v) => overlaps(v.range, r));
          const covers = hits.length === 1 && hits[0].range.row <= r.row && hits[0].range.col <= r.col && hits[0].range.row + hits[0].range.rows >= r.row + r.rows && hits[0].range.col + hits[0].range.cols >= r.col + r.cols;
          this.type = hits.length === 0 ? "None" : covers ? "List" : "MixedCriteria";
          return this.type;
        });
      },
    };
    const setFormat = (k: string, v: unknown): void => {
      ctx.queue.push(() => sheet().formats.set(`${rangeA1(here())}:${k}`, String(v)));
    };
    this.format = {
      fill: { set color(v: string) { setFormat("fill", v); }, get color() { return ""; } },
      font: {
        set color(v: string) { setFormat("font", v); },
        get color() { return ""; },
        set bold(v: boolean) { setFormat("bold", v); },
        get bold() { return false; },
      },
      set columnWidth(v: number) { setFormat("width", v); },
      get columnWidth() { return 0; },
      autofitColumns: (): void => {
        ctx.queue.push(() => (sheet().autofitted ??= []).push(rangeA1(here())));
      },
    };
  }

  /** The key the range was got with (a sheet name or id). */
  get sheetName(): string {
    return typeof this.sheetKey === "function" ? this.sheetKey() : this.sheetKey;
  }

  /** The sheet's current name. */
  private sheetNow(): string {
    return this.ctx.excel.findSheet(this.sheetName)?.name ?? this.sheetName;
  }

  /** Range.worksheet: loads the sheet's name and id. */
  get worksheet(): FakeWorksheet {
    this.sheetObject ??= new FakeWorksheet(this.ctx, this.sheetName);
    return this.sheetObject;
  }

  private cells(): FakeSheet["cells"] {
    return this.ctx.excel.sheet(this.sheetName).cells;
  }

  load(props?: string): this {
    const wanted = (props ?? "").split(",").map((p) => p.trim());
    this.ctx.loads.push(() => {
      if (this.nullWhen?.()) {
        this.isNullObject = true;
        return null;
      }
      const r = this.resolve();
      Object.assign(this, { rowIndex: r.row, columnIndex: r.col, rowCount: r.rows, columnCount: r.cols, cellCount: r.rows * r.cols });
      this.address = `${this.sheetNow()}!${rangeA1(r)}`;
      const out: Record<string, unknown> = { address: this.address };
      const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
        Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(this.cells().get(key(r.row + i, r.col + j)))));
      if (wanted.includes("values")) out.values = this.valuesLoaded = grid((c) => c?.value ?? "");
      // A cell's number format as set on that very cell ("@" is Text), else "General".
      if (wanted.includes("numberFormat")) {
        out.numberFormat = this.numberFormatLoaded = Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => {
            const set = this.ctx.excel.sheet(this.sheetName).formats.get(`${rangeA1({ row: r.row + i, col: r.col + j, rows: 1, cols: 1 })}:numberFormat`);
            return set ? (JSON.parse(String(set)) as string[])[0] : "General";
          }),
        );
      }
      if (wanted.includes("valueTypes"))
        out.valueTypes = this.valueTypes = grid((c) =>
          c === undefined ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : String(c.value).startsWith("#") ? "Error" : "String",
        );
      if (wanted.includes("formulas")) out.formulas = this.formulasLoaded = grid((c) => c?.formula ?? "");
      return out;
    });
    return this;
  }

  /** Range.values: what was loaded; set, it enters constants (the adapter writes numbers this way only when converting text). */
  get values(): Scalar[][] {
    return this.valuesLoaded;
  }

  set values(rows: Scalar[][]) {
    this.ctx.sent += Buffer.byteLength(JSON.stringify(rows));
    this.ctx.queue.push(() => {
      const r = this.resolve();
      this.ctx.writes.push({ sheet: this.sheetNow(), range: r, kind: "formulas" });
      rows.forEach((row, i) => row.forEach((v, j) => this.cells().set(key(r.row + i, r.col + j), { formula: v, value: v })));
    });
  }

  get numberFormat(): string[][] {
    return this.numberFormatLoaded;
  }

  /** Range.select: the range becomes the selection and its first cell the active cell. */
  select(): void {
    this.ctx.queue.push(() => {
      const r = this.resolve();
      this.ctx.excel.active = { sheet: this.sheetNow(), row: r.row, col: r.col };
      this.ctx.excel.selection = r;
    });
  }

  /** The fake keeps what was loaded as `formulasLoaded`; the adapter reads `formulas`. */
  get formulas(): Scalar[][] {
    return this.formulasLoaded;
  }

  set formulas(rows: Scalar[][]) {
    this.ctx.sent += Buffer.byteLength(JSON.stringify(rows));
    this.ctx.writtenRows.push(rows.length);
    this.ctx.queue.push(() => {
      const r = this.resolve();
      this.ctx.writes.push({ sheet: this.sheetNow(), range: r, kind: "formulas" });
      if (rows.length !== r.rows || rows.some((row) => row.length !== r.cols)) throw new Error("InvalidArgument: dimensions do not match");
      if (this.ctx.excel.autoExpandTables) {
        for (const t of this.ctx.excel.tables) {
          const beside = t.sheet === this.sheetNow() && r.col === t.range.col + t.range.cols && r.row >= t.range.row && r.row < t.range.row + t.range.rows;
          if (beside) t.range = { ...t.range, cols: t.range.cols + 1 };
        }
      }
      rows.forEach((row, i) =>
        row.forEach((input, j) => {
          const cell = enter(input);
          if (cell) this.cells().set(key(r.row + i, r.col + j), cell);
          else this.cells().delete(key(r.row + i, r.col + j));
        }),
      );
    });
  }

  set numberFormat(rows: string[][]) {
    this.ctx.sent += Buffer.byteLength(JSON.stringify(rows));
    this.ctx.queue.push(() => this.ctx.excel.sheet(this.sheetName).formats.set(`${rangeA1(this.resolve())}:numberFormat`, JSON.stringify(rows[0])));
  }

  clear(applyTo: string): void {
    this.ctx.queue.push(() => {
      const r = this.resolve();
      this.ctx.writes.push({ sheet: this.sheetNow(), range: r, kind: "clear" });
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) if (applyTo === "Contents" || applyTo === "All") this.cells().delete(key(r.row + i, r.col + j));
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    const bounds = (): RangeRef | null => {
      const r = this.resolve();
      let r0 = Infinity;
      let c0 = Infinity;
      let r1 = -1;
      let c1 = -1;
      const see = (i: number, j: number): void => {
        r0 = Math.min(r0, i);
        c0 = Math.min(c0, j);
        r1 = Math.max(r1, i);
        c1 = Math.max(c1, j);
      };
      const cells = this.cells();
      if (r.rows * r.cols > cells.size) {
        // A big range (a whole sheet): look at the filled cells instead of every address.
        for (const k of cells.keys()) {
          const [i, j] = k.split(",").map(Number);
          if (i >= r.row && i < r.row + r.rows && j >= r.col && j < r.col + r.cols) see(i, j);
        }
      } else {
        for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) if (cells.has(key(i, j))) see(i, j);
      }
      return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
    };
    return new FakeRange(this.ctx, this.sheetName, () => bounds() ?? this.resolve(), () => bounds() === null);
  }

  getSurroundingRegion(): FakeRange {
    // Enough for the tests: the used range of the sheet around the cell.
    return new FakeRange(this.ctx, this.sheetName, () => {
      let r1 = 0;
      let c1 = 0;
      for (const k of this.cells().keys()) {
        const [r, c] = k.split(",").map(Number);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      return { row: 0, col: 0, rows: r1 + 1, cols: c1 + 1 };
    });
  }

  getTables(): { items: FakeTableObject[]; load(): void } {
    const collection = {
      items: [] as FakeTableObject[],
      load: () =>
        this.ctx.loads.push(() => {
          const r = this.resolve();
          collection.items = this.ctx.excel.tables
            .filter((t) => t.sheet === this.sheetNow() && r.row >= t.range.row && r.row < t.range.row + t.range.rows && r.col >= t.range.col && r.col < t.range.col + t.range.cols)
            .map((t) => Object.assign(new FakeTableObject(this.ctx, t.name), { name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals ?? false }));
          return collection.items.map((t) => t.name);
        }),
    };
    return collection;
  }
}

class FakeTableObject {
  isNullObject = false;
  name = "";
  showHeaders = true;
  showTotals = false;
  readonly worksheet: { name: string; id: string; load(): void };
  constructor(
    private readonly ctx: FakeContext,
    private readonly tableName: string,
  ) {
    const ws = {
      name: "",
      id: "",
      load: (): void => {
        ctx.loads.push(() => {
          ws.name = this.table()?.sheet ?? "";
          ws.id = ctx.excel.findSheet(ws.name)?.id ?? "";
          return [ws.name, ws.id];
        });
      },
    };
    this.worksheet = ws;
  }
  load(): this {
    this.ctx.loads.push(() => {
      const t = this.table();
      this.isNullObject = !t;
      this.name = t?.name ?? "";
      this.showHeaders = t?.showHeaders ?? true;
      this.showTotals = t?.showTotals ?? false;
      return this.name;
    });
    return this;
  }
  private table(): FakeTable | undefined {

    return this.ctx.excel.tables.find((t) => t.name === this.tableName);
  }
  getRange(): FakeRange {
    const t = (): FakeTable => this.table() as FakeTable;
    return new FakeRange(this.ctx, this.table()?.sheet ?? "", () => t().range);
  }
  resize(address: string): void {
    this.ctx.queue.push(() => {
      if (!this.ctx.excel.isSetSupported("ExcelApi", "1.13")) throw new Error("ApiNotFound: Table.resize needs ExcelApi 1.13 (injected)");
      const t = this.table();
      if (t) t.range = parseRange(address);
    });
  }
}

class FakeConditionalFormat {
  readonly custom = {
    rule: {
      formula: "",
      load: (): void => {
        this.ctx.loads.push(() => (this.custom.rule.formula = this.stored()?.formula ?? ""));
      },
    },
    format: {
      fill: { color: "" },
      font: { color: "", bold: undefined as boolean | undefined },
      borders: {
        items: {} as Record<string, { style: string; color: string }>,
        getItem(edge: string): { style: string; color: string } {
          this.items[edge] ??= { style: "", color: "" };
          return this.items[edge];
        },
      },
    },
  };
  priority = 0;
  stopIfTrue = false;
  type = "Custom";
  id = "";
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly stored: () => FakeCf | undefined,
  ) {}
  delete(): void {
    this.ctx.queue.push(() => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      sheet.cfs = sheet.cfs.filter((c) => c !== this.stored());
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => (this.stored() as FakeCf).range, () => !this.stored());
  }
}

class FakeConditionalFormats {
  items: FakeConditionalFormat[] = [];
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom") throw new Error("the fake knows custom rules only");
    const ctx = this.ctx;
    let stored: FakeCf | undefined;
    const cf = new FakeConditionalFormat(ctx, this.range.sheetName, () => stored);
    ctx.queue.push(() => {
      stored = {
        id: ctx.excel.newCfId(),
        range: this.range.resolve(),
        type: "Custom",
        formula: cf.custom.rule.formula,
        fill: cf.custom.format.fill.color,
        font: cf.custom.format.font.color,
        priority: cf.priority,
        ...(cf.custom.format.font.bold !== undefined ? { bold: cf.custom.format.font.bold } : {}),
        ...(Object.keys(cf.custom.format.borders.items).length ? { borders: { ...cf.custom.format.borders.items } } : {}),
      };
      ctx.excel.sheet(this.range.sheetName).cfs.push(stored);
    });
    ctx.sent += 200; // the rule, its colours and the call itself
    return cf;
  }
  load(): this {
    this.ctx.loads.push(() => {
      const r = this.range.resolve();
      const sheet = this.ctx.excel.sheet(this.range.sheetName);
      const overlapping = sheet.cfs.filter((c) => c.range.row < r.row + r.rows && r.row < c.range.row + c.range.rows && c.range.col < r.col + r.cols && r.col < c.range.col + c.range.cols);
      this.items = overlapping.map((c) => Object.assign(new FakeConditionalFormat(this.ctx, this.range.sheetName, () => c), { id: c.id, type: c.type }));
      return this.items.map((i) => i.id);
    });
    return this;
  }
}

class FakeSetting {
  isNullObject = false;
  value: unknown = undefined;
  key = "";
  constructor(
    private readonly ctx: FakeContext,
    private readonly settingKey: string,
  ) {}
  load(): this {
    this.ctx.loads.push(() => {
      const has = this.ctx.excel.settings.has(this.settingKey);
      this.isNullObject = !has;
      this.value = this.ctx.excel.settings.get(this.settingKey);
      return this.value ?? null;
    });
    return this;
  }
  delete(): void {
    this.ctx.queue.push(() => this.ctx.excel.settings.delete(this.settingKey));
  }
}

class FakeSettings {
  items: FakeSetting[] = [];
  constructor(private readonly ctx: FakeContext) {}
  add(k: string, value: unknown): void {
    this.ctx.sent += Buffer.byteLength(JSON.stringify(value));
    this.ctx.queue.push(() => this.ctx.excel.settings.set(k, value));
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.ctx, k);
  }
  load(): this {
    this.ctx.loads.push(() => {
      this.items = [...this.ctx.excel.settings.entries()].map(([k, v]) => Object.assign(new FakeSetting(this.ctx, k), { key: k, value: v }));
      return this.items.map((i) => [i.key, i.value]);
    });
    return this;
  }
}

/**
 * Workbook.names (Excel.NamedItemCollection,
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection): add a name for a
 * range or a formula, get one by name (names compare without case), load them all.
 */
class FakeNamedItems {
  items: FakeNamedItem[] = [];
  constructor(private readonly ctx: FakeContext) {}
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    const ctx = this.ctx;
    ctx.sent += Buffer.byteLength(JSON.stringify([name, typeof reference === "string" ? reference : "", comment]));
    ctx.queue.push(() => {
      if (ctx.excel.findName(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      ctx.excel.names.push({ name, visible: true, comment, ...target(ctx.excel, reference) });
    });
    return new FakeNamedItem(ctx, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
  /** Loads every name with its type, formula and visibility ("items/name,items/type,items/formula,items/visible"). */
  load(): this {
    this.ctx.loads.push(() => {
      this.items = this.ctx.excel.names.map((n) => new FakeNamedItem(this.ctx, n.name).fill(n));
      return this.items.map((i) => [i.name, i.type, i.formula, i.visible]);
    });
    return this;
  }
}

/** Where a name added (or repointed) with a range or a formula such as "=Data!$I$2:$I$11" points. */
function target(excel: FakeExcel, reference: FakeRange | string): Pick<FakeName, "sheetId" | "range" | "constant"> {
  if (typeof reference !== "string") return { sheetId: excel.sheet(reference.sheetName).id, range: reference.resolve() };
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const sheet = sheetOfAddress(text);
  if (sheet !== undefined) {
    try {
      return { sheetId: excel.sheet(sheet).id, range: parseRange(text) };
    } catch (e) {
      if (String(e).includes("ItemNotFound")) throw e;
    }
  }
  return { sheetId: "", range: null, constant: reference.startsWith("=") ? reference : `=${reference}` };
}

/**
 * Excel.NamedItem (https://learn.microsoft.com/javascript/api/excel/excel.nameditem): `type` is
 * "Range" or "Error" once its cells were deleted; `formula` e.g. "=Data!$I$2:$I$11" or
 * "=Data!#REF!"; `visible` can be set; getRange throws when the type is not Range,
 * getRangeOrNullObject gives a null object then.
 */
class FakeNamedItem {
  isNullObject = false;
  name = "";
  type = "";
  comment = "";
  private visibleValue = true;
  private formulaValue = "";
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
    private readonly orNull = false,
  ) {}
  private item(): FakeName | undefined {
    return this.ctx.excel.findName(this.key);
  }
  fill(n: FakeName): this {
    this.name = n.name;
    this.type = this.ctx.excel.nameType(n);
    this.formulaValue = this.ctx.excel.nameFormula(n);
    this.visibleValue = n.visible;
    this.comment = n.comment;
    return this;
  }
  get formula(): string {
    return this.formulaValue;
  }
  /** Repoints the name ("=Data!$J$2:$J$11" or a range's formula). */
  set formula(f: string) {
    this.formulaValue = f;
    this.ctx.sent += Buffer.byteLength(JSON.stringify(f));
    this.ctx.queue.push(() => {
      const n = this.item();
      if (!n) throw new Error(`ItemNotFound: name ${this.key}`);
      const { constant, ...rest } = target(this.ctx.excel, f);
      Object.assign(n, rest);
      if (constant === undefined) delete n.constant;
      else n.constant = constant;
    });
  }
  get visible(): boolean {
    return this.visibleValue;
  }
  set visible(v: boolean) {
    this.visibleValue = v;
    this.ctx.queue.push(() => {
      const n = this.item();
      if (!n) throw new Error(`ItemNotFound: name ${this.key}`);
      n.visible = v;
    });
  }
  load(): this {
    this.ctx.loads.push(() => {
      const n = this.item();
      this.isNullObject = !n;
      if (!n && !this.orNull) throw new Error(`ItemNotFound: name ${this.key}`);
      if (n) this.fill(n);
      return n ? [this.name, this.type, this.formula, this.visible] : null;
    });
    return this;
  }
  getRange(): FakeRange {
    const where = (): FakeName => {
      const n = this.item();
      if (!n) throw new Error(`ItemNotFound: name ${this.key}`);
      if (this.ctx.excel.nameType(n) !== "Range") throw new Error(`InvalidArgument: name ${this.key} is not a range`);
      return n;
    };
    return new FakeRange(this.ctx, () => this.item()?.sheetId ?? "", () => where().range as RangeRef);
  }
  getRangeOrNullObject(): FakeRange {
    const isRange = (): boolean => {
      const n = this.item();
      return !!n && this.ctx.excel.nameType(n) === "Range";
    };
    return new FakeRange(this.ctx, () => this.item()?.sheetId ?? "", () => this.item()?.range as RangeRef, () => !isRange());
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const i = this.ctx.excel.names.findIndex((n) => n.name.toLowerCase() === this.key.toLowerCase());
      if (i < 0) throw new Error(`ItemNotFound: name ${this.key}`);
      this.ctx.excel.names.splice(i, 1);
    });
  }
}
