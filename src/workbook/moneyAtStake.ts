/**
 * Movers weighed in money (methods.md §11, §14): the moves between two snapshots grouped by
 * from → to, with the customers' value before and now, largest first — so the first line a sales
 * admin reads is where the money is, not the longest list. Pure.
 */
import { Mover } from "../segment/transitions";

export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly direction: "UP" | "DOWN";
  readonly customers: number;
  /** Sum of the customers' values in the earlier snapshot (non-numbers count as 0). */
  readonly valueBefore: number;
  readonly valueNow: number;
}

export interface MoneyAtStake {
  /** Downgrades by from → to, largest value before first. */
  readonly down: readonly Flow[];
  /** Upgrades by from → to, largest value now first. */
  readonly up: readonly Flow[];
  readonly downCustomers: number;
  readonly downValueBefore: number;
  readonly downValueNow: number;
  readonly upCustomers: number;
  readonly upValueNow: number;
}

const orZero = (v: number): number => (Number.isFinite(v) ? v : 0);

export function moneyAtStake(movers: readonly Mover[]): MoneyAtStake {
  const flows = new Map<string, { from: string; to: string; direction: "UP" | "DOWN"; customers: number; valueBefore: number; valueNow: number }>();
  for (const m of movers) {
    const key = `${m.previousClass}\u0000${m.currentClass}`;
    const f = flows.get(key) ?? { from: m.previousClass, to: m.currentClass, direction: m.direction, customers: 0, valueBefore: 0, valueNow: 0 };
    f.customers++;
    f.valueBefore += orZero(m.previousValue);
    f.valueNow += orZero(m.currentValue);
    flows.set(key, f);
  }
  const all = [...flows.values()];
  const down = all.filter((f) => f.direction === "DOWN").sort((a, b) => b.valueBefore - a.valueBefore || b.customers - a.customers);
  const up = all.filter((f) => f.direction === "UP").sort((a, b) => b.valueNow - a.valueNow || b.customers - a.customers);
  const sum = (list: readonly Flow[], pick: (f: Flow) => number): number => list.reduce((s, f) => s + pick(f), 0);
  return {
    down,
    up,
    downCustomers: sum(down, (f) => f.customers),
    downValueBefore: sum(down, (f) => f.valueBefore),
    downValueNow: sum(down, (f) => f.valueNow),
    upCustomers: sum(up, (f) => f.customers),
    upValueNow: sum(up, (f) => f.valueNow),
  };
}

/**
 * Movers in money order: downgrades first, the most valuable before first (what is at stake);
 * then upgrades, the most valuable now first. Ties keep the engine's order (steps, then ID).
 */
export function moversByMoney(movers: readonly Mover[]): Mover[] {
  const weight = (m: Mover): number => orZero(m.direction === "DOWN" ? m.previousValue : m.currentValue);
  return movers
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      if (a.m.direction !== b.m.direction) return a.m.direction === "DOWN" ? -1 : 1;
      return weight(b.m) - weight(a.m) || a.i - b.i;
    })
    .map((x) => x.m);
}
