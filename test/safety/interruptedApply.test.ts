/**
 * Interrupted applies, for every k: the k-th write fails, and the workbook must be as it was,
 * or (when nothing more can be written: the connection is lost) clearly marked — listed among
 * the saved segmentations — so that Remove, once the workbook is open again, gives it back as it was.
 *
 * - ExcelJS (.xlsx): the k-th mutating call of the backend (setCell, addRules, addSheet,
 *   setSetting …) throws, once. An in-memory workbook cannot lose a connection; if the process
 *   dies, the file on disk is the one before the apply.
 * - Office.js (fake Excel): the k-th queued operation of a request fails; the operations before
 *   it in that request are done (Excel requests are not transactions), the rest are not. Either
 *   once (the next requests go through, so the adapter can take back what it did) or for good
 *   (every later request fails too; we then reopen the workbook and look).
 */
import ExcelJS from "exceljs";
import { createExcelJsAdapter } from "../../src/workbook/exceljsAdapter";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { SegmentPlan } from "../../src/workbook/plan";
import { WorkbookPort } from "../../src/workbook/port";
import { buildPlan, prepare } from "../../src/workbook/segmentation";
import { FakeExcel } from "../workbook/helpers/fakeExcel";
import { canonicalXlsx } from "./helpers/canonicalXlsx";
import { canonicalOffice, Fault, injectFaults, OFFICE_HEADER, officeUserWorkbook, reopen } from "./helpers/officeUserWorkbook";
import { applyMethod, choiceFor, firstDifference, historyRows, historySheets, MethodId } from "./helpers/sequences";
import { officeSubject } from "./helpers/subjects";
import { buildUserWorkbook, FIRST_DATA_ROW, saveAndReopen } from "./helpers/userWorkbook";
import { faultyBackend } from "./helpers/faultyBackend";

interface Variant {
  readonly name: string;
  readonly method: MethodId;
  readonly tags: boolean;
  readonly summary: boolean;
  readonly formulas: boolean;
  /** Apply ABC first, so the interrupted apply goes on top of an existing segmentation. */
  readonly onTopOfAbc?: boolean;
  /** After planning, the user types a note into the class column; the apply agrees to overwrite it. */
  readonly overwrite?: boolean;
  /** Excel widens the Table when the class column is written beside it (AutoCorrect); Office.js only. */
  readonly autoExpand?: boolean;
  /** Keep the history: the apply records the first snapshot (a history sheet, its rows, the index). */
  readonly history?: boolean;
}

const VARIANTS: Variant[] = [
  { name: "ABC, values, tags and summary", method: "ABC", tags: true, summary: true, formulas: false },
  { name: "Pareto, live formulas, no summary", method: "PARETO", tags: false, summary: false, formulas: true },
  { name: "quadrants, tags and summary, on top of ABC", method: "QUADRANT", tags: true, summary: true, formulas: false, onTopOfAbc: true },
  { name: "ABCD over a user's cell the user agreed to overwrite", method: "ABCD", tags: false, summary: true, formulas: false, overwrite: true },
  { name: "ABC beside a Table that Excel widens", method: "ABC", tags: false, summary: false, formulas: false, autoExpand: true },
  { name: "ABC keeping history (first snapshot: history sheet, rows, index)", method: "ABC", tags: true, summary: true, formulas: false, history: true },
];

/** Figures for docs/reliability.md. */
const figures: string[] = [];
/** Figures for docs/reliability.md, printed with SAFETY_REPORT=1. */
afterAll(() => {
  if (process.env.SAFETY_REPORT) console.log(`interrupted applies:\n${figures.join("\n")}`);
});

function expectSame(expected: string, actual: string, label: string): void {
  const diff = firstDifference(expected, actual);
  if (diff) throw new Error(`${label}: ${diff}`);
}

async function planOn(port: WorkbookPort, select: () => void, v: Variant, id: string): Promise<SegmentPlan> {
  select();
  const source = (await port.locateSource())!;
  const choice = { ...choiceFor(v.method, v.tags, v.summary, v.formulas, Boolean(v.history)), asOf: 45_322 };
  const prepared = await prepare(port, source.ref, choice);
  return buildPlan(port, source.ref, source.columnNames, choice, prepared, id, new Date(Date.UTC(2024, 5, 1)));
}

// ---------------------------------------------------------------- ExcelJS

