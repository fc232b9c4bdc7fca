/**
 * methods.md §14: kept cut values classify exactly as the fit that produced them, on the data it
 * was fitted on. For every freezable method and every choice of every parameter, on the sample
 * and on a messy copy of it (ties, negatives, blanks, text, errors), a run with its own cut values
 * — passed through JSON as the workbook's settings keep them — gives the same class on every row.
 */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { METHODS } from "../../src/workbook/methods/registry";
import { completeParams, FrozenValues, MethodInput } from "../../src/workbook/methods/types";
import { readInput } from "../../src/workbook/segmentation";
import { RoleAssignment } from "../../src/workbook/plan";

const SAMPLE_ROLES = { name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 };
const PERIODS = Array.from({ length: 12 }, (_, k) => k + 2);

/** Ties (values rounded to hundreds), a negative every 11th row, a blank every 7th, text every 13th, an error every 17th. */
function messy(cells: readonly unknown[]): unknown[] {
  return cells.map((c, i) => {
    if (i % 17 === 3) return { code: "#N/A" };
    if (i % 13 === 5) return "n/a";
    if (i % 7 === 2) return null;
    if (typeof c !== "number") return c;
    const tied = Math.round(c / 100) * 100;
    return i % 11 === 4 ? -tied : tied;
  });
}

function messyInput(input: MethodInput): MethodInput {
  const columns: Record<string, readonly unknown[]> = {};
  for (const [role, cells] of Object.entries(input.columns)) columns[role] = role === "value" || role === "second" || role === "orders" ? messy(cells ?? []) : cells ?? [];
  return { ...input, columns, ...(input.periods ? { periods: input.periods.map((row, r) => (r % 5 === 1 ? messy(row) : row)) } : {}) };
}

const roundTrip = (values: readonly (number | null)[]): FrozenValues => JSON.parse(JSON.stringify(values)) as FrozenValues;

/** The columns a method reads, from the sample's customer table (or its twelve month columns). */
async function sampleInput(methodId: string): Promise<MethodInput> {
  const method = METHODS.find((m) => m.id === methodId)!;
  const wb = memoryWorkbookFrom(sampleBook());
  const port = createGridAdapter(wb);
  if (method.usesPeriods) wb.select("Monthly", 3, 3);
  const source = (await port.locateSource())!;
  const roles: RoleAssignment = method.usesPeriods ? { name: 1, periods: PERIODS } : SAMPLE_ROLES;
  return readInput(port, source.ref, { methodId, roles });
}

describe("kept cut values classify as the fit that produced them", () => {
  const freezable = METHODS.filter((m) => m.freezable);

  test("the freezable methods are the ones with cut values: tiers, Pareto, quadrants, RFM segments", () => {
    expect(freezable.map((m) => m.id)).toEqual(["ABC", "ABCD", "PARETO", "QUADRANT", "TENURE_SIZE", "CONTRIBUTION_STABILITY", "RFM_SEGMENTS"]);
  });

  test.each(freezable.map((m) => [m.id]))("%s: every choice of every parameter, sample and messy data", async (id) => {
    const method = METHODS.find((m) => m.id === id)!;
    const clean = await sampleInput(id);
    let checked = 0;
    for (const input of [clean, messyInput(clean)]) {
      for (const p of method.params) {
        for (const choice of p.choices) {
          const params = completeParams(method, { [p.key]: choice.value });
          const fitted = method.run(input, params);
          expect(fitted.cutValues?.length).toBeGreaterThan(0);
          const kept = method.run(input, params, roundTrip(fitted.cutValues!.map((c) => c.value)));
          expect(Array.from(kept.classIndex)).toEqual(Array.from(fitted.classIndex));
          // A kept run reports the kept values as its own.
          expect(kept.cutValues!.map((c) => c.value)).toEqual(fitted.cutValues!.map((c) => c.value));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1);
  });

  test("tiers and Pareto: classOfValue gives each customer's class from the cut values alone", async () => {
    for (const id of ["ABC", "ABCD", "PARETO"]) {
      const method = METHODS.find((m) => m.id === id)!;
      const input = messyInput(await sampleInput(id));
      for (const p of method.params) {
        for (const choice of p.choices) {
          const params = completeParams(method, { [p.key]: choice.value });
          const run = method.run(input, params);
          const cuts = roundTrip(run.cutValues!.map((c) => c.value));
          const values = input.columns.value!;
          values.forEach((v, i) => {
            if (typeof v === "number" && run.classIndex[i] >= 0) expect([id, i, method.classOfValue!(v, cuts, params)]).toEqual([id, i, run.classIndex[i]]);
          });
        }
      }
    }
  });

  test("a kept value nobody reached (+Infinity, saved as null) keeps that class empty", () => {
    const abc = METHODS.find((m) => m.id === "ABC")!;
    const input: MethodInput = { rowCount: 3, columns: { value: [100, 50, 10] } };
    const run = abc.run(input, completeParams(abc, {}), [null, 40]);
    expect(Array.from(run.classIndex)).toEqual([1, 1, 2]);
    expect(run.cutValues!.map((c) => c.value)).toEqual([null, 40]);
  });
});
