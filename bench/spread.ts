/**
 * `node -r ts-node/register/transpile-only bench/spread.ts [bench/runs/a.json …]` (default: every
 * run kept in bench/runs): per case, the median of each run's median and the min–max over the
 * runs, for our time, the baseline ÷ ours ratio and the ours ÷ reference ratio. One run is one
 * sample of a shared machine; a figure worth quoting is one whose spread over runs is known.
 */
import * as fs from "fs";
import * as path from "path";
import { BenchResult, median } from "./harness";

interface RunRecord {
  readonly machine: string;
  readonly loadAtStart: string;
  readonly loadAtEnd: string;
  readonly results: BenchResult[];
}

const dir = path.join(__dirname, "runs");
const files = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => path.join(dir, f));
const runs = files.sort().map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as RunRecord);
const fmt = (x: number, unit = ""): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + unit;
const spread = (xs: number[], unit = ""): string =>
  xs.length === 0 ? "" : `${fmt(median(xs), unit)} (${fmt(Math.min(...xs), unit)}–${fmt(Math.max(...xs), unit)})`;

console.log(`${runs.length} runs: ${files.map((f) => path.basename(f)).join(", ")}`);
console.log(`load (1, 5, 15 min) at start → end: ${runs.map((r) => `${r.loadAtStart} → ${r.loadAtEnd}`).join("; ")}`);
console.log("");
console.log("| case | ours, ms: median of runs (min–max) | baseline ÷ ours | ours ÷ reference | runs |");
console.log("|---|---:|---:|---:|---:|");
const names = [...new Set(runs.flatMap((r) => r.results.map((x) => x.name)))];
for (const name of names) {
  const rows = runs.flatMap((r) => r.results.filter((x) => x.name === name));
  const ours = rows.map((x) => x.medianMs);
  const baseline = rows.filter((x) => x.baselineMedianMs !== undefined).map((x) => (x.baselineMedianMs as number) / x.medianMs);
  const reference = rows.filter((x) => x.referenceMedianMs !== undefined).map((x) => x.medianMs / (x.referenceMedianMs as number));
  console.log(`| ${name} | ${spread(ours)} | ${spread(baseline, "×")} | ${spread(reference, "×")} | ${rows.length} |`);
}
