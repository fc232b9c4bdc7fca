/** The two workbooks the safety sequences run on: an .xlsx through ExcelJS, and Excel's fake through Office.js. */
import ExcelJS from "exceljs";
import { createExcelJsAdapter, ExcelJsBackend } from "../../../src/workbook/exceljsAdapter";
import { createOfficeAdapter } from "../../../src/workbook/officeAdapter";
import { WorkbookPort } from "../../../src/workbook/port";
import { FakeExcel } from "../../workbook/helpers/fakeExcel";
import { canonicalXlsx } from "./canonicalXlsx";
import { editWorkbook } from "./exceljsEdits";
import { edit as editFake } from "./officeTwin";
import { canonicalOffice, OFFICE_HEADER, reopen } from "./officeUserWorkbook";
import { CellAt, EditableSubject } from "./sequences";
import { FIRST_DATA_ROW, saveAndReopen } from "./userWorkbook";

async function load(buffer: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  return wb;
}

export interface XlsxSubject extends EditableSubject {
  readonly workbook: () => ExcelJS.Workbook;
  readonly backend: () => ExcelJsBackend;
}

/** A fresh copy of the user's .xlsx (from its saved bytes), and a pristine copy to compare with. */
export async function xlsxSubject(file: ArrayBuffer): Promise<XlsxSubject> {
  let current = await load(file);
  let pristine = await load(file);
  let adapter = createExcelJsAdapter(current, { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 });
  const setRevenue = (wb: ExcelJS.Workbook, customer: number, value: number | null): void => {
    (wb.getWorksheet("Customers") as ExcelJS.Worksheet).getCell(FIRST_DATA_ROW + customer, 4).value = value;
  };
  return {
    workbook: () => current,
    backend: () => adapter.backend,
    port: () => adapter.port,
    selectData: (at?: CellAt) => adapter.backend.select(at ?? { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 }),
    reopen: async () => {
      current = await saveAndReopen(current);
      // The pristine copy too: both are compared as a file gives them back (ExcelJS keeps in memory what it never writes).
      pristine = await saveAndReopen(pristine);
      adapter = createExcelJsAdapter(current, { sheet: "Customers", row: FIRST_DATA_ROW, col: 1 });
    },
    edit: (customer, value) => {
      setRevenue(current, customer, value);
      setRevenue(pristine, customer, value);
    },
    // As Excel makes the edit to the file (exceljsEdits.ts).
    userEdit: async (e, addinOnly) => {
      editWorkbook(current, e);
      if (!addinOnly) editWorkbook(pristine, e);
    },
    userPart: (owned) => ({ now: canonicalXlsx(current, owned), pristine: canonicalXlsx(pristine, owned) }),
    full: () => canonicalXlsx(current),
  };
}

export interface OfficeSubject extends EditableSubject {
  readonly excel: () => FakeExcel;
}

/** The user's workbook in the fake Excel, driven through the Office.js adapter. */
export function officeSubject(start: FakeExcel, wrap: (excel: FakeExcel) => void = () => undefined): OfficeSubject {
  let excel = reopen(start);
  const pristine = reopen(start);
  wrap(excel);
  let port: WorkbookPort = createOfficeAdapter({ run: excel.run });
  const setRevenue = (x: FakeExcel, customer: number, value: number | null): void => {
    const cells = x.sheet("Customers").cells;
    const k = `${OFFICE_HEADER + 1 + customer},3`;
    if (value === null) cells.delete(k);
    else cells.set(k, { formula: value, value });
  };
  return {
    excel: () => excel,
    port: () => port,
    selectData: (at?: CellAt) => {
      excel.active = at ?? { sheet: "Customers", row: OFFICE_HEADER + 2, col: 1 };
      excel.selection = null;
    },
    reopen: async () => {
      excel = reopen(excel);
      wrap(excel);
      port = createOfficeAdapter({ run: excel.run });
    },
    edit: (customer, value) => {
      setRevenue(excel, customer, value);
      setRevenue(pristine, customer, value);
    },
    // The fake's own edits, which move cells, names, rules, drop-downs and Tables as Excel does.
    userEdit: async (e, addinOnly) => {
      editFake(excel, e);
      if (!addinOnly) editFake(pristine, e);
    },
    userPart: (owned) => ({ now: canonicalOffice(excel, owned), pristine: canonicalOffice(pristine, owned) }),
    full: () => canonicalOffice(excel),
  };
}
