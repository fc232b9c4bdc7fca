/** The compare lists name a snapshot by its method and date, and tell two segmentations of one method apart by their place, never by their ids. */
import { snapshotLabel } from "../../src/taskpane/snapshotLabel";
import { SnapshotEntry } from "../../src/workbook/history";
import { SavedSegmentation } from "../../src/workbook/plan";

const entry = (segmentation: string, method: string, asOf: number): SnapshotEntry => ({ segmentation, method, asOf, blocks: [] });
// Only what the label reads of a saved segmentation: its id, sheet and class column.
const saved = (id: string, sheet: string, classColumn: number): SavedSegmentation => ({ id, source: { sheet }, classColumn }) as unknown as SavedSegmentation;

describe("snapshot labels", () => {
  test("one segmentation per method: its name and the date in the language's order", () => {
    const list = [entry("abc-m5ckdcjc-xr8b", "ABC", 45657)];
    expect(snapshotLabel(list[0], list, [], "en")).toBe("ABC (3 tiers) · 12/31/2024");
    expect(snapshotLabel(list[0], list, [], "ko")).toMatch(/ · 2024\. 12\. 31\. 기준$/);
  });

  test("two of one method: the class column's place, or a number for a removed one", () => {
    const list = [entry("rfm_segments-m5ckdcjc-aaaa", "RFM_SEGMENTS", 45657), entry("rfm_segments-m5ckdcjc-bbbb", "RFM_SEGMENTS", 45657)];
    const labels = list.map((s) => snapshotLabel(s, list, [saved("rfm_segments-m5ckdcjc-aaaa", "Customers", 8)], "en"));
    expect(labels[0]).toMatch(/ · 12\/31\/2024 · Customers!I$/);
    expect(labels[1]).toMatch(/ · 12\/31\/2024 · removed no\. 1$/);
    for (const l of labels) expect(l).not.toMatch(/m5ckdcjc|RFM_SEGMENTS/);
  });
});
