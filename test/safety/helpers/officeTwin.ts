/**
 * Twin workbooks in the Office.js fake, for the ownership scenarios: the add-in works through
 * officeAdapter.ts; the user's edits are the fake's own (fakeEdits.ts), which move cells, names,
 * conditional formats, drop-downs and Tables as Excel does. Both are "saved and reopened" (copied
 * as a file keeps them: sheets with their ids, names, settings) after every edit of the user's.
 */
import { contains } from "../../../src/workbook/address";
import { createOfficeAdapter } from "../../../src/workbook/officeAdapter";
import { SETTING_PREFIX } from "../../../src/workbook/plan";
import { WorkbookPort } from "../../../src/workbook/port";
import { FakeExcel } from "../../workbook/helpers/fakeExcel";
import { canonicalOffice, reopen } from "./officeUserWorkbook";
import { applyUserEdit, DATA_SHEET, Twin, UserEdit, userRows } from "./ownershipScenarios";

function build(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(DATA_SHEET);
  userRows().forEach((row, r) => row.forEach((v, c) => v !== null && excel.setValue(DATA_SHEET, r, c, v)));
  excel.sheet(DATA_SHEET).validations.push({ range: { row: 1, col: 5, rows: 3, cols: 1 }, source: "10000,20000" });
  excel.active = { sheet: DATA_SHEET, row: 1, col: 1 };
  return excel;
}

/** One edit of the user's, made with the fake's own edits. */
export function edit(excel: FakeExcel, e: UserEdit): void {
  applyUserEdit(excel, {
    type: (sheet, row, col, value) => (value === null ? excel.sheet(sheet).cells.delete(`${row},${col}`) : excel.setValue(sheet, row, col, value)),
    addSheet: (name, text) => {
      excel.addSheet(name);
      excel.setValue(name, 0, 0, text);
    },
    toTable: (sheet, range, name) => excel.convertToTable(sheet, range, name),
  }, e);
}

export function officeTwin(): Twin & { readonly excel: () => FakeExcel } {
  let excel = reopen(build());
  let pristine = reopen(build());
  let port: WorkbookPort = createOfficeAdapter({ run: (batch) => excel.run(batch) });
  const after = (): void => {
    excel = reopen(excel);
    pristine = reopen(pristine);
    excel.active = { sheet: excel.sheets[0]?.name ?? "", row: 1, col: 1 };
    port = createOfficeAdapter({ run: (batch) => excel.run(batch) });
  };
  return {
    excel: () => excel,
    get port() {
      return port;
    },
    both: (e) => {
      edit(excel, e);
      edit(pristine, e);
      after();
    },
    addinOnly: (e) => {
      edit(excel, e);
      after();
    },
    cell: (sheet, row, col) => {
      const c = excel.sheet(sheet).cells.get(`${row},${col}`);
      return c === undefined ? null : c.formula;
    },
    compare: async () => ({ now: canonicalOffice(excel), pristine: canonicalOffice(pristine) }),
    leftovers: async () => [
      ...excel.names.filter((n) => n.name.startsWith("_SEG_")).map((n) => `name ${n.name}`),
      ...[...excel.settings.keys()].filter((k) => k.startsWith(SETTING_PREFIX)).map((k) => `setting ${k}`),
      ...excel.sheets.filter((s) => !pristine.sheets.some((p) => p.name === s.name)).map((s) => `sheet ${s.name}`),
    ],
    painted: (sheet, row, col) => excel.sheet(sheet).cfs.some((cf) => contains(cf.range, row, col)),
  };
}
