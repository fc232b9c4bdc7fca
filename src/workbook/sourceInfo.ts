/** Turns the first rows of a located block into what the pane shows: header, names, sample. */
import { columnLetter, RangeRef } from "./address";
import { columnNames, detectHeaderRow } from "./headerRow";
import { SourceInfo } from "./port";

export const SAMPLE_ROWS = 50;

export function describeSource(
  sheet: string,
  range: RangeRef,
  firstRows: readonly (readonly unknown[])[],
  found: SourceInfo["found"],
  table?: { name: string; hasHeader: boolean; hasTotals?: boolean },
  forceHeader?: boolean,
): SourceInfo {
  const hasHeader = forceHeader ?? (table ? table.hasHeader : detectHeaderRow(firstRows));
  const names = columnNames(hasHeader ? firstRows[0] ?? null : null, range.cols, (i) => columnLetter(range.col + i));
  const sample = firstRows.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + SAMPLE_ROWS);
  return {
    ref: { sheet, range, hasHeader, ...(table ? { table: table.name } : {}), ...(table?.hasTotals ? { tableTotals: true as const } : {}) },
    columnNames: names,
    sample,
    firstRows,
    found,
  };
}

/** The source with its sheet's stable id (a renamed data sheet is found by it), when the workbook gives one. */
export function withSheetId(info: SourceInfo, sheetId: string | null): SourceInfo {
  return sheetId === null ? info : { ...info, ref: { ...info.ref, sheetId } };
}

/** The same block read with the header row switched on or off by the user. */
export function withHeader(info: SourceInfo, hasHeader: boolean): SourceInfo {
  const table = info.ref.table ? { name: info.ref.table, hasHeader, hasTotals: info.ref.tableTotals } : undefined;
  return withSheetId(describeSource(info.ref.sheet, info.ref.range, info.firstRows, info.found, table, hasHeader), info.ref.sheetId ?? null);
}
