/**
 * Twin .xlsx workbooks through the ExcelJS adapter, for the ownership scenarios: the add-in's
 * workbook and a pristine copy, both built from userRows() and saved and reopened once, so they
 * start as files on disk. The user's edits are made as Excel makes them (exceljsEdits.ts). The
 * add-in's workbook goes through a file round trip after every write of the add-in (apply,
 * remove, a refresh's writes) and both do after every edit of the user's: whatever the add-in
 * needs to find its output again (defined names, sheet ids, the settings sheet) must survive
 * being saved.
 */
import ExcelJS from "exceljs";
import { createExcelJsAdapter, ExcelJsSelection, fromExcelJs } from "../../../src/workbook/exceljsAdapter";
import { contains, parseRange } from "../../../src/workbook/address";
import { WorkbookPort } from "../../../src/workbook/port";
import { canonicalXlsx } from "./canonicalXlsx";
import { editWorkbook } from "./exceljsEdits";
import { DATA_SHEET, Twin, UserEdit, userRows } from "./ownershipScenarios";
import { saveAndReopen } from "./userWorkbook";

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA_SHEET);
  userRows().forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  // The user's drop-down on Target (F2:F4), as in the in-memory twin.
  for (let r = 2; r <= 4; r++) ws.getCell(r, 6).dataValidation = { type: "list", allowBlank: true, showErrorMessage: true, formulae: ['"10000,20000"'] };
  return wb;
}

/** The port methods after which the add-in's workbook is saved and reopened (the ones that write). */
const WRITES = new Set<string>(["apply", "remove", "replaceSheet", "deleteHistory"]);

interface CfEntry {
  ref: string;
}

export async function exceljsTwin(): Promise<Twin & { readonly workbook: () => ExcelJS.Workbook }> {
  const selection: ExcelJsSelection = { sheet: DATA_SHEET, row: 1, col: 1 };
  let wb = await saveAndReopen(build());
  let pristine = await saveAndReopen(build());
  let adapter = createExcelJsAdapter(wb, selection);
  const reopen = async (): Promise<void> => {
    wb = await saveAndReopen(wb);
    adapter = createExcelJsAdapter(wb, selection);
  };
  // Every call goes to the adapter of the workbook as it is now (reopened after each write).
  const port = Object.fromEntries(
    Object.keys(adapter.port).map((method) => [
      method,
      async (...args: unknown[]): Promise<unknown> => {
        const result: unknown = await (adapter.port as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args);
        if (WRITES.has(method)) await reopen();
        return result;
      },
    ]),
  ) as unknown as WorkbookPort;

  const editAddin = async (e: UserEdit): Promise<void> => {
    editWorkbook(wb, e);
    await reopen();
  };
  const editPristine = async (e: UserEdit): Promise<void> => {
    editWorkbook(pristine, e);
    pristine = await saveAndReopen(pristine);
  };

  return {
    workbook: () => wb,
    port,
    both: async (e) => {
      await editAddin(e);
      await editPristine(e);
    },
    addinOnly: editAddin,
    cell: (sheet, row, col) => {
      const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
      return ws ? fromExcelJs(ws.getCell(row + 1, col + 1).value) : null;
    },
    // Both as files give them back (a Table made in memory and one read from a file have different models).
    compare: async () => ({ now: canonicalXlsx(await saveAndReopen(wb)), pristine: canonicalXlsx(await saveAndReopen(pristine)) }),
    leftovers: async () => {
      const names = Object.keys((wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap).filter((n) => n.toUpperCase().startsWith("_SEG_"));
      const settings = adapter.backend.settingKeys();
      const theirs = new Set(pristine.worksheets.map((w) => w.name));
      return [...names.map((n) => `name ${n}`), ...settings.map((k) => `setting ${k}`), ...wb.worksheets.filter((w) => !theirs.has(w.name)).map((w) => `sheet ${w.name}`)];
    },
    painted: (sheet, row, col) => {
      const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
      const cfs = ((ws as unknown as { conditionalFormattings?: CfEntry[] })?.conditionalFormattings ?? []);
      return cfs.some((cf) => cf.ref.split(/\s+/).filter(Boolean).some((a) => contains(parseRange(a), row, col)));
    },
  };
}

