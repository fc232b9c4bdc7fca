/**
 * Random sequences of what a user does with the pane (apply ABC / ABCD / Pareto / quadrants with
 * or without tags, summary, live formulas and history; re-apply; refresh; remove one; remove all;
 * edit a value; save and reopen), run against any workbook through a small `Subject` interface,
 * checking after every step that
 * - the user's part of the workbook is what it would be without the add-in (the add-in's part:
 *   the saved segmentations' footprints, the history sheets and the settings);
 * - no saved segmentation was lost, and no history row (a refresh appends, nothing removes);
 * - a refresh the add-in refuses (its columns would cover someone else's cells) changes nothing;
 *   the sequence then refreshes with `relocate`, as the pane offers.
 */
import fc from "fast-check";
import { historyText } from "../../../src/i18n/historyText";
import { LANGUAGES } from "../../../src/i18n/language";
import { HISTORY_INDEX_KEY, parseIndex } from "../../../src/workbook/history";
import { Footprint, SavedSegmentation } from "../../../src/workbook/plan";
import { OccupiedError, WorkbookPort } from "../../../src/workbook/port";
import { buildPlan, Choice, prepare, refreshSaved } from "../../../src/workbook/segmentation";

export type MethodId = "ABC" | "ABCD" | "PARETO" | "QUADRANT";

export type Op =
  | { readonly kind: "apply"; readonly method: MethodId; readonly tags: boolean; readonly summary: boolean; readonly formulas: boolean; readonly history?: boolean }
  | { readonly kind: "reapply"; readonly pick: number }
  | { readonly kind: "refresh"; readonly pick: number }
  | { readonly kind: "removeOne"; readonly pick: number }
  | { readonly kind: "removeAll" }
  | { readonly kind: "edit"; readonly customer: number; readonly value: number | null }
  | { readonly kind: "reopen" };

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("apply" as const), method: fc.constantFrom<MethodId>("ABC", "ABCD", "PARETO", "QUADRANT"), tags: fc.boolean(), summary: fc.boolean(), formulas: fc.boolean(), history: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reapply" as const), pick: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("refresh" as const), pick: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("removeOne" as const), pick: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "removeAll" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("edit" as const), customer: fc.nat(39), value: fc.option(fc.integer({ min: -500, max: 60_000 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: "reopen" as const }) },
);

/** A workbook under test: the port on it, and the user-side operations mirrored on a pristine copy. */
export interface Subject {
  port(): WorkbookPort;
  /** Puts the active cell inside the user's data (as the user does before "use the table at the cursor"). */
  selectData(): void;
  /** Saves and reopens (a no-op where that means nothing). */
  reopen(): Promise<void>;
  /** The user types a value into a Revenue cell, in the workbook and in the pristine copy alike. */
  edit(customer: number, value: number | null): void;
  /** The user's part of the workbook now, and of the pristine copy, leaving out what the add-in owns. */
  userPart(owned: Owned): { now: string; pristine: string };
  /** Everything in the workbook now, nothing left out. */
  full(): string;
}

/** What the add-in owns at some moment. */
export interface Owned {
  readonly ids: readonly string[];
  readonly footprints: readonly Footprint[];
  /** History sheets (they outlive the segmentations, by design). */
  readonly historySheets: readonly string[];
}

const HISTORY_PREFIXES = LANGUAGES.map((l) => historyText("historySheet", l).toLowerCase());

/** The history sheets: those the index names, and any sheet named like one (the index may be stale). */
export async function historySheets(port: WorkbookPort): Promise<string[]> {
  const index = parseIndex(await port.readSetting(HISTORY_INDEX_KEY));
  const names = await port.sheetNames();
  return names.filter((n) => index?.sheets.includes(n) || HISTORY_PREFIXES.some((p) => n.toLowerCase().startsWith(p)));
}

/** Every history row (header excluded) of every history sheet, as text, with how often it occurs. */
export async function historyRows(port: WorkbookPort): Promise<Map<string, number>> {
  const rows = new Map<string, number>();
  for (const sheet of await historySheets(port)) {
    const used = await port.usedRange(sheet);
    if (!used) continue;
    const cells = (await port.readRange(sheet, used)) ?? [];
    for (const row of cells.slice(1)) {
      const key = `${sheet}|${JSON.stringify(row)}`;
      rows.set(key, (rows.get(key) ?? 0) + 1);
    }
  }
  return rows;
}

export const ROLES = { id: 0, name: 1, value: 3, second: 4 } as const;

export function choiceFor(method: string, tags: boolean, summary: boolean, formulas: boolean, history = false): Choice {
  return { methodId: method, params: {}, roles: { ...ROLES }, output: formulas ? "formulas" : "values", tones: {}, summary, tags, language: "en", history };
}

