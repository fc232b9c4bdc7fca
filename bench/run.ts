/**
 * `npm run bench`: times every case in bench/cases and prints one Markdown table of medians,
 * with each baseline measured in the same run. Not part of the test suite: CI times nothing.
 * Pass a word to run only the cases whose name contains it: `npm run bench -- PARETO`.
 */
import * as os from "os";
import { formatTable, runCase } from "./harness";
import { allCases } from "./cases";

const filter = process.argv[2]?.toLowerCase();
const cases = allCases.filter((c) => !filter || c.name.toLowerCase().includes(filter));
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
const results = cases.map((c) => {
  const r = runCase(c);
  console.error(`done: ${c.name}`);
  return r;
});
console.log(formatTable(results));
