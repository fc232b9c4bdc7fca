/**
 * CI's seeded sample of the fuzzer (`npm run fuzz` runs ≥ 100,000 calls per function): every
 * function, 400 generated calls each (random and structured, see fuzzer.ts), plus one full
 * 1,048,576-row column each.
 */
import { fullColumnCall, fuzzAll } from "./fuzzer";
import { loadBuiltAddin } from "../harness/builtAddin";

describe("fuzzing every custom function (seeded sample)", () => {
  const reports = fuzzAll(400, 20261123, false);

  test.each(reports.map((r) => [r.id, r] as const))("%s: no uncaught exception, nothing Excel cannot show, no call over time", (_id, report) => {
    expect(report.calls).toBe(400);
    expect(report.failures).toEqual([]);
    expect(report.overTime).toBe(0);
    // The generated inputs must reach both outcomes, or the sample tests little.
    expect(report.results + report.excelErrors).toBe(400);
    // The structured calls (plausible sheets, a few spoiled cells) must mostly compute something:
    // when fewer than a quarter do, the generator has drifted from what the function accepts.
    expect(report.structuredCalls).toBeGreaterThan(0);
    expect(report.structuredResults).toBeGreaterThanOrEqual(report.structuredCalls / 4);
  });
});

describe("every custom function on a full Excel column (1,048,576 rows)", () => {
  const addin = loadBuiltAddin();
  test.each(addin.metadata.map((m) => [m.id, m] as const))("%s finishes within the time bound with a showable result", (id, meta) => {
    const outcome = fullColumnCall(meta, addin.associations.get(id)!, 7);
    expect(outcome.problem).toBeNull();
  });
});
