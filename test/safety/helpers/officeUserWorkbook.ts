/**
 * The Office.js side of the workbook-safety tests, over the hand-written fake of Excel
 * (test/workbook/helpers/fakeExcel.ts), without changing the fake:
 * - `officeUserWorkbook()`: the same user workbook as userWorkbook.ts, as far as the fake models
 *   it: cells (text typed with an apostrophe, formulas with their values), a Table, the user's
 *   formats, custom conditional formats, data validation, another sheet and another add-in's
 *   setting. (Merges, hidden rows and autofilters are not modelled by the fake; the adapter has
 *   no call that could touch them: any call the fake lacks would throw.)
 * - `reopen(excel)`: a deep copy, as Excel gives back a saved file (settings included);
 * - `canonicalOffice(excel, owned)`: the canonical text of everything, or of the user's part;
 * - `injectFaults(excel, fault)`: makes the k-th queued operation of a request fail the way
 *   Excel does (operations before it in the same request are done, the rest are not), once or
 *   from then on (the connection is lost).
 */
import { namesOf } from "../../../src/workbook/ownership";
import { contains, rangeA1 } from "../../../src/workbook/address";
import { HISTORY_INDEX_KEY } from "../../../src/workbook/history";
import { Footprint, SETTING_PREFIX } from "../../../src/workbook/plan";
import { FakeExcel, FakeSheet } from "../../workbook/helpers/fakeExcel";
import { sha256, stableJson } from "./canonicalXlsx";
import { CUSTOMERS, HOSTILE_NAMES } from "./userWorkbook";

const key = (r: number, c: number): string => `${r},${c}`;

/** 0-based rows: title 0, header 2, data 3…42, total 44 (the same layout as userWorkbook.ts). */
export const OFFICE_HEADER = 2;

export function officeUserWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  const ws = excel.addSheet("Customers");
  const text = (r: number, c: number, t: string): void => {
    // What typing does: text Excel could read as a formula/number was typed with an apostrophe.
    const quoted = /^[=+\-@']/.test(t.trimStart()) || /^\d/.test(t);
    ws.cells.set(key(r, c), quoted ? { formula: t, value: t, quotePrefix: true } : { formula: t, value: t });
  };
  text(0, 0, "Customer report 2024");
  text(0, 7, "Prepared by finance");
  ["ID", "Name", "Region", "Revenue", "Profit", "Margin"].forEach((h, c) => text(OFFICE_HEADER, c, h));
  const regions = ["North", "South", "East", "West"];
  for (let i = 0; i < CUSTOMERS; i++) {
    const r = OFFICE_HEADER + 1 + i;
    text(r, 0, `C${String(i + 1).padStart(3, "0")}`);
    text(r, 1, i < HOSTILE_NAMES.length ? HOSTILE_NAMES[i] : `Customer ${i + 1}`);
    text(r, 2, regions[i % 4]);
    const rev = i === 7 ? null : i === 11 ? "n/a" : i === 13 ? 0 : i === 17 ? -250 : Math.round(((i * 7919) % 997) ** 2 / 40 + 10);
    if (typeof rev === "number") {
      ws.cells.set(key(r, 3), { formula: rev, value: rev });
      ws.cells.set(key(r, 4), { formula: Math.round(rev * 0.2), value: Math.round(rev * 0.2) });
      ws.cells.set(key(r, 5), { formula: `=IF(N(D${r + 1})=0,"",E${r + 1}/D${r + 1})`, value: rev === 0 ? "" : Math.round(rev * 0.2) / rev });
    } else if (rev !== null) text(r, 3, rev);
  }
  const last = OFFICE_HEADER + CUSTOMERS;
  text(last + 2, 0, "Total");
  ws.cells.set(key(last + 2, 3), { formula: `=SUM(D${OFFICE_HEADER + 2}:D${last + 1})`, value: 0 });
  // The user's formats (the fake keeps them per address and kind).
  ws.formats.set("A1:F1:fill", "#DDEBF7");
  ws.formats.set("A1:F1:bold", "true");
  ws.formats.set(`A3:F3:fill`, "#305496");
  ws.formats.set(`A3:F3:font`, "#FFFFFF");
  ws.formats.set(`D4:D${last + 1}:numberFormat`, '["#,##0.00"]');
  ws.formats.set(`F4:F${last + 1}:numberFormat`, '["0.0%"]');
  ws.formats.set("B4:B4:font", "#C00000");
  // The user's own conditional formats and validation.
  ws.cfs.push({ id: "user-1", range: { row: 3, col: 3, rows: CUSTOMERS, cols: 1 }, type: "Custom", formula: "=$D4>20000", fill: "#E2EFDA", font: "#006100", priority: 0 });
  ws.cfs.push({ id: "user-2", range: { row: 3, col: 0, rows: CUSTOMERS, cols: 6 }, type: "Custom", formula: '=$C4="North"', fill: "#FFF2CC", font: "#000000", priority: 1 });
  ws.validations.push({ range: { row: 3, col: 2, rows: CUSTOMERS, cols: 1 }, source: "North,South,East,West" });
  excel.tables.push({ name: "Sales", sheet: "Customers", range: { row: OFFICE_HEADER, col: 0, rows: CUSTOMERS + 1, cols: 6 }, showHeaders: true });

  const notes = excel.addSheet("Notes");
  notes.cells.set(key(0, 0), { formula: "Revenue total", value: "Revenue total" });
  notes.cells.set(key(0, 1), { formula: `=SUM(Customers!D4:D${last + 1})`, value: 0 });
  notes.cells.set(key(1, 1), { formula: "=1+1", value: "=1+1", quotePrefix: true });
  excel.settings.set("other-addin.theme", "dark");
  excel.active = { sheet: "Customers", row: 4, col: 1 };
  return excel;
}

