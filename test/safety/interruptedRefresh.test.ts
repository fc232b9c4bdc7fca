/**
 * Interrupted refreshes, for every k: a segmentation applied with history, the data edited, then
 * a refresh (new snapshot, movement columns, transitions sheet) whose k-th write fails — once, or
 * for good (connection lost; the workbook is then looked at as reopened). Whatever k:
 * - the user's part of the workbook is what it would be without the add-in;
 * - no history row that existed before the refresh is lost;
 * - what is left is either the workbook as it was before the refresh, or the segmentation still
 *   listed — owning both its earlier and its new output and the unfinished snapshot — so that
 *   Remove takes all of it away, and (Office.js) Refresh again gives exactly the workbook an
 *   uninterrupted refresh gives. Never the segmentation gone (its series of snapshots would end).
 * The outcome counts go into docs/reliability.md.
 */
import ExcelJS from "exceljs";
import { createExcelJsAdapter } from "../../src/workbook/exceljsAdapter";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { WorkbookPort } from "../../src/workbook/port";
import { RefreshInterruptedError, snapshotConflicts } from "../../src/workbook/refresh";
import { refreshSaved } from "../../src/workbook/refresh";
import { canonicalXlsx } from "./helpers/canonicalXlsx";
import { canonicalOffice, Fault, injectFaults, officeUserWorkbook, reopen } from "./helpers/officeUserWorkbook";
import { applyMethod, choiceFor, firstDifference, historyRows, historySheets, Owned } from "./helpers/sequences";
import { officeSubject } from "./helpers/subjects";
import { buildUserWorkbook, FIRST_DATA_ROW, saveAndReopen } from "./helpers/userWorkbook";
import { faultyBackend } from "./helpers/faultyBackend";

const APPLIED = new Date(Date.UTC(2024, 0, 31));
const REFRESHED = new Date(Date.UTC(2024, 1, 29));
const ID = "abc-history";

interface Outcomes {
  asItWas: number;
  listed: number;
  gone: number;
  extraHistoryRows: number;
}

const figures: string[] = [];
const total = (rows: Map<string, number>): number => [...rows.values()].reduce((a, b) => a + b, 0);
/** Figures for docs/reliability.md, printed with SAFETY_REPORT=1. */
afterAll(() => {
  if (process.env.SAFETY_REPORT) console.log(`interrupted refreshes:\n${figures.join("\n")}`);
});

/** Checks one interrupted refresh; returns which outcome it was. */
async function judge(
  port: WorkbookPort,
  userPart: (owned: Owned) => { now: string; pristine: string },
  full: () => string,
  before: { full: string; rows: Map<string, number> },
  label: string,
): Promise<keyof Omit<Outcomes, "extraHistoryRows"> | "error"> {
  const saved = await port.listSaved();
  const owned = { ids: saved.map((s) => s.id), footprints: saved.map((s) => s.footprint), historySheets: await historySheets(port) };
  const { now, pristine } = userPart(owned);
  const diff = firstDifference(pristine, now);
  if (diff) throw new Error(`${label}: the user's part changed, ${diff}`);
  const rows = await historyRows(port);
  for (const [row, count] of before.rows) if ((rows.get(row) ?? 0) < count) throw new Error(`${label}: history row lost: ${row}`);
  if (full() === before.full) return "asItWas";
  return saved.some((s) => s.id === ID) ? "listed" : "gone";
}

// ---------------------------------------------------------------- Office.js

