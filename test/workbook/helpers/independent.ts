/**
 * Independent arithmetic for the monthly-refresh tests: ABC classes and the transition matrix
 * computed with plain loops from the sample's numbers — no engine code — so the tests check the
 * engine, the plan and the adapters against something that did not come from them.
 */

/**
 * ABC by value, default cuts 80 % / 95 %, "reach" rule (methods.md §1): a customer is A when the
 * share of the positive total held by customers with a *strictly greater* value is below 80 %,
 * B when below 95 %, else C; zero and negative values are C; anything not a number has no class.
 */
export function simpleAbc(values: readonly unknown[]): (string | null)[] {
  const positives = values.filter((v): v is number => typeof v === "number" && v > 0);
  const total = positives.reduce((a, b) => a + b, 0);
  return values.map((v) => {
    if (typeof v !== "number") return null;
    if (v <= 0) return "C";
    let above = 0;
    for (const p of positives) if (p > v) above += p;
    const share = above / total;
    return share < 0.8 ? "A" : share < 0.95 ? "B" : "C";
  });
}

export interface Snapshot {
  /** Customer ID → class and value. */
  readonly [id: string]: { readonly cls: string; readonly value: number };
}

export function snapshotOf(ids: readonly unknown[], classes: readonly (string | null)[], values: readonly unknown[]): Snapshot {
  const out: Record<string, { cls: string; value: number }> = {};
  ids.forEach((id, i) => {
    const cls = classes[i];
    if (typeof id === "string" && cls) out[id] = { cls, value: typeof values[i] === "number" ? (values[i] as number) : 0 };
  });
  return out;
}

/**
 * The matrix with totals as the sheet and the pane show it: rows A, B, C, NEW, Total; columns
 * A, B, C, GONE, Total; customers or value (current value; GONE: previous value).
 */
export function simpleMatrix(previous: Snapshot, current: Snapshot, measure: "customers" | "value", order = ["A", "B", "C"]): (number | null)[][] {
  const rows = [...order, "NEW"];
  const cols = [...order, "GONE"];
  const m = rows.map(() => cols.map(() => 0));
  for (const id of new Set([...Object.keys(previous), ...Object.keys(current)])) {
    const p = previous[id];
    const c = current[id];
    const r = p ? order.indexOf(p.cls) : order.length;
    const k = c ? order.indexOf(c.cls) : order.length;
    m[r][k] += measure === "customers" ? 1 : c ? c.value : p.value;
  }
  const withTotals: (number | null)[][] = m.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = cols.map((_, k) => m.reduce((a, row) => a + row[k], 0));
  withTotals.push([...totals, totals.reduce((a, b) => a + b, 0)]);
  withTotals[order.length][order.length] = null; // NEW → GONE cannot happen
  return withTotals;
}

/** Per current customer: previous class and direction, as the two columns beside the class should say. */
export function simpleDirections(previous: Snapshot, current: Snapshot, order = ["A", "B", "C"]): Record<string, [string | null, string]> {
  const out: Record<string, [string | null, string]> = {};
  for (const [id, c] of Object.entries(current)) {
    const p = previous[id];
    if (!p) out[id] = [null, "NEW"];
    else {
      const d = order.indexOf(c.cls) - order.indexOf(p.cls);
      out[id] = [p.cls, d < 0 ? "UP" : d > 0 ? "DOWN" : "SAME"];
    }
  }
  return out;
}

/** The movers' order as specified: downgrades first, most classes first, then most value lost, then ID. */
/**
 * The order the pane and the transitions sheet list movers in: downgrades first, the most valuable
 * before first; then upgrades, the most valuable now first; ties in expectedMoverOrder's order.
 */
export function expectedMoneyOrder(previous: Snapshot, current: Snapshot, order = ["A", "B", "C"]): string[] {
  const base = expectedMoverOrder(previous, current, order);
  const down = (id: string): boolean => order.indexOf(current[id].cls) > order.indexOf(previous[id].cls);
  const weight = (id: string): number => (down(id) ? previous[id].value : current[id].value);
  return [...base].sort((a, b) => {
    if (down(a) !== down(b)) return down(a) ? -1 : 1;
    return weight(b) - weight(a) || base.indexOf(a) - base.indexOf(b);
  });
}

export function expectedMoverOrder(previous: Snapshot, current: Snapshot, order = ["A", "B", "C"]): string[] {
  const list = Object.keys(current)
    .filter((id) => previous[id] && previous[id].cls !== current[id].cls)
    .map((id) => {
      const steps = order.indexOf(current[id].cls) - order.indexOf(previous[id].cls);
      return { id, down: steps > 0, steps: Math.abs(steps), change: current[id].value - previous[id].value };
    });
  list.sort((a, b) => {
    if (a.down !== b.down) return a.down ? -1 : 1;
    if (a.steps !== b.steps) return b.steps - a.steps;
    if (a.change !== b.change) return a.down ? a.change - b.change : b.change - a.change;
    return a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1;
  });
  return list.map((x) => x.id);
}