async function xlsxWorkbook(v: Variant): Promise<ExcelJS.Workbook> {
  const wb = await saveAndReopen(buildUserWorkbook());
  const { port, backend } = createExcelJsAdapter(wb, { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 });
  if (v.onTopOfAbc) {
    const select = (): void => backend.select({ sheet: "Customers", row: FIRST_DATA_ROW, col: 1 });
    await port.apply(await planOn(port, select, { ...VARIANTS[0], tags: false }, "abc-first"));
  }
  return saveAndReopen(wb);
}

describe("interrupted applies through ExcelJS: the k-th write fails, for every k", () => {
  test.each(VARIANTS.filter((v) => !v.autoExpand && !v.history).map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    let wb = await xlsxWorkbook(v);
    const selection = { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 };
    const planning = createExcelJsAdapter(wb, selection);
    const plan = await planOn(planning.port, () => planning.backend.select(selection), v, "interrupted");
    if (v.overwrite) {
      const cell = (wb.getWorksheet("Customers") as ExcelJS.Worksheet).getCell(FIRST_DATA_ROW + 2, plan.saved.classColumn + 1);
      cell.value = "a user's note";
      cell.font = { italic: true };
      wb = await saveAndReopen(wb);
    }
    const { backend } = createExcelJsAdapter(wb, selection);
    const clean = createGridAdapter(backend);
    const overwrite = v.overwrite ? (await clean.findOccupied(plan, 100)).cells : undefined;
    if (v.overwrite) expect(overwrite?.length).toBe(1);
    const before = canonicalXlsx(wb);
    const savedBefore = JSON.stringify(await clean.listSaved());

    // How many writes a clean apply makes: on a copy.
    const copy = await saveAndReopen(wb);
    const counting = faultyBackend(createExcelJsAdapter(copy, selection).backend, Infinity);
    await createGridAdapter(counting.backend).apply(plan, { overwrite });
    const writes = counting.count();
    expect(writes).toBeGreaterThan(40);

    // Every k on the same workbook: each failed apply must leave it exactly as it was.
    for (let k = 1; k <= writes; k++) {
      const faulty = faultyBackend(backend, k);
      await expect(createGridAdapter(faulty.backend).apply(plan, { overwrite })).rejects.toThrow(`write ${k} failed`);
      const diff = firstDifference(before, canonicalXlsx(wb));
      if (diff) throw new Error(`after a failure at write ${k} of ${writes}: ${diff}`);
      expect(JSON.stringify(await clean.listSaved())).toBe(savedBefore);
    }
    // The file written after all those failures is still the user's.
    expectSame(before, canonicalXlsx(await saveAndReopen(wb)), "after saving");
    // And the apply still works afterwards, and is removable.
    await clean.apply(plan, { overwrite });
    await clean.remove(plan.id);
    expectSame(before, canonicalXlsx(wb), "after a clean apply and Remove");
    figures.push(`ExcelJS | ${v.name} | ${writes} writes | ${writes} failures injected | restored ${writes}/${writes}`);
  });
});

describe("interrupted applies through ExcelJS keeping history (fresh workbook for each k)", () => {
  const v = VARIANTS.find((x) => x.history) as Variant;
  const STRIDE = Number(process.env.SAFETY_STRIDE ?? 6);
  const outcomes = { restored: 0, leftover: 0, tried: 0, writes: 0 };

  beforeAll(async () => {
    const selection = { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 };
    const file = (await buildUserWorkbook(12).xlsx.writeBuffer()) as ArrayBuffer;
    const load = async (): Promise<ExcelJS.Workbook> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file);
      return wb;
    };
    const first = await load();
    const planning = createExcelJsAdapter(first, selection);
    const plan = await planOn(planning.port, () => planning.backend.select(selection), v, "interrupted");
    const before = canonicalXlsx(first);
    const counting = faultyBackend(createExcelJsAdapter(await load(), selection).backend, Infinity);
    await createGridAdapter(counting.backend).apply(plan);
    outcomes.writes = counting.count();
    // Every k costs a fresh workbook: CI takes every STRIDE-th k (and the last); SAFETY_STRIDE=1 takes every k.
    for (let k = 1; k <= outcomes.writes; k++) {
      if ((k - 1) % STRIDE !== 0 && k !== outcomes.writes) continue;
      outcomes.tried++;
      const wb = await load();
      const { backend } = createExcelJsAdapter(wb, selection);
      await expect(createGridAdapter(faultyBackend(backend, k).backend).apply(plan)).rejects.toThrow(`write ${k} failed`);
      if (canonicalXlsx(wb) === before) {
        outcomes.restored++;
        continue;
      }
      const port = createGridAdapter(backend);
      expect(await port.listSaved()).toEqual([]);
      const owned = { footprints: [], historySheets: await historySheets(port) };
      expectSame(canonicalXlsx(first, owned), canonicalXlsx(wb, owned), `failure at write ${k}: the user's part`);
      outcomes.leftover++;
    }
    figures.push(
      `ExcelJS | ${v.name} (12 customers) | ${outcomes.writes} writes | ${outcomes.tried} failures injected (every ${STRIDE === 1 ? "" : `${STRIDE}th `}k) | restored ${outcomes.restored}` +
        (outcomes.leftover ? ` + ${outcomes.leftover} with an empty history sheet left (user's part intact)` : ""),
    );
  });

  test(`${v.name}: the user's part never changes, for every k tried`, () => {
    expect(outcomes.restored + outcomes.leftover).toBe(outcomes.tried);
    expect(outcomes.tried).toBeGreaterThan(10);
  });

  test(`${v.name}: the workbook exactly as it was, for every k tried (history sheet and index taken back too)`, () => {
    expect(outcomes.leftover).toBe(0);
  });
});

