/**
 * The task pane's path on a 100,000-row Excel Table, through the Office.js adapter against the
 * fake Excel object tree of the tests: how long the plan takes to build (read in blocks +
 * classify + plan), how many context.sync() requests reading and applying take, and the largest
 * request (Excel on the web refuses requests over 5 MB).
 */
import { performance } from "perf_hooks";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { buildPlan, prepare } from "../../src/workbook/segmentation";
import { BenchResult, median } from "../harness";
import { ABC_CHOICE, bigWorkbook } from "../../test/workbook/helpers/bigWorkbook";

const ROWS = 100_000;

async function once(): Promise<{ readMs: number; planMs: number; readSyncs: number; applySyncs: number; maxBytes: number }> {
  const excel = bigWorkbook(ROWS, "Customers");
  const port = createOfficeAdapter({ run: excel.run });
  const t0 = performance.now();
  const source = await port.locateSource();
  if (!source) throw new Error("no table found");
  const prepared = await prepare(port, source.ref, ABC_CHOICE);
  const t1 = performance.now();
  const plan = await buildPlan(port, source.ref, source.columnNames, ABC_CHOICE, prepared, "bench", new Date(Date.UTC(2024, 11, 31)));
  const planMs = performance.now() - t1;
  const readSyncs = excel.syncs.length;
  const readMax = Math.max(...excel.syncs.map((s) => Math.max(s.sentBytes, s.receivedBytes)));
  excel.syncs.length = 0;
  await port.apply(plan);
  const applyMax = Math.max(...excel.syncs.map((s) => Math.max(s.sentBytes, s.receivedBytes)));
  return { readMs: t1 - t0, planMs, readSyncs, applySyncs: excel.syncs.length, maxBytes: Math.max(readMax, applyMax) };
}

export async function taskPaneResults(): Promise<BenchResult[]> {
  await once(); // warm-up
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once());
  const last = runs[runs.length - 1];
  return [
    {
      name: `Task pane: ABC on a ${ROWS.toLocaleString("en")}-row Table via Office.js (fake Excel): build the plan`,
      subjectLabel: "pane",
      medianMs: median(runs.map((r) => r.planMs)),
      repeats: runs.length,
      note:
        `reading + classifying before it: ${median(runs.map((r) => r.readMs)).toFixed(0)} ms (mostly the fake's own work); ` +
        `${last.readSyncs} syncs to read, ${last.applySyncs} to apply; largest request ${(last.maxBytes / 2 ** 20).toFixed(2)} MB (limit 5 MB)`,
    },
  ];
}
