/** Twin workbooks in memory (the browser preview's workbook), for the ownership scenarios. */
import { createGridAdapter } from "../../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../../src/workbook/model/memoryWorkbook";
import { snapshot } from "../../workbook/helpers/methodFlow";
import { DATA_SHEET, Twin, UserEdit, userRows } from "./ownershipScenarios";

function build(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet(DATA_SHEET);
  userRows().forEach((row, r) => row.forEach((v, c) => v !== null && wb.setCell(DATA_SHEET, r, c, v)));
  wb.addValidation({ sheet: DATA_SHEET, range: { row: 1, col: 5, rows: 3, cols: 1 }, items: ["10000", "20000"] });
  wb.select(DATA_SHEET, 1, 1);
  return wb;
}

function edit(wb: MemoryWorkbook, e: UserEdit): void {
  switch (e.kind) {
    case "insertRows":
      return wb.insertRows(e.sheet, e.at, e.count);
    case "deleteRows":
      return wb.deleteRows(e.sheet, e.at, e.count);
    case "insertColumns":
      return wb.insertColumns(e.sheet, e.at, e.count);
    case "deleteColumns":
      return wb.deleteColumns(e.sheet, e.at, e.count);
    case "type":
      return wb.setCell(e.sheet, e.row, e.col, e.value);
    case "renameSheet":
      return wb.renameSheet(e.from, e.to);
    case "deleteSheet":
      return wb.deleteSheet(e.name);
    case "addSheet":
      wb.addSheet(e.name);
      return wb.setCell(e.name, 0, 0, e.text);
    case "sort":
      return wb.sortRows(e.sheet, e.range, e.byCol, e.descending);
    case "cutPaste":
      return wb.cutPaste(e.sheet, e.from, e.toSheet, e.toRow, e.toCol);
    case "toTable":
      return wb.addTable(e.sheet, { name: e.name, range: e.range, hasHeader: true });
  }
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
