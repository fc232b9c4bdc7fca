/** Twin workbooks in memory (the browser preview's workbook), for the ownership scenarios. */
import { createGridAdapter } from "../../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../../src/workbook/model/memoryWorkbook";
import { snapshot } from "../../workbook/helpers/methodFlow";
import { applyUserEdit, DATA_SHEET, Twin, UserEdit, userRows } from "./ownershipScenarios";

function build(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet(DATA_SHEET);
  userRows().forEach((row, r) => row.forEach((v, c) => v !== null && wb.setCell(DATA_SHEET, r, c, v)));
  wb.addValidation({ sheet: DATA_SHEET, range: { row: 1, col: 5, rows: 3, cols: 1 }, items: ["10000", "20000"] });
  wb.select(DATA_SHEET, 1, 1);
  return wb;
}

function edit(wb: MemoryWorkbook, e: UserEdit): void {
  applyUserEdit(wb, {
    type: (sheet, row, col, value) => wb.setCell(sheet, row, col, value),
    addSheet: (name, text) => {
      wb.addSheet(name);
      wb.setCell(name, 0, 0, text);
    },
    toTable: (sheet, range, name) => wb.addTable(sheet, { name, range, hasHeader: true }),
  }, e);
}

/** What the user could see of a workbook: everything but sheet ids (a sheet made later gets another). */
const visible = (wb: MemoryWorkbook): string => JSON.stringify({ book: snapshot(wb), names: [...wb.names.values()].map((n) => n.name).sort() });

export function memoryTwin(): Twin & { readonly wb: MemoryWorkbook } {
  const wb = build();
  const pristine = build();
  return {
    wb,
    port: createGridAdapter(wb),
    both: (e) => {
      edit(wb, e);
      edit(pristine, e);
    },
    addinOnly: (e) => edit(wb, e),
    cell: (sheet, row, col) => wb.getCell(sheet, row, col),
    compare: async () => ({ now: visible(wb), pristine: visible(pristine) }),
    leftovers: async () => [...[...wb.names.values()].map((n) => `name ${n.name}`), ...wb.settingKeys().map((k) => `setting ${k}`), ...wb.sheetNames().filter((n) => !pristine.sheetNames().includes(n)).map((n) => `sheet ${n}`)],
    painted: (sheet, row, col) => wb.ruleToneAt(sheet, row, col) !== null,
  };
}
