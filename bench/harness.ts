/**
 * A tiny benchmark harness. Each case times its subject and, where it has one, a baseline in the
 * same run, interleaved (subject, baseline, subject, …) so that machine noise hits both alike.
 * Medians only: the machine is shared.
 */
import { performance } from "perf_hooks";
import { seededRandom } from "../src/preview/sampleData";

export interface Timed {
  readonly label: string;
  readonly run: () => unknown;
  /**
   * The run times itself and returns the milliseconds that count: for work that has to be set up
   * between timed calls (e.g. the fresh argument array Excel's runtime makes before each call of
   * a table form), where the setting up is not ours to time.
   */
  readonly ownClock?: boolean;
}

/** A baseline timed by another program (e.g. numpy), which reports its own median; null = skipped. */
export interface ExternalTimed {
  readonly label: string;
  readonly external: () => number | null;
}

export interface BenchCase {
  /** e.g. "ABC, 1,048,576 values" */
  readonly name: string;
  /** Prepares data once; returns what the subject and the baseline time. Not timed. */
  readonly subject: Timed;
  readonly baseline?: Timed | ExternalTimed;
  /**
   * What ours is compared with in the same run, interleaved like the baseline: the engine alone on
   * the same data (how much the custom function adds), or another function. The table shows
   * ours ÷ reference, so 1.4× means the custom function takes 1.4 times the engine's time.
   */
  readonly reference?: Timed;
  /** A note derived from the median, e.g. the cost per row. */
  readonly describe?: (medianMs: number) => string;
  /** Timed repetitions of each (after one untimed warm-up). */
  readonly repeats?: number;
  /** A target the median must meet, in ms, printed beside the result. */
  readonly targetMs?: number;
  /** Also report the memory one run holds at its end (needs node --expose-gc). */
  readonly measureMemory?: boolean;
}

export interface BenchResult {
  readonly name: string;
  readonly subjectLabel: string;
  readonly medianMs: number;
  readonly baselineLabel?: string;
  readonly baselineMedianMs?: number;
  readonly targetMs?: number;
  readonly repeats: number;
  /** Heap + array buffers grown by one run, result still held (MB); undefined when not measured. */
  readonly memoryMb?: number;
  readonly referenceLabel?: string;
  readonly referenceMedianMs?: number;
  /** ours ÷ reference, each repetition paired with the reference run right after it: min, median, max. */
  readonly referenceRatios?: readonly [number, number, number];
  /** Anything else measured, in words (e.g. request counts). */
  readonly note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Keeps results alive so the optimiser cannot drop the work. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}

function timeOnce(timed: Timed): number {
  if (timed.ownClock) return timed.run() as number;
  const t0 = performance.now();
  consume(timed.run());
  return performance.now() - t0;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Memory held right after one run (garbage included, minus what was there before): a fair peak estimate. */
function memoryOfOneRun(run: () => unknown): number | undefined {
  if (!gc) return undefined;
  gc();
  const before = process.memoryUsage();
  const result = run();
  const after = process.memoryUsage();
  consume(result);
  const grown = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  return Math.max(0, grown) / 2 ** 20;
}

export function runCase(c: BenchCase): BenchResult {
  const repeats = c.repeats ?? 7;
  const inProcess = c.baseline && "run" in c.baseline ? c.baseline : undefined;
  timeOnce(c.subject);
  if (inProcess) timeOnce(inProcess);
  if (c.reference) timeOnce(c.reference);
  const subject: number[] = [];
  const baseline: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < repeats; i++) {
    subject.push(timeOnce(c.subject));
    if (inProcess) baseline.push(timeOnce(inProcess));
    if (c.reference) reference.push(timeOnce(c.reference));
  }
  const ratios = reference.map((r, i) => subject[i] / r).sort((a, b) => a - b);
  void sink;
  let baselineMedianMs: number | undefined = inProcess ? median(baseline) : undefined;
  let baselineLabel = c.baseline?.label;
  if (c.baseline && "external" in c.baseline) {
    baselineMedianMs = c.baseline.external() ?? undefined;
    if (baselineMedianMs === undefined) baselineLabel = `${baselineLabel} (skipped: not installed)`;
  }
  const memoryMb = c.measureMemory ? memoryOfOneRun(c.subject.run) : undefined;
  return {
    note: c.describe?.(median(subject)),
    name: c.name,
    subjectLabel: c.subject.label,
    memoryMb,
    medianMs: median(subject),
    baselineLabel,
    baselineMedianMs,
    targetMs: c.targetMs,
    repeats,
    ...(c.reference
      ? {
          referenceLabel: c.reference.label,
          referenceMedianMs: median(reference),
          referenceRatios: [ratios[0], median(ratios), ratios[ratios.length - 1]] as const,
        }
      : {}),
  };
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

export function formatTable(results: readonly BenchResult[]): string {
  const lines = [
    "| case | median (ms) | target (ms) | memory (MB) | baseline | baseline median (ms) | baseline ÷ ours | notes |",
    "|---|---:|---:|---:|---|---:|---:|---|",
  ];
  for (const r of results) {
    const note = r.referenceRatios
      ? `${r.referenceLabel}: ${fmt(r.referenceMedianMs ?? NaN)} ms; ours ÷ it **${(r.medianMs / (r.referenceMedianMs ?? NaN)).toFixed(2)}×** (median ÷ median; run by run ${r.referenceRatios[0].toFixed(2)}–${r.referenceRatios[2].toFixed(2)}×)${r.note ? `; ${r.note}` : ""}`
      : r.note;
    const ratio = r.baselineMedianMs !== undefined ? `${(r.baselineMedianMs / r.medianMs).toFixed(1)}×` : "";
    const target = r.targetMs !== undefined ? `${r.targetMs} ${r.medianMs <= r.targetMs ? "met" : "MISSED"}` : "";
    lines.push(
      `| ${r.name} | ${fmt(r.medianMs)} | ${target} | ${r.memoryMb !== undefined ? r.memoryMb.toFixed(0) : ""} | ${r.baselineLabel ?? ""} | ${
        r.baselineMedianMs !== undefined ? fmt(r.baselineMedianMs) : ""
      } | ${ratio} | ${note ?? ""} |`,
    );
  }
  return lines.join("\n");
}

/** Deterministic pseudo-random numbers (mulberry32, the sample workbook's generator) so every run times the same data. */
export { seededRandom };

/** Revenue-like values: log-normal, a few returns (negative), some ties from rounding. */
export function revenueValues(n: number, seed = 1): number[] {
  const random = seededRandom(seed);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(random(), 1e-12);
    const v = random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    const value = Math.round(Math.exp(8 + 1.5 * normal));
    out[i] = random() < 0.02 ? -value : value;
  }
  return out;
}
