/**
 * Who moved, for the task pane and the sheet: the engine's comparison of two snapshots
 * (src/segment/transitions.ts — compareSnapshots, transitionTable, movers) turned into the two
 * columns beside the class (previous class, direction) and the transitions report. Pure.
 */
import { cellAt } from "../segment/cells";
import { IdKey, idKey as customerKey } from "../segment/customerIds";
import { compareSnapshots, DIRECTION_CODES, GONE, Mover, movers, SnapshotCells, Transitions } from "../segment/transitions";

export interface Movement {
  readonly transitions: Transitions;
  /** Per current data row: the class in the previous snapshot, or null. */
  readonly previous: readonly (string | null)[];
  /** Per current data row: UP, DOWN, SAME, NEW (or GONE: the row is there but has no class now), or null. */
  readonly direction: readonly (string | null)[];
  /** Changed class, largest downgrades first (movers()). */
  readonly movers: readonly Mover[];
}

export const EMPTY_SNAPSHOT: SnapshotCells = { ids: [], classes: [], values: [] };

/**
 * The class order, best first: the method's codes, then any code the previous snapshot holds
 * that the method no longer gives (worse than all of them), so an old snapshot never fails.
 */
export function classOrder(codes: readonly string[], previous: SnapshotCells): string[] {
  const order = [...codes];
  const known = new Set(codes.map((c) => c.trim().toUpperCase()));
  for (let i = 0; i < previous.classes.length; i++) {
    const c = previous.classes[i];
    if (typeof c !== "string" || c.trim() === "") continue;
    const key = c.trim().toUpperCase();
    if (!known.has(key)) {
      known.add(key);
      order.push(c.trim());
    }
  }
  return order;
}

/**
 * Previous class and direction per current row. Without a previous snapshot (the first of a
 * series) there is nothing to compare with: both columns stay blank — not NEW on every row, which
 * would say every customer just arrived. NEW is written only against a real earlier snapshot.
 */
export function computeMovement(previous: SnapshotCells | null, current: SnapshotCells, codes: readonly string[]): Movement {
  const before = previous ?? EMPTY_SNAPSHOT;
  const t = compareSnapshots(before, current, classOrder(codes, before));
  const n = t.current.rowCount;
  const previousClass: (string | null)[] = new Array(n).fill(null);
  const direction: (string | null)[] = new Array(n).fill(null);
  for (let i = 0; previous && i < n; i++) {
    const d = t.currentDirection[i];
    if (d >= 0) direction[i] = DIRECTION_CODES[d];
    const j = t.matching.currentToPrevious[i];
    if (j >= 0 && t.previousClass[j] >= 0) previousClass[i] = t.order[t.previousClass[j]];
  }
  return { transitions: t, previous: previousClass, direction, movers: previous ? movers(t) : [] };
}

export interface GoneCustomer {
  readonly id: unknown;
  readonly previousClass: string;
  /** NaN when not a number. */
  readonly previousValue: number;
}

/** Customers classified in the previous snapshot and not in the current one (the GONE column). */
export function goneCustomers(t: Transitions): GoneCustomer[] {
  const out: GoneCustomer[] = [];
  for (let j = 0; j < t.previous.rowCount; j++) {
    if (t.previousDirection[j] !== GONE || t.previousClass[j] < 0) continue;
    out.push({ id: cellAt(t.previous.ids, j), previousClass: t.order[t.previousClass[j]], previousValue: t.previous.values[j] });
  }
  return out;
}

/** Customer names by ID key, from an ID column and a name column. */
export function namesById(ids: readonly unknown[] | undefined, names: readonly unknown[] | undefined): Map<IdKey, string> {
  const out = new Map<IdKey, string>();
  if (!ids || !names) return out;
  ids.forEach((id, i) => {
    const key = customerKey(id);
    const name = names[i];
    if (key !== null && (typeof name === "string" || typeof name === "number") && !out.has(key)) out.set(key, String(name));
  });
  return out;
}
