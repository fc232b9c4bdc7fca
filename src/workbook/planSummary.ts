/**
 * The summary sheet of one segmentation: per class the customers, % of customers, value,
 * positive value, % of value, lowest value and the cut; notes (rows that were not customers,
 * Gini …); a legend in the rule colours with each class's strategy; the top customers; and a
 * Pareto chart (ABC/Pareto), a 2×2 count/value grid (quadrants) or a 3×3 one in the class
 * colours (ABC–XYZ).
 *
 * Counts and sums are COUNTIF/SUMIF formulas on the class column, with our numbers as their
 * cached values: they follow when the classes change, and any recalculating reader (Excel,
 * LibreOffice) shows whether they agree with the engine (test/workbook/libreoffice.test.ts).
 */
import { strategyFor } from "../i18n/playbook";
import { SummaryKey, summaryText } from "../i18n/summaryText";
import { formatDateTime } from "../i18n/formatValue";
import { Language } from "../i18n/language";
import { cellA1, RangeRef, sheetPrefix } from "./address";
import { fitColumns, textWidth } from "./columnFit";
import { localize, MethodNote } from "./methods/types";
import { resolveTones } from "./palette";
import { CellBlock, CellInput, ChartSpec, dataRows, NewSheet, PlanRequest, Tone } from "./plan";

type Row = CellInput[];

const COLUMNS: readonly SummaryKey[] = ["colClass", "colCustomers", "colCustomerShare", "colValue", "colPositiveValue", "colValueShare", "colLowest", "colCutShare", "colCutValue"];

/** Builds blocks top to bottom, leaving one empty row between them. */
class Layout {
  readonly blocks: CellBlock[] = [];
  readonly bold: number[] = [];
  readonly fills: { range: RangeRef; tone: Tone }[] = [];
  next = 0;
  constructor(private readonly sheet: string) {}

  add(rows: Row[], formats?: (string | null)[], boldFirst = false): number {
    const top = this.next;
    const cols = Math.max(...rows.map((r) => r.length));
    const cells = rows.map((r) => [...r, ...Array<CellInput>(cols - r.length).fill(null)]);
    this.blocks.push({ sheet: this.sheet, range: { row: top, col: 0, rows: rows.length, cols }, cells, numberFormats: formats });
    if (boldFirst) this.bold.push(top);
    this.next = top + rows.length + 1;
    return top;
  }

  /** Rows one under the other, each with its own number formats (notes: a share, a date, a number). */
  addLines(lines: { row: Row; formats: (string | null)[] }[]): void {
    const top = this.next;
    lines.forEach(({ row, formats }, i) => this.blocks.push({ sheet: this.sheet, range: { row: top + i, col: 0, rows: 1, cols: row.length }, cells: [row], numberFormats: formats }));
    this.next = top + lines.length + 1;
  }
}

/**
 * The number format of a note's value: a share as a percentage, a serial date as a date (never
 * the raw serial), a number with its decimals — whole numbers with separators, others rounded
 * to the digits that matter (valueNumberFormat).
 */
export function noteFormat(note: MethodNote): string {
  if (note.format === "percent") return "0.0%";
  if (note.format === "date") return "yyyy-mm-dd";
  return note.digits === undefined ? valueNumberFormat(note.value) : decimalsFormat(note.digits);
}

