/**
 * `npm run bench`: times every case in bench/cases and prints one Markdown table of medians,
 * with each baseline measured in the same run. Not part of the test suite: CI times nothing.
 * Pass a word to run only the cases whose name contains it: `npm run bench -- PARETO`.
 * A full run (no word) also writes the table to docs/benchmarks.md with the machine it ran on and
 * its load, and keeps the figures in bench/runs/<time>.json for bench/spread.ts.
 *
 * Each case runs in a Node process of its own: a case's data (a million-row table, the order
 * lines, two snapshots) would otherwise stay in the heap for the rest of the run, and every later
 * garbage collection would walk it, slowing the later cases by up to 3× (the SUMMARY + RFM
 * against pandas case measured 0.28–0.44× at the end of a shared-process run against 1.4–2.4× in
 * a process of its own).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BenchResult, formatTable, runCase } from "./harness";
import { allCases } from "./cases";
import { taskPaneResults } from "./cases/taskpane";

const filter = process.argv[2]?.toLowerCase();
const cpu = os.cpus()[0]?.model ?? "cpu";
const machine = `Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`;

const load = (): string => os.loadavg().map((x) => x.toFixed(1)).join(", ");
const loadAtStart = load();

function benchmarksDoc(table: string): string {
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (a full run). Medians over repeated runs; each baseline was measured in the",
    "same run, interleaved with ours where it runs in Node. The machine is shared, so figures vary between runs.",
    "",
    `Machine: ${machine}. Run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. Load average (1, 5, 15 min) at the start ${loadAtStart}, at the end ${load()}.`,
    "",
    table,
    "",
    // Targets and profile notes are written by hand: they say *why*, which a timer cannot.
    fs.readFileSync(path.join(__dirname, "targets.md"), "utf8"),
  ].join("\n");
}

const CASE_FLAG = "--case-index";

/** Runs allCases[index] in a fresh Node process with this process's flags; its result comes back as JSON. */
function runInOwnProcess(index: number): BenchResult {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, CASE_FLAG, String(index)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 2 ** 20,
  });
  const lines = out.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as BenchResult;
}

async function main(): Promise<void> {
  const own = process.argv.indexOf(CASE_FLAG);
  if (own >= 0) {
    // A child of a run: one case, its result as the last line of output.
    console.log(JSON.stringify(runCase(allCases[Number(process.argv[own + 1])])));
    return;
  }
  console.log(machine);
  const results: BenchResult[] = [];
  for (const [index, c] of allCases.entries()) {
    if (filter && !c.name.toLowerCase().includes(filter)) continue;
    results.push(runInOwnProcess(index));
    console.error(`done: ${c.name}`);
  }
  if (!filter || "task pane".includes(filter)) results.push(...(await taskPaneResults()));
  const table = formatTable(results);
  console.log(table);
  if (!filter) {
    fs.writeFileSync(path.join(__dirname, "..", "docs", "benchmarks.md"), benchmarksDoc(table));
    // Every full run's figures are kept, so the spread over runs can be quoted (bench/spread.ts).
    const runs = path.join(__dirname, "runs");
    fs.mkdirSync(runs, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(":", "");
    const record = { machine, loadAtStart, loadAtEnd: load(), results };
    fs.writeFileSync(path.join(runs, `${stamp}.json`), `${JSON.stringify(record, null, 1)}\n`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
