/**
 * `npm run fuzz [calls-per-function] [seed] [ids]`: the full fuzzing run (default 100,000 calls per
 * function, huge shapes included); `ids` (e.g. XYZ,ABCXYZ,COHORT) fuzzes only those functions,
 * with the seeds they have in a full run. Prints one line per function and a Markdown table for
 * docs/reliability.md, then how the structured and the random calls (fuzzer.ts) ended; exits 1
 * if any call broke the contract.
 */
import { installCustomFunctionsGlobal } from "../setup/customFunctionsStandIn";
import { fuzzAll } from "./fuzzer";

installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);
const calls = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const only = process.argv[4] ? new Set(process.argv[4].split(",").map((id) => id.trim().toUpperCase())) : undefined;
const started = Date.now();
const reports = fuzzAll(calls, seed, true, only);
console.log("| function | calls | results | Excel errors | contract broken | over time | slowest call (ms) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
let broken = 0;
for (const r of reports) {
  broken += r.failures.length + r.overTime;
  console.log(`| ${r.id} | ${r.calls} | ${r.results} | ${r.excelErrors} | ${r.failures.length} | ${r.overTime} | ${r.slowestMs.toFixed(0)} |`);
  for (const f of r.failures.slice(0, 3)) console.error(`  ${r.id}(${f.args}): ${f.problem}`);
}
console.log("\n| function | structured calls | their results | random calls | their results |");
console.log("|---|---:|---:|---:|---:|");
for (const r of reports) {
  console.log(`| ${r.id} | ${r.structuredCalls} | ${r.structuredResults} | ${r.calls - r.structuredCalls} | ${r.results - r.structuredResults} |`);
}
console.log(`\n${reports.length} functions, ${calls} calls each, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(broken > 0 ? 1 : 0);
