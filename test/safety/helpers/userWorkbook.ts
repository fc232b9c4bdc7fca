/**
 * A workbook as a user really leaves it, for the workbook-safety tests: a merged and styled
 * title, a header row under an autofilter, number formats, fonts and fills, formulas (per row,
 * a total, another sheet pointing at this one, a defined name), hidden rows and a hidden
 * column, frozen panes, the user's own conditional formats and data validation, and customer
 * names that look like formulas. Built with ExcelJS, then saved and reopened once, so every
 * test starts from what a file on disk holds.
 */
import ExcelJS from "exceljs";

/** Customers in the data block (kept small: the sequences save and reopen it many times). */
export const CUSTOMERS = 40;
/** Sheet rows (1-based, as ExcelJS counts) of the block: header on 3, data 4…43. */
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const LAST_DATA_ROW = HEADER_ROW + CUSTOMERS;

/** Names an attacker or an unlucky import could put in a customer list. */
export const HOSTILE_NAMES = [
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  '=HYPERLINK("http://x","click")',
  "'quoted",
  "=1+1",
  "\t=2+2",
  " =3+3",
];

/** Deterministic revenues with a long tail, some zero, negative, blank and text. */
function revenue(i: number): number | string | null {
  if (i === 7) return null;
  if (i === 11) return "n/a";
  if (i === 13) return 0;
  if (i === 17) return -250;
  return Math.round(((i * 7919) % 997) ** 2 / 40 + 10) + (i % 3) * 0.25;
}

/** The user's workbook with `customers` rows of data (the tests' usual 40 by default). */
export function buildUserWorkbook(customers = CUSTOMERS): ExcelJS.Workbook {
  const LAST_DATA_ROW = HEADER_ROW + customers;
  const wb = new ExcelJS.Workbook();
  wb.creator = "A user";
  const ws = wb.addWorksheet("Customers", { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 1 }] });

  ws.getCell("A1").value = "Customer report 2024";
  ws.getCell("A1").font = { name: "Calibri", size: 16, bold: true, color: { argb: "FF1F3864" } };
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.mergeCells("A1:F1");
  ws.getCell("H1").value = "Prepared by finance";
  ws.getCell("H1").font = { italic: true };

  const header = ["ID", "Name", "Region", "Revenue", "Profit", "Margin"];
  header.forEach((h, c) => {
    const cell = ws.getCell(HEADER_ROW, c + 1);
    cell.value = h;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF305496" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
    cell.alignment = { horizontal: "center" };
  });
  const regions = ["North", "South", "East", "West"];
  for (let i = 0; i < customers; i++) {
    const r = FIRST_DATA_ROW + i;
    ws.getCell(r, 1).value = `C${String(i + 1).padStart(3, "0")}`;
    ws.getCell(r, 2).value = i < HOSTILE_NAMES.length ? HOSTILE_NAMES[i] : `Customer ${i + 1}`;
    ws.getCell(r, 3).value = regions[i % 4];
    const rev = revenue(i);
    ws.getCell(r, 4).value = rev;
    ws.getCell(r, 4).numFmt = "#,##0.00";
    ws.getCell(r, 5).value = typeof rev === "number" ? Math.round(rev * (0.1 + (i % 5) * 0.07)) : null;
    ws.getCell(r, 5).numFmt = "#,##0";
    ws.getCell(r, 6).value = { formula: `IF(N(D${r})=0,"",E${r}/D${r})`, result: typeof rev === "number" && rev !== 0 ? Math.round(rev * (0.1 + (i % 5) * 0.07)) / rev : "" };
    ws.getCell(r, 6).numFmt = "0.0%";
    if (i % 6 === 0) ws.getCell(r, 2).font = { color: { argb: "FFC00000" }, italic: true };
    if (i % 9 === 0) ws.getCell(r, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  }
  // Hidden rows inside the data, and a hidden column (C) inside it too.
  for (const i of [5, 6, 23].filter((i) => i < customers)) ws.getRow(FIRST_DATA_ROW + i).hidden = true;
  ws.getColumn(3).hidden = true;
  ws.getColumn(2).width = 28;
  ws.getColumn(4).width = 14;
  ws.getRow(HEADER_ROW).height = 22;

  // Totals under the data, after one blank row (so they are not part of the block).
  const total = LAST_DATA_ROW + 2;
  ws.getCell(total, 1).value = "Total";
  ws.getCell(total, 1).font = { bold: true };
  ws.getCell(total, 4).value = { formula: `SUM(D${FIRST_DATA_ROW}:D${LAST_DATA_ROW})`, result: 0 };
  ws.getCell(total, 4).numFmt = "#,##0.00";

  ws.autoFilter = `A${HEADER_ROW}:F${LAST_DATA_ROW}`;

  // The user's own conditional formats: a cell-value rule and an expression rule.
  ws.addConditionalFormatting({
    ref: `D${FIRST_DATA_ROW}:D${LAST_DATA_ROW}`,
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["20000"], priority: 1, style: { font: { bold: true, color: { argb: "FF006100" } } } }],
  });
  ws.addConditionalFormatting({
    ref: `B${FIRST_DATA_ROW}:B${LAST_DATA_ROW}`,
    rules: [{ type: "expression", formulae: [`$C${FIRST_DATA_ROW}="North"`], priority: 2, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFE2EFDA" } } } }],
  });
  // The user's data validation: a list on Region, a whole-number rule on Profit.
  for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) {
    ws.getCell(r, 3).dataValidation = { type: "list", allowBlank: true, formulae: ['"North,South,East,West"'] };
    ws.getCell(r, 5).dataValidation = { type: "whole", operator: "greaterThan", allowBlank: true, formulae: [-1_000_000] };
  }
  ws.getCell(FIRST_DATA_ROW, 2).note = "Key account";

  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Revenue total";
  notes.getCell("B1").value = { formula: `SUM(Customers!D${FIRST_DATA_ROW}:D${LAST_DATA_ROW})`, result: 0 };
  notes.getCell("A2").value = "Looks like a formula, is text";
  notes.getCell("B2").value = "=1+1";
  notes.getCell("A3").value = new Date(Date.UTC(2024, 0, 31));
  notes.getCell("A3").numFmt = "yyyy-mm-dd";
  notes.getColumn(1).width = 30;
  notes.state = "hidden";
  wb.definedNames.add(`Customers!$D$${FIRST_DATA_ROW}:$D$${LAST_DATA_ROW}`, "Revenues");
  return wb;
}

export async function saveAndReopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

/** The user's workbook as a file would give it back. */
export async function userWorkbook(): Promise<ExcelJS.Workbook> {
  return saveAndReopen(buildUserWorkbook());
}
