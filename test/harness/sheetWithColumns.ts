// The formula tests build their sheets the same way; one builder keeps their layouts from drifting apart.
import { HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "./hyperformulaAddin";

/** Sheet1 with `header` in row 1 and `rows` under it, in a HyperFormula that knows every SEGMENT.* function. */
export function sheetWithColumns(header: readonly unknown[], rows: readonly (readonly unknown[])[]): HyperFormula {
  return hyperFormulaWithAddin({ Sheet1: [[...header], ...rows.map((row) => [...row])] });
}