// ---------------------------------------------------------------- Office.js

async function officeStart(v: Variant): Promise<FakeExcel> {
  const subject = officeSubject(officeUserWorkbook());
  if (v.onTopOfAbc) await applyMethod(subject, choiceFor("ABC", false, true, false), "abc-first", new Date(Date.UTC(2024, 4, 1)));
  const excel = reopen(subject.excel());
  excel.active = { sheet: "Customers", row: OFFICE_HEADER + 2, col: 1 };
  return excel;
}

/** A copy of the start workbook, as Excel behaves in this variant. */
function copyOf(start: FakeExcel, v: Variant): FakeExcel {
  const excel = reopen(start);
  excel.autoExpandTables = Boolean(v.autoExpand);
  return excel;
}

type Mode = "once" | "lost";

interface OfficeOutcomes {
  /** The workbook exactly as it was. */
  restored: number;
  /** Listed as applied; Remove gave the workbook back as it was. */
  markedAndRemoved: number;
  /** The user's part as it was and no history row lost, but some add-in output left behind that Remove does not take (a history sheet). */
  leftover: number;
}

/**
 * Every k, in each mode. Throws at once if the user's part changed, a history row was lost or
 * Remove left something of a marked apply; an unmarked leftover throws only when `strict`.
 */
async function interruptOffice(v: Variant, modes: readonly Mode[], strict: boolean): Promise<Record<Mode, OfficeOutcomes>> {
  const start = await officeStart(v);
  const planning = reopen(start);
  const port = createOfficeAdapter({ run: planning.run });
  const plan = await planOn(port, () => undefined, v, "interrupted");
  if (v.overwrite) start.setValue("Customers", OFFICE_HEADER + 3, plan.saved.classColumn, "a user's note");
  const before = canonicalOffice(start);
  const startPort = createOfficeAdapter({ run: reopen(start).run });
  const rowsBefore = await historyRows(startPort);
  const overwrite = v.overwrite ? (await startPort.findOccupied(plan, 100)).cells : undefined;
  if (v.overwrite) expect(overwrite?.length).toBe(1);

  // Small blocks, so that the class column goes in several requests.
  const limits = { maxRows: 12, maxBytes: 4_000_000 };
  const counting = copyOf(start, v);
  const count = injectFaults(counting, null);
  await createOfficeAdapter({ run: counting.run, limits }).apply(plan, { overwrite });
  const ops = count.count;
  const syncs = counting.syncs.length;
  expect(ops).toBeGreaterThan(10);

  const outcomes: Record<Mode, OfficeOutcomes> = { once: { restored: 0, markedAndRemoved: 0, leftover: 0 }, lost: { restored: 0, markedAndRemoved: 0, leftover: 0 } };
  for (const mode of modes) {
    for (let k = 1; k <= ops; k++) {
      const label = `${mode} failure at operation ${k} of ${ops}`;
      const excel = copyOf(start, v);
      injectFaults(excel, { at: k, mode } as Fault);
      await expect(createOfficeAdapter({ run: excel.run, limits }).apply(plan, { overwrite })).rejects.toThrow("injected");
      // Look at the workbook as it is now (for "lost": as it is when opened again).
      const after = reopen(excel);
      if (canonicalOffice(after) === before) {
        outcomes[mode].restored++;
        continue;
      }
      const reconnected = createOfficeAdapter({ run: after.run });
      const rows = await historyRows(reconnected);
      for (const [row, n] of rowsBefore) if ((rows.get(row) ?? 0) < n) throw new Error(`${label}: history row lost: ${row}`);
      const saved = await reconnected.listSaved();
      const marked = saved.some((s) => s.id === plan.id);
      if (mode === "lost" && marked) {
        await reconnected.remove(plan.id);
        if (canonicalOffice(after) === before) {
          outcomes[mode].markedAndRemoved++;
          continue;
        }
      }
      // Not as it was: the user's part must be, whatever the add-in left.
      const owned = { ids: saved.filter((s) => s.id !== plan.id).map((s) => s.id), footprints: saved.filter((s) => s.id !== plan.id).map((s) => s.footprint), historySheets: await historySheets(reconnected) };
      const userDiff = firstDifference(canonicalOffice(start, owned), canonicalOffice(after, owned));
      if (userDiff) throw new Error(`${label}: the user's part changed: ${userDiff}`);
      if (strict) throw new Error(`${label}: the workbook changed and ${marked ? "Remove did not give it back" : "nothing marks the change"}: ${firstDifference(before, canonicalOffice(after))}`);
      outcomes[mode].leftover++;
    }
  }
  figures.push(
    `Office.js | ${v.name} | ${ops} operations in ${syncs} requests | ` +
      modes
        .map((m) => {
          const o = outcomes[m];
          const left = o.leftover ? ` + ${o.leftover} with add-in output left (user's part intact)` : "";
          return m === "once" ? `once: ${o.restored}/${ops} restored${left}` : `lost: ${o.restored} untouched + ${o.markedAndRemoved} marked and removed${left}, of ${ops}`;
        })
        .join(" | "),
  );
  return outcomes;
}