/** A deep copy of the fake, as a saved and reopened file (the pane's state is gone, the workbook's stays). */
export function reopen(excel: FakeExcel): FakeExcel {
  const copy = new FakeExcel();
  for (const s of excel.sheets) {
    const t = copy.addSheet(s.name);
    (t as { id: string }).id = s.id; // a worksheet's id is kept in the file
    for (const [k, c] of s.cells) t.cells.set(k, { ...c });
    t.cfs.push(...structuredClone(s.cfs));
    t.validations.push(...structuredClone(s.validations));
    t.charts.push(...structuredClone(s.charts));
    for (const [k, v] of s.formats) t.formats.set(k, v);
  }
  copy.tables.push(...structuredClone(excel.tables));
  copy.names.push(...structuredClone(excel.names)); // defined names are saved with the workbook
  // Sheets added after reopening get ids the file has not used.
  (copy as unknown as { nextSheetId: number }).nextSheetId = (excel as unknown as { nextSheetId: number }).nextSheetId;
  for (const [k, v] of excel.settings) copy.settings.set(k, v);
  copy.active = { ...excel.active };
  return copy;
}

export interface OfficeOwned {
  readonly ids: readonly string[];
  readonly footprints: readonly Footprint[];
  readonly historySheets?: readonly string[];
}

function canonicalSheet(s: FakeSheet, owned: OfficeOwned): unknown {
  const ownsCell = (k: string): boolean => {
    const [r, c] = k.split(",").map(Number);
    return owned.footprints.some((f) => f.cells.some((x) => x.sheet === s.name && contains(x.range, r, c)));
  };
  const ownsRule = (cf: FakeSheet["cfs"][number]): boolean =>
    owned.footprints.some((f) => f.rules.some((r) => r.sheet === s.name && rangeA1(r.range) === rangeA1(cf.range) && r.formulas.includes(cf.formula)));
  const ownsValidation = (v: FakeSheet["validations"][number]): boolean =>
    owned.footprints.some((f) => f.validations.some((x) => x.sheet === s.name && rangeA1(x.range) === rangeA1(v.range)));
  return {
    name: s.name,
    cells: [...s.cells.entries()].filter(([k]) => !ownsCell(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => [k, stableJson(c)]),
    // The user's rules in priority order, without the ids and numbers Excel may renumber.
    rules: s.cfs
      .filter((cf) => !ownsRule(cf))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => {
        const { id: _id, priority: _priority, ...rest } = cf;
        void _id;
        void _priority;
        return stableJson(rest);
      }),
    validations: s.validations.filter((v) => !ownsValidation(v)).map((v) => stableJson(v)),
    formats: [...s.formats.entries()].sort(),
    charts: s.charts.map((c) => stableJson(c)),
  };
}