describe("interrupted refresh through Office.js (fake Excel), every k", () => {
  const outcomes: Record<"once" | "lost", Outcomes> = {
    once: { asItWas: 0, listed: 0, gone: 0, extraHistoryRows: 0 },
    lost: { asItWas: 0, listed: 0, gone: 0, extraHistoryRows: 0 },
  };
  let ops = 0;
  let refreshedAgain = 0;

  beforeAll(async () => {
    const subject = officeSubject(officeUserWorkbook());
    await applyMethod(subject, { ...choiceFor("ABC", true, true, false, true), asOf: 45_322 }, ID, APPLIED);
    for (const [customer, value] of [[1, 90_000], [3, 12], [8, 40_000]] as const) subject.edit(customer, value);
    const start = reopen(subject.excel());
    const startPort = createOfficeAdapter({ run: start.run });
    const before = { full: canonicalOffice(start), rows: await historyRows(startPort) };
    const baseRows = total(before.rows);
    expect(baseRows).toBeGreaterThanOrEqual(38); // one row per customer (the blank and the text revenue are not customers)
    const saved = (await startPort.listSaved())[0];

    const counting = reopen(start);
    const state = injectFaults(counting, null);
    const done = await refreshSaved(createOfficeAdapter({ run: counting.run }), saved, "en", REFRESHED, { asOf: 45_351 });
    expect(done.previousAsOf).toBe(45_322);
    ops = state.count;
    const clean = canonicalOffice(counting);

    for (const mode of ["once", "lost"] as const) {
      for (let k = 1; k <= ops; k++) {
        const excel = reopen(start);
        injectFaults(excel, { at: k, mode } as Fault);
        const error = await refreshSaved(createOfficeAdapter({ run: excel.run }), saved, "en", REFRESHED, { asOf: 45_351 }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(String(error)).toContain("injected");
        const after = reopen(excel);
        const port = createOfficeAdapter({ run: after.run });
        const pristine = subject;
        const outcome = await judge(
          port,
          (owned) => ({ now: canonicalOffice(after, owned), pristine: pristine.userPart(owned).pristine }),
          () => canonicalOffice(after),
          before,
          `${mode} failure at operation ${k} of ${ops}`,
        );
        if (outcome === "error") throw new Error("unreachable");
        // Cut off after it had started writing: the pane says it is still listed (Refresh again or Remove).
        if (outcome === "listed" && !(error instanceof RefreshInterruptedError)) throw new Error(`${mode} failure at operation ${k}: not reported as an interrupted refresh: ${String(error)}`);
        outcomes[mode][outcome]++;
        const rows = await historyRows(port);
        outcomes[mode].extraHistoryRows += Math.max(0, total(rows) - baseRows);
        // Refresh again (on a copy), as the pane does: it asks first when a snapshot of that date
        // exists — never for the one the interrupted refresh left unfinished.
        const again = reopen(after);
        const againPort = createOfficeAdapter({ run: again.run });
        const listed = (await againPort.listSaved()).find((s) => s.id === ID);
        if (listed) {
          expect(await snapshotConflicts(againPort, [listed], "en", REFRESHED, 45_351)).toEqual([]);
          await refreshSaved(againPort, listed, "en", REFRESHED, { asOf: 45_351 });
          const diff = firstDifference(clean, canonicalOffice(again));
          if (diff) throw new Error(`${mode} failure at operation ${k}: Refresh again differs from an uninterrupted refresh: ${diff}`);
          refreshedAgain++;
        }
        // Whatever is listed can be removed, and then the user's part is still the user's.
        if (outcome === "listed") {
          await port.remove(ID);
          const owned = { ids: [], footprints: [], historySheets: await historySheets(port) };
          const diff = firstDifference(pristine.userPart(owned).pristine, canonicalOffice(after, owned));
          if (diff) throw new Error(`${mode} failure at operation ${k}: Remove left something: ${diff}`);
          // The unfinished snapshot's rows went with it; the earlier snapshots' rows stayed.
          if (total(await historyRows(port)) !== baseRows) throw new Error(`${mode} failure at operation ${k}: Remove left history rows of the unfinished snapshot`);
        }
      }
    }
    figures.push(
      `Office.js | refresh of ABC with history (40 customers) | ${ops} operations | ` +
        (["once", "lost"] as const).map((m) => `${m}: ${outcomes[m].asItWas} as it was, ${outcomes[m].listed} listed and removable, ${outcomes[m].gone} segmentation gone; ${outcomes[m].extraHistoryRows} history rows left by failed refreshes`).join(" | "),
    );
  });

  test("the user's part never changes and no history row is lost, for every k, once or for good", () => {
    expect(ops).toBeGreaterThan(20);
    for (const m of ["once", "lost"] as const) expect(outcomes[m].asItWas + outcomes[m].listed + outcomes[m].gone).toBe(ops);
  });

  test("the segmentation survives every interrupted refresh: as it was, or listed", () => {
    expect(outcomes.once.gone + outcomes.lost.gone).toBe(0);
    expect(outcomes.once.listed + outcomes.lost.listed).toBeGreaterThan(0);
  });

  test("Refresh again after any interrupted refresh gives exactly the workbook of an uninterrupted one", () => {
    expect(refreshedAgain).toBe(outcomes.once.listed + outcomes.lost.listed + outcomes.once.asItWas + outcomes.lost.asItWas);
  });
});

// ---------------------------------------------------------------- ExcelJS

describe("interrupted refresh through ExcelJS, every k", () => {
  const outcomes: Outcomes = { asItWas: 0, listed: 0, gone: 0, extraHistoryRows: 0 };
  const STRIDE = Number(process.env.SAFETY_STRIDE ?? 6);
  let writes = 0;
  let tried = 0;

  beforeAll(async () => {
    const customers = 8;
    const selection = { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 };
    const wb = await saveAndReopen(buildUserWorkbook(customers));
    const pristine = await saveAndReopen(buildUserWorkbook(customers));
    const { port, backend } = createExcelJsAdapter(wb, selection);
    const subject = {
      port: () => port,
      selectData: () => backend.select(selection),
      reopen: async () => undefined,
      edit: () => undefined,
      userPart: () => ({ now: "", pristine: "" }),
      full: () => "",
    };
    await applyMethod(subject, { ...choiceFor("ABC", true, true, false, true), asOf: 45_322 }, ID, APPLIED);
    for (const [customer, value] of [[1, 90_000], [3, 12], [8, 40_000]] as const) {
      for (const w of [wb, pristine]) (w.getWorksheet("Customers") as ExcelJS.Worksheet).getCell(FIRST_DATA_ROW + customer, 4).value = value;
    }
    const file = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const load = async (): Promise<ExcelJS.Workbook> => {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(file);
      return copy;
    };
    const start = await load();
    const startPort = createExcelJsAdapter(start, selection).port;
    const before = { full: canonicalXlsx(start), rows: await historyRows(startPort) };
    const baseRows = total(before.rows);
    expect(baseRows).toBeGreaterThanOrEqual(customers - 2);
    const saved = (await startPort.listSaved())[0];

    const counting = faultyBackend(createExcelJsAdapter(await load(), selection).backend, Infinity);
    await refreshSaved(createGridAdapter(counting.backend), saved, "en", REFRESHED, { asOf: 45_351 });
    writes = counting.count();

    // Every k costs a fresh workbook (ExcelJS reads the file again): CI takes every STRIDE-th k
    // (and the last); SAFETY_STRIDE=1 takes every k (the figures in docs/reliability.md).
    const ks = Array.from({ length: writes }, (_, i) => i + 1).filter((k) => (k - 1) % STRIDE === 0 || k === writes);
    tried = ks.length;
    for (const k of ks) {
      const copy = await load();
      const { backend: real } = createExcelJsAdapter(copy, selection);
      await expect(refreshSaved(createGridAdapter(faultyBackend(real, k).backend), saved, "en", REFRESHED, { asOf: 45_351 })).rejects.toThrow(`write ${k} failed`);
      const port = createGridAdapter(real);
      const outcome = await judge(port, (owned) => ({ now: canonicalXlsx(copy, owned), pristine: canonicalXlsx(pristine, owned) }), () => canonicalXlsx(copy), before, `failure at write ${k} of ${writes}`);
      if (outcome === "error") throw new Error("unreachable");
      outcomes[outcome]++;
      const rows = await historyRows(port);
      outcomes.extraHistoryRows += Math.max(0, total(rows) - baseRows);
      if (outcome === "listed") {
        await port.remove(ID);
        const owned = { ids: [], footprints: [], historySheets: await historySheets(port) };
        const diff = firstDifference(canonicalXlsx(pristine, owned), canonicalXlsx(copy, owned));
        if (diff) throw new Error(`failure at write ${k}: Remove left something: ${diff}`);
        if (total(await historyRows(port)) !== baseRows) throw new Error(`failure at write ${k}: Remove left history rows of the unfinished snapshot`);
      }
    }
    figures.push(
      `ExcelJS | refresh of ABC with history (${customers} customers) | ${writes} writes, ${tried} failures injected (every ${STRIDE === 1 ? "" : `${STRIDE}th `}k) | once: ${outcomes.asItWas} as it was, ${outcomes.listed} listed and removable, ${outcomes.gone} segmentation gone; ${outcomes.extraHistoryRows} history rows left by failed refreshes`,
    );
  });

  test("the user's part never changes and no history row is lost, for every k", () => {
    expect(writes).toBeGreaterThan(20);
    expect(outcomes.asItWas + outcomes.listed + outcomes.gone).toBe(tried);
  });

  test("the segmentation survives every interrupted refresh: as it was, or listed", () => {
    expect(outcomes.gone).toBe(0);
  });
});
