/**
 * Our engine against what users would use instead, on the same data in the same run:
 * - the by-hand SUMIF formula per row, evaluated by a real formula engine (HyperFormula), against
 *   =SEGMENT.ABC evaluated by the same engine on the same sheet;
 * - numpy (sort + cumsum), timed inside Python without file I/O, against our engine timed inside
 *   Node without file I/O.
 */
import { HyperFormula } from "hyperformula";
import { readNumberColumn } from "../../src/segment/cells";
import { classifyRows } from "../../src/segment/classifyRows";
import { fitTierRequest } from "../../src/segment/abc";
import { hyperFormulaWithAddin } from "../../test/harness/hyperformulaAddin";
import { BenchCase, revenueValues } from "../harness";
import { timePython, writeFloat64 } from "../python";

function sheet(values: readonly number[]): HyperFormula {
  return hyperFormulaWithAddin({ Sheet1: values.map((v) => [v]) });
}

function byHandFormulas(n: number): string[][] {
  const range = `A$1:A$${n}`;
  return Array.from({ length: n }, (_, i) => {
    const share = `SUMIF(${range},">="&A${i + 1})/SUM(${range})`;
    return [`=IF(${share}<=0.8,"A",IF(${share}<=0.95,"B","C"))`];
  });
}

function formulaCase(n: number): BenchCase {
  const values = revenueValues(n, 17).map(Math.abs);
  return {
    name: `ABC as formulas in HyperFormula, ${n.toLocaleString("en")} rows`,
    repeats: n > 2000 ? 3 : 5,
    subject: {
      label: "=SEGMENT.ABC(A1:An), one spilled formula",
      run: () => {
        const hf = sheet(values);
        hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[`=SEGMENT.ABC(A1:A${n},,"byhand")`]]);
        const out = hf.getCellValue({ sheet: 0, row: n - 1, col: 1 });
        hf.destroy();
        return out;
      },
    },
    baseline: {
      label: "by-hand =IF(SUMIF(..)/SUM(..)<=0.8,…) in every row",
      run: () => {
        const hf = sheet(values);
        hf.setCellContents({ sheet: 0, row: 0, col: 1 }, byHandFormulas(n));
        const out = hf.getCellValue({ sheet: 0, row: n - 1, col: 1 });
        hf.destroy();
        return out;
      },
    },
  };
}

function numpyCase(n: number): BenchCase {
  const values = revenueValues(n, 23);
  const file = writeFloat64(values);
  return {
    name: `ABC vs numpy, ${n.toLocaleString("en")} values`,
    subject: {
      label: "engine (from the cells Excel passes)",
      run: () => {
        const column = readNumberColumn(values);
        const fitted = fitTierRequest(column, { cuts: [0.8, 0.95], rule: "reach", basis: "value" }, 3);
        return classifyRows(column, fitted.classOf);
      },
    },
    baseline: {
      label: "numpy sort + cumsum + searchsorted",
      external: () => timePython("abc_numpy.py", [file, "7"])?.medianMs ?? null,
    },
  };
}

export const versusCases: BenchCase[] = [formulaCase(1000), formulaCase(5000), numpyCase(10_000), numpyCase(100_000), numpyCase(1_048_576)];
