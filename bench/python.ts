/**
 * Runs a baseline written in Python (numpy/pandas from Debian's python3-pandas) on the same data,
 * timed inside Python with file I/O excluded. Installs nothing: when pandas is missing it says how
 * to get it and the column is skipped.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const PYTHON_CANDIDATES = ["/usr/bin/python3", "python3"];

export interface PythonTiming {
  readonly medianMs: number;
  readonly detail: Record<string, unknown>;
}

let python: string | null | undefined;

/** A Python that can import pandas and numpy, or null (with the reason printed once). */
export function findPython(): string | null {
  if (python !== undefined) return python;
  python = null;
  for (const candidate of PYTHON_CANDIDATES) {
    const probe = spawnSync(candidate, ["-c", "import numpy, pandas"], { encoding: "utf8" });
    if (probe.status === 0) {
      python = candidate;
      break;
    }
  }
  if (python === null) {
    console.error("pandas/numpy not found: the pandas column is skipped. Install: sudo apt-get install python3-pandas");
  }
  return python;
}

export function writeFloat64(values: ArrayLike<number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segment-bench-"));
  const file = path.join(dir, "values.f64");
  fs.writeFileSync(file, Buffer.from(Float64Array.from(values).buffer));
  return file;
}

export function timePython(script: string, args: string[]): PythonTiming | null {
  const exe = findPython();
  if (!exe) return null;
  const run = spawnSync(exe, [path.join(__dirname, "python", script), ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  const detail = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Record<string, unknown>;
  return { medianMs: Number(detail.median_ms), detail };
}
