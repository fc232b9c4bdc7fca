/** Every registered method runs on the sample, returns the codes it announces, and explains itself. */
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { METHODS } from "../../src/workbook/methods/registry";
import { completeParams } from "../../src/workbook/methods/types";
import { prepare } from "../../src/workbook/segmentation";
import { clvSample } from "./helpers/clvSample";

/** The sample's Customers table: ID, Customer, Region, Revenue, Profit, First order, Last order, Orders. */
const SAMPLE_ROLES = { name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 };

describe("method registry", () => {
  test("ids are unique and every parameter default is one of its choices", () => {
    expect(new Set(METHODS.map((m) => m.id)).size).toBe(METHODS.length);
    for (const m of METHODS) for (const p of m.params) expect(p.choices.map((c) => c.value)).toContain(p.defaultValue);
  });

  /**
   * Methods with a purchase model (Future value) run on the sample's Purchases summarised per
   * customer: the Customers table spreads each customer's orders evenly, which leaves the model
   * nothing to fit (the pane says so in words: clvMethod.test.ts).
   */
  test.each(METHODS.filter((m) => m.backtest).map((m) => [m.id]))("%s runs on the summarised purchases with every choice of every parameter", async (id) => {
    const { port, source, roles } = await clvSample();
    const method = METHODS.find((m) => m.id === id)!;
    for (const p of method.params) {
      for (const choice of p.choices) {
        const params = completeParams(method, { [p.key]: choice.value });
        const prepared = await prepare(port, source.ref, { methodId: id, params, roles });
        expect(prepared.run.codes).toEqual(method.codes(params));
        expect(prepared.run.explanation.total.customers).toBeGreaterThan(200);
        expect(prepared.run.cuts).toHaveLength(prepared.run.codes.length);
      }
    }
  });

  test.each(METHODS.filter((m) => !m.usesPeriods && !m.backtest).map((m) => [m.id]))("%s runs on the customer table with every choice of every parameter", async (id) => {
    const wb = memoryWorkbookFrom(sampleBook());
    const port = createGridAdapter(wb);
    const source = (await port.locateSource())!;
    const method = METHODS.find((m) => m.id === id)!;
    for (const p of method.params) {
      for (const choice of p.choices) {
        const params = completeParams(method, { [p.key]: choice.value });
        const prepared = await prepare(port, source.ref, { methodId: id, params, roles: SAMPLE_ROLES });
        expect(prepared.run.codes).toEqual(method.codes(params));
        expect(prepared.run.explanation.total.customers).toBeGreaterThan(200);
        expect(prepared.run.cuts).toHaveLength(prepared.run.codes.length);
      }
    }
  });

  test.each(METHODS.filter((m) => m.usesPeriods).map((m) => [m.id]))("%s runs on the twelve month columns with every choice of every parameter", async (id) => {
    const wb = memoryWorkbookFrom(sampleBook());
    const port = createGridAdapter(wb);
    wb.select("Monthly", 3, 3);
    const source = (await port.locateSource())!;
    const method = METHODS.find((m) => m.id === id)!;
    const periods = Array.from({ length: 12 }, (_, k) => k + 2);
    for (const p of method.params) {
      for (const choice of p.choices) {
        const params = completeParams(method, { [p.key]: choice.value });
        const prepared = await prepare(port, source.ref, { methodId: id, params, roles: { name: 1, periods } });
        expect(prepared.run.codes).toEqual(method.codes(params));
        expect(prepared.run.explanation.total.customers).toBeGreaterThan(200);
        expect(prepared.run.cuts).toHaveLength(prepared.run.codes.length);
      }
    }
  });

  test("unknown or missing parameters fall back to the defaults", () => {
    const abc = METHODS[0];
    expect(completeParams(abc, { cuts: "99/99", rule: "byhand" })).toEqual({ cuts: "default", rule: "byhand", basis: "value" });
  });
});
