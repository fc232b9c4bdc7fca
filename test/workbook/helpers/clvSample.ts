/**
 * The sample's Purchases sheet summarised per customer, as the pane's "Summarise orders per
 * customer" does it (customerSheet.ts, addUserSheet, then the pane locates the new sheet): the data
 * "Future value (CLV)" runs on in the registry, pane-string and method tests.
 */
import { memoryWorkbookFrom } from "../../../src/preview/loadSample";
import { sampleBook } from "../../../src/preview/sampleData";
import { Language } from "../../../src/i18n/language";
import { customerSheet } from "../../../src/workbook/customerSheet";
import { createGridAdapter } from "../../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../../src/workbook/model/memoryWorkbook";
import { RoleAssignment } from "../../../src/workbook/plan";
import { SourceInfo, WorkbookPort } from "../../../src/workbook/port";
import { guessRoles } from "../../../src/workbook/roles";

export const CLV_SHEET = "Purchase customers";

export interface ClvSample {
  readonly wb: MemoryWorkbook;
  readonly port: WorkbookPort;
  readonly source: SourceInfo;
  readonly roles: RoleAssignment;
}

export async function clvSample(language: Language = "en"): Promise<ClvSample> {
  const book = sampleBook();
  const wb = memoryWorkbookFrom(book);
  const port = createGridAdapter(wb);
  const lines = book.sheets.find((s) => s.name === "Purchases")!.rows.slice(1);
  const made = customerSheet(CLV_SHEET, lines.map((l) => l[0]), lines.map((l) => l[1]), lines.map((l) => l[2]), language);
  await port.addUserSheet(made.sheet);
  wb.select(CLV_SHEET, 1, 0);
  const source = (await port.locateSource())!;
  return { wb, port, source, roles: guessRoles(source.columnNames, source.sample).single };
}