const decimalsFormat = (digits: number): string => (digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`);

/**
 * The number format that shows a value as formatValue.ts writes it in text: whole numbers and
 * large ones with separators, middling ones with 2 decimals, small ones with two significant
 * digits (a split of 0.000912 shows 0.00091, not 0.0009 and not every digit).
 */
export function valueNumberFormat(value: number): string {
  const size = Math.abs(value);
  if (!Number.isFinite(value) || Number.isInteger(value) || size >= 1000) return decimalsFormat(0);
  if (size >= 1) return decimalsFormat(2);
  return decimalsFormat(Math.max(2, 1 - Math.floor(Math.log10(size))));
}

/** The widest column A gets (characters): wider labels go on a row of their own. */
const LABEL_WIDTH_CAP = 80;

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

function allIntegers(values: readonly number[]): boolean {
  return values.every((v) => !Number.isFinite(v) || Number.isInteger(v));
}

/**
 * When the segmentation was applied, as the user's language writes a date and time in the
 * browser's time zone ("Dec 7, 2026, 2:28 PM", "2026. 12. 7. 오후 2:28") — not the ISO timestamp
 * the settings keep. Text: a sheet has no time zone to store with a serial.
 */
export function appliedText(appliedAt: string, language: Language): string {
  return formatDateTime(appliedAt, language);
}

export function planSummarySheet(req: PlanRequest, name: string): NewSheet {
  const { run, method, source, roles, language } = req;
  const t = (key: SummaryKey, params?: Record<string, string | number>): string => summaryText(key, language, params);
  const layout = new Layout(name);
  const rows = dataRows(source);
  const data = sheetPrefix(source.sheet);
  const columnRange = (col: number): string =>
    `${data}${cellA1(rows.first, col, true, true)}:${cellA1(rows.first + rows.count - 1, col, true, true)}`;
  const classRange = columnRange(req.classColumn);
  // A measure the method computed (CLV) is not in the value column: its numbers are written as they are.
  const valueRole = typeof roles.value === "number" && !method.usesPeriods && !run.measure ? roles.value : undefined;
  const valueRange = valueRole === undefined ? null : columnRange(source.range.col + valueRole);
  const valueName = run.measure ? localize(run.measure.label, language) : valueRole === undefined ? "" : req.columnNames[valueRole] ?? "";

  const paramText = method.params
    .map((p) => `${localize(p.label, language)}: ${localize(p.choices.find((c) => c.value === req.params[p.key])?.label ?? { en: req.params[p.key] ?? "" }, language)}`)
    .join(" · ");
  layout.add(
    [
      [t("title", { method: localize(method.label, language) })],
      [t("data"), `${source.sheet}!${cellA1(source.range.row, source.range.col)}:${cellA1(source.range.row + source.range.rows - 1, source.range.col + source.range.cols - 1)}`],
      [t("valueColumn"), valueName],
      [t("parameters"), paramText],
      [t("applied"), appliedText(req.appliedAt, language)],
    ],
    undefined,
    true,
  );

  // Per-class table.
  const e = run.explanation;
  const top = layout.next;
  const first = top + 1;
  const totalRow = first + run.codes.length;
  const r1 = (row: number): number => row + 1; // sheet row number of a 0-based row
  const table: Row[] = [COLUMNS.map((key) => t(key))];
  const positive = positiveByClass(req);
  const positiveSum = positive ? positive.reduce((a, b) => a + b, 0) : null;
  run.codes.forEach((code, i) => {
    const s = e.classes[i];
    const row = r1(first + i);
    const cut = run.cuts[i];
    const cutShare = cut?.share ?? null;
    const cutValue: CellInput = cut?.limit ?? (cut?.text === undefined ? null : typeof cut.text === "string" ? cut.text : localize(cut.text, language));
    const share = { formula: `=IF($B$${r1(totalRow)}>0,B${row}/$B$${r1(totalRow)},0)`, value: s.customerShare };
    if (valueRange) {
      table.push([
        code,
        { formula: `=COUNTIF(${classRange},"${code}")`, value: s.customers },
        share,
        { formula: `=SUMIF(${classRange},"${code}",${valueRange})`, value: s.value },
        { formula: `=SUMIFS(${valueRange},${classRange},"${code}",${valueRange},">0")`, value: positive ? positive[i] : null },
        { formula: `=IF($E$${r1(totalRow)}>0,E${row}/$E$${r1(totalRow)},0)`, value: s.valueShare },
        num(s.lowest),
        cutShare,
        cutValue,
      ]);
    } else {
      table.push([
        code,
        { formula: `=COUNTIF(${classRange},"${code}")`, value: s.customers },
        share,
        s.value,
        positive ? positive[i] : null,
        s.valueShare,
        num(s.lowest),
        cutShare,
        cutValue,
      ]);
    }
  });
  const sum = (col: string, value: number): CellInput => ({ formula: `=SUM(${col}${r1(first)}:${col}${r1(totalRow - 1)})`, value });
  table.push([
    t("total"),
    sum("B", e.total.customers),
    sum("C", e.total.customerShare),
    sum("D", e.total.value),
    positiveSum === null ? null : sum("E", positiveSum),
    sum("F", e.total.valueShare),
    num(e.total.lowest),
    null,
    null,
  ]);
  const valueFormat = allIntegers(e.classes.map((c) => c.value)) ? "#,##0" : "#,##0.00";
  layout.add(table, [null, "#,##0", "0.0%", valueFormat, valueFormat, "0.0%", valueFormat, "0.0%", valueFormat], true);
  layout.bold.push(totalRow);

  // Notes: what was not counted, and the method's own figures.
  const notes: { row: Row; formats: (string | null)[] }[] = [];
  const count = (label: string, value: number): void => void notes.push({ row: [label, value], formats: [null, "#,##0"] });
  if (e.notCustomers > 0) count(t("notCustomers"), e.notCustomers);
  if (e.numericText > 0) count(t("numericText"), e.numericText);
  if (e.errors > 0) count(t("errors"), e.errors);
  for (const n of run.notes) {
    const label = localize(n.label, language);
    // A label wider than column A can be: alone on its row (the text runs over the empty cells), its value under it.
    if (textWidth(label) + 2 > LABEL_WIDTH_CAP) notes.push({ row: [label], formats: [null] }, { row: [null, num(n.value)], formats: [null, noteFormat(n)] });
    else notes.push({ row: [label, num(n.value)], formats: [null, noteFormat(n)] });
  }
  for (const w of run.warnings ?? []) notes.push({ row: [localize(w, language)], formats: [null] });
  if (notes.length) layout.addLines(notes);

  // Legend: the code in its colours (static fills on a few cells, not rules), and what to do.
  const tones = resolveTones(run.codes, req.tones);
  const legendTop = layout.add([[t("legend"), t("approach")], ...run.codes.map((code) => [code, strategyFor(code, language) ?? ""])], undefined, true);
  run.codes.forEach((code, i) => layout.fills.push({ range: { row: legendTop + 1 + i, col: 0, rows: 1, cols: 1 }, tone: tones[code] }));

  const charts: ChartSpec[] = [];
  if (run.curve && run.curve.slices.length) {
    const slices = run.curve.slices;
    let running = 0;
    const total = slices.reduce((a, s) => a + s.value, 0);
    const curveRows: Row[] = [[t("curveSlices"), t("curvePositive"), t("curveCumulative")]];
    slices.forEach((s, i) => {
      running += s.value;
      // The first slice's label is words ("Top 5%"); the others are plain ranges ("5–10%").
      curveRows.push([i === 0 ? t("topSlice") : s.label, s.value, total > 0 ? running / total : 0]);
    });
    const curveTop = layout.add(curveRows, [null, valueFormat, "0.0%"], true);
    charts.push({
      kind: "pareto",
      title: t("chartTitle"),
      data: { row: curveTop + 1, col: 0, rows: slices.length, cols: 2 },
      anchor: { row: curveTop, col: 4, rows: 18, cols: 6 },
    });
  }
  if (run.quadrant && run.codes.length === 4) {
    const q = run.quadrant;
    const xName = localize(q.xLabel, language);
    const yName = localize(q.yLabel, language);
    const ref = (i: number, col: string): CellInput => ({ formula: `=${col}${r1(first + i)}`, value: col === "B" ? e.classes[i].customers : e.classes[i].value });
    const grid = (title: string, col: string): Row[] => [
      [title, t("high", { measure: yName }), t("low", { measure: yName })],
      [t("high", { measure: xName }), ref(0, col), ref(1, col)],
      [t("low", { measure: xName }), ref(2, col), ref(3, col)],
    ];
    layout.add(grid(t("gridCustomers"), "B"), [null, "#,##0", "#,##0"], true);
    layout.add(grid(valueRange ? t("gridValue") : t("gridTotal", { measure: xName }), "D"), [null, valueFormat, valueFormat], true);
  }

  if (run.grid && run.codes.length === run.grid.rows.length * run.grid.columns.length) {
    // A grid larger than 2×2 (ABC–XYZ's 3×3): rows × columns, each cell the class's count (then
    // its value) as a formula on the class table above, in the class's colours.
    const g = run.grid;
    const width = g.columns.length;
    const ref = (i: number, col: string): CellInput => ({ formula: `=${col}${r1(first + i)}`, value: col === "B" ? e.classes[i].customers : e.classes[i].value });
    const grid = (caption: string | null, title: string, col: string, format: string): void => {
      const head = caption === null ? [] : [[caption]];
      const gridTop = layout.add(
        [...head, [title, ...g.columns], ...g.rows.map((rowCode, r) => [rowCode, ...g.columns.map((_, c) => ref(r * width + c, col))])],
        [null, ...g.columns.map(() => format)],
        true,
      );
      const header = gridTop + head.length;
      if (head.length) layout.bold.push(header);
      run.codes.forEach((code, i) =>
        layout.fills.push({ range: { row: header + 1 + Math.floor(i / width), col: 1 + (i % width), rows: 1, cols: 1 }, tone: tones[code] }),
      );
    };
    grid(localize(g.caption, language), t("gridCustomers"), "B", "#,##0");
    grid(null, localize(g.valueLabel, language), "D", valueFormat);
  }

  const topCustomers = topRows(req);
  if (topCustomers.length) layout.add([[t("topCustomers"), t("topValue"), t("topClass")], ...topCustomers], [null, valueFormat, null], true);

  return {
    name,
    blocks: layout.blocks,
    fills: layout.fills,
    boldRows: layout.bold,
    // Wide enough for the labels beside their values (notes, the class table's headers) and for the data's address and value column.
    columnWidths: fitColumns(layout.blocks, [34, 12, 14, 14, 14, 12, 14, 12, 14], [{ row: 1, col: 1 }, { row: 2, col: 1 }], LABEL_WIDTH_CAP),
    charts,
  };
}

/** The value per data row the summary shows: the method's own measure, else the value column. */
function valuesOf(req: PlanRequest): ArrayLike<unknown> | null {
  if (req.run.measure) return req.run.measure.values;
  return req.method.usesPeriods ? null : req.input.columns.value ?? null;
}

/** Positive value per class, from the values themselves (the basis of "% of value"). */
function positiveByClass(req: PlanRequest): number[] | null {
  const values = valuesOf(req);
  if (!values) return null;
  const out = new Array<number>(req.run.codes.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    const c = req.run.classIndex[i];
    const v = values[i];
    if (c >= 0 && typeof v === "number" && v > 0) out[c] += v;
  }
  return out;
}

/** The ten customers with the highest value, named by the name (or ID) column: text stays text. */
function topRows(req: PlanRequest): Row[] {
  const names = req.input.columns.name ?? req.input.columns.id;
  const values = valuesOf(req);
  if (!names || !values) return [];
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if (typeof values[i] === "number" && Number.isFinite(values[i]) && req.run.classIndex[i] >= 0) order.push(i);
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  return order.slice(0, 10).map((i) => {
    const name = names[i];
    return [typeof name === "string" || typeof name === "number" ? name : String(name ?? ""), values[i] as number, req.run.codes[req.run.classIndex[i]]];
  });
}