/** Everything in the fake workbook, or everything but what the saved segmentations own. */
export function canonicalOffice(excel: FakeExcel, owned: OfficeOwned = { ids: [], footprints: [] }): string {
  const history = owned.historySheets;
  const skip = new Set([...owned.footprints.flatMap((f) => f.sheets), ...(history ?? [])]);
  // The history index outlives the segmentations, like the history sheets: owned whenever they are.
  const mine = new Set([...owned.ids.map((id) => SETTING_PREFIX + id), ...(history ? [HISTORY_INDEX_KEY] : [])]);
  const ours = new Set(owned.footprints.flatMap(namesOf).map((n) => n.toLowerCase()));
  return stableJson({
    sheets: excel.sheets.filter((s) => !skip.has(s.name)).map((s) => canonicalSheet(s, owned)),
    tables: excel.tables.map((t) => stableJson(t)),
    // Defined names: the user's, and ours only when nothing is taken to be owned (ownership.ts names).
    // By the sheet's name, not its id: a sheet made again (Refresh again) gets another id and looks the same.
    names: excel.names.filter((n) => !ours.has(n.name.toLowerCase())).map(({ sheetId, ...n }) => stableJson({ ...n, sheet: excel.sheets.find((s) => s.id === sheetId)?.name ?? null })),
    settings: [...excel.settings.entries()].filter(([k]) => !mine.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)),
  });
}

export const checksumOffice = (excel: FakeExcel, owned?: OfficeOwned): string => sha256(canonicalOffice(excel, owned));

export interface Fault {
  /** The k-th queued operation (1-based, counted over every request from now on) fails. */
  readonly at: number;
  /** "once": Excel refuses that request, later ones go through. "lost": every later request fails too. */
  readonly mode: "once" | "lost";
}

export interface FaultState {
  /** Operations run (or refused) so far. */
  count: number;
  /** True once the fault has happened. */
  fired: boolean;
}

interface QueuedOp {
  load: boolean;
  run: () => unknown;
}

/**
 * Wraps `excel.run` so that requests fail as the fault says. The fake's requests are lists of
 * queued operations run at `sync()`; Excel too runs a request's operations in order and stops at
 * the first that fails, keeping what the earlier ones did. Returns the counter (after a run with
 * `at` beyond the end, `count` is the number of operations a clean run makes).
 */
export function injectFaults(excel: FakeExcel, fault: Fault | null): FaultState {
  const state: FaultState = { count: 0, fired: false };
  const run = excel.run;
  excel.run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    run(async (context) => {
      const ctx = context as unknown as { ops: QueuedOp[]; sync(): Promise<void> };
      const realSync = ctx.sync.bind(ctx);
      ctx.sync = async (): Promise<void> => {
        const ops = ctx.ops;
        if (fault && state.fired && fault.mode === "lost") {
          ops.length = 0;
          throw new Error("Connection lost (injected)");
        }
        if (!fault || state.fired || state.count + ops.length < fault.at) {
          state.count += ops.length;
          return realSync();
        }
        // The fault falls inside this request: run the operations before it, drop the rest.
        const before = fault.at - state.count - 1;
        const tail = ops.splice(before);
        state.count = fault.at;
        state.fired = true;
        await realSync();
        void tail;
        throw new Error(`GeneralException at operation ${fault.at} (injected)`);
      };
      return batch(context);
    });
  return state;
}
