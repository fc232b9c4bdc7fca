/**
 * Opens an .xlsx the user picked, in the page: the bytes are read from the file input and parsed
 * by ExcelJS here (nothing is uploaded). ExcelJS is its own chunk, fetched from this page's
 * origin only when a file is opened, so the preview's first load stays as small as it was.
 * Failures come back as a message in the pane's language, never as an exception.
 */
import { Language } from "../i18n/language";
import { previewText } from "../i18n/previewText";
import { MemoryWorkbook } from "../workbook/model/memoryWorkbook";
import { hasCells, memoryWorkbookFromExcelJs } from "./xlsxToMemory";

export type OpenResult = { readonly ok: true; readonly workbook: MemoryWorkbook; readonly message: string } | { readonly ok: false; readonly message: string };

/** An .xlsx is a zip package: it starts with the local-file-header signature "PK\3\4". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function openXlsx(name: string, buffer: ArrayBuffer, language: Language): Promise<OpenResult> {
  const file = name;
  // An .xls, a CSV or an encrypted .xlsx (an OLE container) is not a zip: say so before parsing.
  if (!looksLikeXlsx(new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength)))) return { ok: false, message: previewText("notXlsx", language, { file }) };
  let workbook: MemoryWorkbook;
  try {
    const module = await import(/* webpackChunkName: "exceljs" */ "exceljs/dist/exceljs.bare.min.js");
    const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    workbook = memoryWorkbookFromExcelJs(book);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: previewText("unreadable", language, { file, detail: detail.slice(0, 160) }) };
  }
  if (!hasCells(workbook)) return { ok: false, message: previewText("empty", language, { file }) };
  const sheets = workbook.sheetNames().length;
  return { ok: true, workbook, message: sheets === 1 ? previewText("openedOne", language, { file }) : previewText("opened", language, { file, sheets }) };
}
