/**
 * Fuzzing every custom function of the *built* bundle with the messes a customer sheet holds:
 * numbers of every size, NaN-like and numeric text, booleans, blanks, error values, formula-like
 * text, shapes from 0×0 to 1,048,576×1, mismatched shapes, and wrong types for every parameter.
 * Each call must return what Excel can show (a rectangular array or a scalar of numbers, text,
 * booleans and returnable errors — no NaN or Infinity) or throw an Excel error; never anything
 * else, and never take longer than the time bound.
 *
 * Every other call (one in twenty for the BG/NBD functions) is *structured* instead
 * (structuredInputs.ts): a plausible sheet — aligned columns, valid dates, counts and snapshots,
 * documented option values — with a few spoiled cells, so that the paths that compute something
 * are reached about as often as the error paths.
 */
import { performance } from "perf_hooks";
import { StandInCustomFunctionError } from "../setup/customFunctionsStandIn";
import { AddinFunction, FunctionMetadata, loadBuiltAddin } from "../harness/builtAddin";
import { seededRandom } from "../../bench/harness";
import { isStructuredCall, structuredArgs, structuredPlan } from "./structuredInputs";

/** Error codes a custom function may return (#REF! and #NAME? are input-only). */
const RETURNABLE = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
const INPUT_ERRORS = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const TEXTS = [
  "", " ", "abc", "NaN", "Infinity", "-Infinity", "1,234", "12.5%", "₩1,000", "(45)", "1e309", "#N/A",
  "=cmd|' /C calc'!A0", "@SUM(A1)", "+1+1", "-2", "80/95", "70/20/10", "auto", "reach", "byhand", "count",
  "value", "median", "mean", "p75", "existing", "prospects", "tenure", "plain", "ABC", "ABCD", "PARETO",
  "EI", "A", "VITAL", "weeks", "days", "en", "ko", "zh-CN", "고객", "客户", "x".repeat(5000), "\u0000", "\uD800",
];

/** One cell as Excel could pass it (plus values Excel never sends, which must not crash either). */
export function randomCell(random: Random): unknown {
  const u = random();
  if (u < 0.45) {
    const v = random();
    if (v < 0.5) return Math.round((random() - 0.1) * 10_000);
    if (v < 0.7) return (random() - 0.5) * 1e6;
    if (v < 0.75) return 0;
    if (v < 0.8) return pick(random, [1e308, -1e308, 5e-324, -0, Number.MAX_SAFE_INTEGER, 45_000, 45_500]);
    return Math.floor(random() * 60_000); // date-like serials
  }
  if (u < 0.6) return pick(random, TEXTS);
  if (u < 0.7) return random() < 0.5;
  if (u < 0.85) return random() < 0.5 ? "" : null;
  if (u < 0.95) return new StandInCustomFunctionError(pick(random, INPUT_ERRORS));
  return pick(random, [NaN, Infinity, -Infinity, undefined, {}, [], new Date(2024, 0, 1)]);
}

function randomMatrix(random: Random, rows: number, columns: number, columnLike?: () => unknown): unknown[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => (columnLike ? columnLike() : randomCell(random))));
}

/** Shapes: mostly small lists, sometimes blocks, empty arrays, or a full Excel column. */
export function randomShape(random: Random, allowHuge: boolean): [number, number] {
  const u = random();
  // In a 100,000-call run: about 3 full Excel columns and 10 of 100,000 rows per function — enough
  // to catch anything quadratic, few enough that the run takes minutes, not hours.
  if (allowHuge && u < 0.00003) return [1_048_576, 1];
  if (allowHuge && u < 0.00013) return [100_000, 1];
  if (u < 0.03) return [0, 0];
  if (u < 0.05) return [1, 0];
  if (u < 0.55) return [1 + Math.floor(random() * 40), 1];
  if (u < 0.7) return [1, 1 + Math.floor(random() * 20)];
  if (u < 0.85) return [1 + Math.floor(random() * 30), 2 + Math.floor(random() * 12)];
  return [1, 1];
}

function randomArgument(random: Random, matrix: boolean, shape: [number, number], allowHuge: boolean): unknown {
  const u = random();
  if (u < 0.1) return null; // omitted
  if (matrix) {
    // Arguments of one call usually share a shape (that is how users pass columns side by side).
    const [rows, columns] = u < 0.7 ? shape : randomShape(random, allowHuge);
    const numeric = random() < 0.5;
    return randomMatrix(random, rows, columns, numeric ? () => (random() < 0.9 ? Math.round(random() * 1000) : randomCell(random)) : undefined);
  }
  if (u < 0.2) return randomMatrix(random, 1 + Math.floor(random() * 3), 1 + Math.floor(random() * 3)); // wrong type
  return randomCell(random);
}

function isExcelError(value: unknown): value is { code: string; message?: string } {
  return value instanceof StandInCustomFunctionError || (typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string");
}

/** What Excel can show in a cell; a reason string when not. */
function badCell(value: unknown): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : `non-finite number ${value}`;
  if (typeof value === "string" || typeof value === "boolean") return null;
  if (isExcelError(value)) return RETURNABLE.has(value.code) ? null : `unreturnable error ${value.code}`;
  return `not a cell value: ${Object.prototype.toString.call(value)}`;
}

function badResult(result: unknown, meta: FunctionMetadata): string | null {
  if (meta.result.dimensionality === "matrix") {
    if (!Array.isArray(result) || result.length === 0) return "a matrix function returned no rows";
    const width = Array.isArray(result[0]) ? result[0].length : -1;
    if (width <= 0) return "a matrix function returned an empty or non-array row";
    for (const row of result as unknown[][]) {
      if (!Array.isArray(row) || row.length !== width) return "ragged result";
      for (const cell of row) {
        const reason = badCell(cell);
        if (reason) return reason;
      }
    }
    return null;
  }
  return badCell(result);
}

