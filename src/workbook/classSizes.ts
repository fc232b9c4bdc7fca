/**
 * History at a glance (methods.md §11, §14): per snapshot of one segmentation, how many customers
 * and how much value each class held — the rows of the chart on the transitions sheet and in the
 * pane. Pure.
 */
import { SnapshotCells } from "../segment/transitions";

export interface SnapshotSizes {
  /** Excel serial of the snapshot. */
  readonly asOf: number;
  /** Per class of `order`: customers, and the sum of their values (non-numbers count as 0). */
  readonly customers: readonly number[];
  readonly value: readonly number[];
}

export interface ClassSizes {
  /** Class codes, best first: the method's order, then codes only old snapshots hold. */
  readonly order: readonly string[];
  /** Oldest snapshot first. */
  readonly snapshots: readonly SnapshotSizes[];
  /** False when no snapshot holds values (period methods): only customers are shown. */
  readonly hasValues: boolean;
}

const key = (code: unknown): string | null => (typeof code === "string" && code.trim() !== "" ? code.trim().toUpperCase() : null);

export function classSizes(order: readonly string[], snapshots: readonly { readonly asOf: number; readonly cells: SnapshotCells }[]): ClassSizes {
  const codes = [...order];
  const index = new Map(codes.map((c, i) => [c.trim().toUpperCase(), i]));
  // A code an old snapshot holds that the method no longer gives is shown after the others (movement.ts classOrder does the same).
  for (const s of snapshots) {
    for (let i = 0; i < s.cells.classes.length; i++) {
      const c = s.cells.classes[i];
      const k = key(c);
      if (k !== null && !index.has(k)) {
        index.set(k, codes.length);
        codes.push(String(c).trim());
      }
    }
  }
  let hasValues = false;
  const rows = [...snapshots]
    .sort((a, b) => a.asOf - b.asOf)
    .map((s) => {
      const customers = new Array<number>(codes.length).fill(0);
      const value = new Array<number>(codes.length).fill(0);
      const { classes, values } = s.cells;
      if (values) hasValues = true;
      for (let i = 0; i < classes.length; i++) {
        const k = key(classes[i]);
        if (k === null) continue;
        const c = index.get(k) as number;
        customers[c]++;
        const v = values?.[i];
        if (typeof v === "number" && Number.isFinite(v)) value[c] += v;
      }
      return { asOf: s.asOf, customers, value };
    });
  return { order: codes, snapshots: rows, hasValues };
}
