/**
 * The ownership check (ownership.ts) through Office.js: what Excel says now about our sheets (by
 * id), our defined names (where Excel moved them) and the contents of our blocks, read in a few
 * requests, and the names written and deleted with the output.
 *
 * Office.js facts relied on (Excel JavaScript API reference):
 * - `WorksheetCollection.getItem(key)`: "Gets a worksheet object using its name or ID"; a
 *   worksheet's `id` "remains the same even when the worksheet is renamed or moved" (ExcelApi 1.1);
 * - `NameItemCollection.add(name, reference)` and `NamedItem.getRangeOrNullObject()` (ExcelApi 1.4):
 *   a name refers to cells that Excel moves when rows or columns are inserted, deleted or cut and
 *   pasted; once the cells are deleted its `type` is "Error" (=#REF!) and the range is a null object;
 * - `NamedItem.visible` hides a name from the Name Manager (ExcelApi 1.1).
 */
import { rangeA1, RangeRef } from "./address";
import { BlockLimits, jsonBytes } from "./blocks";
import { readInRowBlocks } from "./officeRead";
import { Footprint, SavedSegmentation } from "./plan";
import { locateFootprint, locateSaved, Lookups, namesOf, Place, resolveFootprint, Resolution } from "./ownership";

/** What Excel says about the sheets and names a set of footprints may refer to. */
export interface OfficeLookups extends Lookups {
  /** Our names that exist in the workbook (only these can be deleted). */
  readonly existing: readonly string[];
}

/**
 * Two requests: every sheet and name of the workbook, then where our names point (and whether the
 * sheets named in `mayBeEmpty` hold anything).
 */
export async function loadLookups(context: Excel.RequestContext, names: readonly string[], mayBeEmpty: readonly string[] = []): Promise<OfficeLookups> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name,items/id");
  const all = wb.names;
  all.load("items/name,items/type");
  await context.sync();
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const ours = all.items.filter((item) => wanted.has(item.name.toLowerCase()));
  const ranges = ours.map((item) => {
    if (item.type !== "Range") return null;
    const range = item.getRangeOrNullObject();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    range.worksheet.load("name");
    return range;
  });
  const present = mayBeEmpty.filter((n) => sheets.items.some((s) => s.name.toLowerCase() === n.toLowerCase()));
  const used = new Map(
    present.map((n) => {
      const r = wb.worksheets.getItem(n).getUsedRangeOrNullObject(true);
      r.load("address");
      return [n.toLowerCase(), r] as const;
    }),
  );
  if (ranges.some((r) => r !== null) || used.size) await context.sync();
  const places = new Map<string, Place | "#REF!">();
  ours.forEach((item, i) => {
    const r = ranges[i];
    places.set(
      item.name.toLowerCase(),
      !r || r.isNullObject ? "#REF!" : { sheet: r.worksheet.name, range: { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount } },
    );
  });
  return {
    existing: ours.map((item) => item.name),
    sheetById: (id) => sheets.items.find((s) => s.id === id)?.name ?? null,
    hasSheet: (name) => sheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase()),
    name: (name) => places.get(name.toLowerCase()) ?? null,
    isEmptySheet: (name) => used.get(name.toLowerCase())?.isNullObject ?? false,
  };
}

/** Every name the footprints may refer to. */
function allNames(footprints: readonly Footprint[]): string[] {
  return footprints.flatMap(namesOf);
}

/** The saved segmentations where they are now (one pass of lookups for all of them). */
export async function locateAll(context: Excel.RequestContext, list: readonly SavedSegmentation[]): Promise<SavedSegmentation[]> {
  const look = await loadLookups(context, allNames(list.map((s) => s.footprint)));
  return list.map((s) => locateSaved(s, look));
}

/**
 * A block's formulas (constants as they are, formulas as `=…` text), as the ownership check
 * compares them, in row blocks under the request limit (one request each).
 */
function readContents(context: Excel.RequestContext, place: Place, limits: BlockLimits): Promise<unknown[][]> {
  const ws = context.workbook.worksheets.getItem(place.sheet);
  return readInRowBlocks(context, ws, place.range, limits, "formulas", 24, (r) => ({
    rows: (r.formulas as unknown[][]).map((row) => row.map((f) => (f === "" ? null : typeof f === "string" && f.startsWith("=") ? { formula: f, value: null } : f))),
    bytes: jsonBytes(r.formulas),
  }));
}

/** What of `fp` is still ours and where, and which of its names exist (to delete them with it). */
export async function resolveInExcel(context: Excel.RequestContext, fp: Footprint, limits: BlockLimits): Promise<{ resolution: Resolution; names: readonly string[]; look: OfficeLookups }> {
  const look = await loadLookups(context, namesOf(fp), fp.named ? [] : fp.sheets);
  const located = locateFootprint(fp, look);
  const contents: (unknown[][] | null)[] = [];
  for (const place of located.cells) contents.push(place ? await readContents(context, place, limits) : null);
  return { resolution: resolveFootprint(fp, located, contents), names: look.existing, look };
}

/** Queues a hidden workbook-scoped name over a range (no sync). */
export function addName(context: Excel.RequestContext, name: string, sheet: string, range: RangeRef): void {
  const item = context.workbook.names.add(name, context.workbook.worksheets.getItem(sheet).getRange(rangeA1(range)));
  item.visible = false;
}

/** Queues the deletion of names known to exist (no sync). */
export function deleteNames(context: Excel.RequestContext, names: readonly string[]): void {
  for (const name of names) context.workbook.names.getItem(name).delete();
}