export interface FuzzReport {
  readonly id: string;
  calls: number;
  results: number;
  excelErrors: number;
  /** Calls that broke the contract: a raw exception, an unshowable value, over time. */
  failures: { args: string; problem: string }[];
  overTime: number;
  slowestMs: number;
  /** Of the calls above, the structured ones and how many of them returned a result. */
  structuredCalls: number;
  structuredResults: number;
}

/**
 * The time bound of one call: a hang detector, not a speed test (npm run bench measures speed),
 * so it is generous enough for a busy shared machine — 10 s plus 10 µs per input cell, where
 * anything quadratic on a full column would take hours.
 */
export function timeBoundMs(cells: number): number {
  return 10_000 + cells * 0.01;
}

/** A #VALUE! without a message is fine when it is an input #VALUE! passed on unchanged. */
function passesOnInputValueError(args: unknown[]): boolean {
  const isValueError = (v: unknown): boolean => isExcelError(v) && v.code === "#VALUE!";
  return args.some((a) => (Array.isArray(a) ? (a as unknown[][]).some((row) => Array.isArray(row) && row.some(isValueError)) : isValueError(a)));
}

function describeArgs(args: unknown[]): string {
  return args
    .map((a) => (Array.isArray(a) ? `[${a.length}×${Array.isArray(a[0]) ? a[0].length : "?"}]` : JSON.stringify(a)?.slice(0, 40)))
    .join(", ");
}

/** Pass `catalogue` (every function's metadata) so that "As in SEGMENT.X" descriptions resolve. */
export function fuzzFunction(
  meta: FunctionMetadata,
  fn: AddinFunction,
  calls: number,
  seed: number,
  allowHuge: boolean,
  catalogue: readonly FunctionMetadata[] = [meta],
): FuzzReport {
  const random = seededRandom(seed);
  // The structured calls draw from a stream of their own, so the random calls are exactly the
  // ones this seed always gave (the first of them, in order).
  const structuredRandom = seededRandom(seed ^ 0x5eed_f00d);
  const plan = structuredPlan(meta, catalogue);
  const report: FuzzReport = {
    id: meta.id,
    calls: 0,
    results: 0,
    excelErrors: 0,
    failures: [],
    overTime: 0,
    slowestMs: 0,
    structuredCalls: 0,
    structuredResults: 0,
  };
  for (let i = 0; i < calls; i++) {
    const structured = isStructuredCall(plan, i);
    let args: unknown[];
    if (structured) {
      args = structuredArgs(plan, structuredRandom, randomCell);
    } else {
      const shape = randomShape(random, allowHuge);
      args = meta.parameters.map((p) => randomArgument(random, p.dimensionality === "matrix", shape, allowHuge));
    }
    // Excel passes exactly as many arguments as the function declares, omitted ones as null.
    const cells = args.reduce<number>((n, a) => n + (Array.isArray(a) ? a.length * (Array.isArray(a[0]) ? a[0].length : 1) : 1), 0);
    const t0 = performance.now();
    let problem: string | null = null;
    try {
      const result = fn(...args);
      problem = badResult(result, meta);
      report.results++;
      if (structured) report.structuredResults++;
    } catch (thrown) {
      if (isExcelError(thrown)) {
        report.excelErrors++;
        if (!RETURNABLE.has(thrown.code)) problem = `threw unreturnable ${thrown.code}`;
        else if (thrown.code === "#VALUE!" && !thrown.message && !passesOnInputValueError(args)) {
          problem = "threw #VALUE! without a message";
        }
      } else {
        problem = `uncaught ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`;
      }
    }
    const ms = performance.now() - t0;
    report.calls++;
    if (structured) report.structuredCalls++;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (ms > timeBoundMs(cells)) {
      report.overTime++;
      problem = problem ?? `took ${ms.toFixed(0)} ms`;
    }
    if (problem && report.failures.length < 20) report.failures.push({ args: `${structured ? "structured " : ""}#${i}: ${describeArgs(args)}`, problem });
  }
  return report;
}

/** One call with a full Excel column (1,048,576 rows) in every matrix parameter, other arguments omitted. */
export function fullColumnCall(meta: FunctionMetadata, fn: AddinFunction, seed: number): { ms: number; problem: string | null } {
  const random = seededRandom(seed);
  const n = 1_048_576;
  const column = Array.from({ length: n }, () => [Math.round(random() * 50_000)]);
  const args = meta.parameters.map((p) => (p.dimensionality === "matrix" ? column : null));
  const t0 = performance.now();
  let problem: string | null = null;
  try {
    problem = badResult(fn(...args), meta);
  } catch (thrown) {
    if (!isExcelError(thrown)) problem = `uncaught ${String(thrown)}`;
    else if (!RETURNABLE.has(thrown.code)) problem = `threw unreturnable ${thrown.code}`;
  }
  const ms = performance.now() - t0;
  if (!problem && ms > timeBoundMs(n * args.filter(Array.isArray).length)) problem = `took ${ms.toFixed(0)} ms`;
  return { ms, problem };
}

/** `only`: the ids to fuzz (each keeps the seed it has in a full run); default every function. */
export function fuzzAll(callsPerFunction: number, seed: number, allowHuge: boolean, only?: ReadonlySet<string>): FuzzReport[] {
  const addin = loadBuiltAddin();
  return addin.metadata.flatMap((meta, i) => {
    if (only && !only.has(meta.id)) return [];
    const fn = addin.associations.get(meta.id);
    if (!fn) throw new Error(`${meta.id} is described but not associated`);
    return fuzzFunction(meta, fn, callsPerFunction, seed + i * 7919, allowHuge, addin.metadata);
  });
}