describe("interrupted applies through Office.js (fake Excel): the k-th operation fails, for every k", () => {
  test.each(VARIANTS.filter((v) => !v.autoExpand && !v.history).map((v) => [v.name, v] as const))("%s: once, and with the connection lost", async (_name, v) => {
    const o = await interruptOffice(v, ["once", "lost"], true);
    expect(o.once.leftover + o.lost.leftover).toBe(0);
  });

  test.each(VARIANTS.filter((v) => v.autoExpand).map((v) => [v.name, v] as const))("%s: once (the Table is put back)", async (_name, v) => {
    await interruptOffice(v, ["once"], true);
  });

  // With the connection lost after Excel widened the Table and before the adapter put it back,
  // the reopened workbook lists the apply; Remove clears our cells and shrinks the Table back to
  // the source's columns (only columns that are ours are taken out of it).
  test.each(VARIANTS.filter((v) => v.autoExpand).map((v) => [v.name, v] as const))("%s: with the connection lost (Remove shrinks the Table back)", async (_name, v) => {
    await interruptOffice(v, ["lost"], true);
  });

  describe("keeping history", () => {
    const v = VARIANTS.find((x) => x.history) as Variant;
    let outcomes: Record<Mode, OfficeOutcomes>;
    beforeAll(async () => {
      outcomes = await interruptOffice(v, ["once", "lost"], false);
    });

    test(`${v.name}: the user's part never changes and no history row is lost, for every k`, () => {
      for (const m of ["once", "lost"] as const) expect(outcomes[m].restored + outcomes[m].markedAndRemoved + outcomes[m].leftover).toBeGreaterThan(10);
    });

    test(`${v.name}: failing once, the workbook exactly as it was (history sheet, rows and index taken back)`, () => {
      expect(outcomes.once.leftover).toBe(0);
      expect(outcomes.once.restored).toBeGreaterThan(10);
    });

    // With the connection lost, the reopened workbook lists the apply, its setting naming the
    // snapshot it was adding: Remove takes that away too (rows, the history sheet it started, the
    // index entry), and the workbook is exactly as it was.
    test(`${v.name}: with the connection lost, Remove takes the unfinished snapshot away too`, () => {
      expect(outcomes.lost.leftover).toBe(0);
    });
  });
});
