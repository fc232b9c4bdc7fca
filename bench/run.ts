/**
 * `npm run bench`: times every case in bench/cases and prints one Markdown table of medians,
 * with each baseline measured in the same run. Not part of the test suite: CI times nothing.
 * Pass a word to run only the cases whose name contains it: `npm run bench -- PARETO`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatTable, runCase } from "./harness";
import { allCases } from "./cases";

const filter = process.argv[2]?.toLowerCase();
const cases = allCases.filter((c) => !filter || c.name.toLowerCase().includes(filter));
const machine = `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`;
console.log(machine);
const results = cases.map((c) => {
  const r = runCase(c);
  console.error(`done: ${c.name}`);
  return r;
});
const table = formatTable(results);
console.log(table);
// A full run (no filter) is the record: docs/benchmarks.md keeps the table with the machine it ran on.
if (!filter) {
  const doc = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (a full run). Medians over repeated runs; each baseline was measured in the",
    "same run, interleaved with ours where it runs in Node. The machine is shared, so figures vary between runs.",
    "",
    `Machine: ${machine}. Run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "",
    table,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(__dirname, "..", "docs", "benchmarks.md"), doc);
}