export async function applyMethod(subject: Subject, choice: Choice, id: string, at: Date): Promise<SavedSegmentation> {
  subject.selectData();
  const port = subject.port();
  const source = await port.locateSource();
  if (!source) throw new Error("no source at the cursor");
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, id, at);
  return port.apply(plan);
}

/** The first place two canonical texts differ, with some context, for a readable failure. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differs at ${i}:\n  expected …${a.slice(Math.max(0, i - 160), i + 160)}…\n  actual   …${b.slice(Math.max(0, i - 160), i + 160)}…`;
}

export interface SequenceStats {
  sequences: number;
  steps: number;
  byKind: Record<string, number>;
  checks: number;
  /** Refreshes refused because their columns would cover other cells (then redone with relocate). */
  refusedRefreshes: number;
  /** Most history rows seen in one sequence. */
  historyRows: number;
}

export function newStats(): SequenceStats {
  return { sequences: 0, steps: 0, byKind: {}, checks: 0, refusedRefreshes: 0, historyRows: 0 };
}

/** Runs one sequence; throws with a description at the first step that loses or changes anything. */
export async function runSequence(subject: Subject, ops: readonly Op[], stats: SequenceStats): Promise<void> {
  let counter = 0;
  let clock = Date.UTC(2024, 0, 1);
  const tick = (): Date => new Date((clock += 86_400_000));
  const expected = new Set<string>();
  stats.sequences++;

  let history = new Map<string, number>();
  const check = async (label: string): Promise<void> => {
    const port = subject.port();
    const saved = await port.listSaved();
    const ids = saved.map((s) => s.id).sort();
    if (ids.join() !== [...expected].sort().join()) throw new Error(`${label}: saved segmentations ${ids.join()} but expected ${[...expected].sort().join()}`);
    const { now, pristine } = subject.userPart({ ids, footprints: saved.map((s) => s.footprint), historySheets: await historySheets(port) });
    const diff = firstDifference(pristine, now);
    if (diff) throw new Error(`${label}: the user's part of the workbook changed, ${diff}`);
    // History rows only ever grow.
    const rows = await historyRows(port);
    for (const [row, count] of history) if ((rows.get(row) ?? 0) < count) throw new Error(`${label}: history row lost: ${row}`);
    history = rows;
    stats.historyRows = Math.max(stats.historyRows, [...rows.values()].reduce((a, b) => a + b, 0));
    stats.checks++;
  };

  for (const [n, op] of ops.entries()) {
    const label = `step ${n + 1} (${JSON.stringify(op)}) of ${JSON.stringify(ops)}`;
    const saved = await subject.port().listSaved();
    const pick = (i: number): SavedSegmentation | undefined => (saved.length ? saved[i % saved.length] : undefined);
    switch (op.kind) {
      case "apply": {
        const id = `${op.method.toLowerCase()}-${++counter}`;
        await applyMethod(subject, choiceFor(op.method, op.tags, op.summary, op.formulas, op.history), id, tick());
        expected.add(id);
        break;
      }
      case "reapply": {
        const s = pick(op.pick);
        if (!s) break;
        const id = `${s.methodId.toLowerCase()}-${++counter}`;
        await applyMethod(subject, choiceFor(s.methodId, s.tags, s.summary, s.output === "formulas"), id, tick());
        expected.add(id);
        break;
      }
      case "refresh": {
        const s = pick(op.pick);
        if (!s) break;
        const at = tick();
        const before = subject.full();
        try {
          await refreshSaved(subject.port(), s, "en", at);
        } catch (error) {
          if (!(error instanceof OccupiedError)) throw error;
          // Refused: nothing may have changed. Then as the pane offers: put the columns elsewhere.
          const diff = firstDifference(before, subject.full());
          if (diff) throw new Error(`${label}: a refused refresh changed the workbook, ${diff}`);
          stats.refusedRefreshes++;
          await refreshSaved(subject.port(), s, "en", at, { relocate: true });
        }
        break;
      }
      case "removeOne": {
        const s = pick(op.pick);
        if (s) {
          await subject.port().remove(s.id);
          expected.delete(s.id);
        }
        break;
      }
      case "removeAll":
        for (const s of saved) await subject.port().remove(s.id);
        expected.clear();
        break;
      case "edit":
        subject.edit(op.customer, op.value);
        break;
      case "reopen":
        await subject.reopen();
        break;
    }
    stats.steps++;
    stats.byKind[op.kind] = (stats.byKind[op.kind] ?? 0) + 1;
    await check(label);
  }
  // At the end: remove everything that is left; nothing is excluded any more.
  for (const s of await subject.port().listSaved()) await subject.port().remove(s.id);
  expected.clear();
  await check(`after removing everything at the end of ${JSON.stringify(ops)}`);
  await subject.reopen();
  await check(`after removing everything, saving and reopening, at the end of ${JSON.stringify(ops)}`);
}
