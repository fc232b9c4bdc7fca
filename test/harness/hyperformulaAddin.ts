/**
 * Registers the built add-in's functions in HyperFormula under their Excel names (SEGMENT.ABC …),
 * converting values the way Excel's custom-functions runtime does:
 * - a matrix parameter receives a 2-D array (a scalar is wrapped as [[x]]); an empty cell is "";
 * - an omitted optional argument is null;
 * - an error value arrives as an error object with a `code`; a returned error object becomes a
 *   cell error with its message; a thrown one makes the whole formula that error.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { StandInCustomFunctionError } from "../setup/customFunctionsStandIn";
import { AddinFunction, BuiltAddin, FunctionMetadata, loadBuiltAddin } from "./builtAddin";

/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin internals are untyped here. */

const TO_EXCEL_CODE: Record<string, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.CYCLE]: "#REF!",
  [ErrorType.ERROR]: "#VALUE!",
  [ErrorType.LIC]: "#VALUE!",
};

const FROM_EXCEL_CODE: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
  "#NULL!": ErrorType.VALUE,
};

function toExcelScalar(value: unknown): unknown {
  if (value instanceof CellError) return new StandInCustomFunctionError(TO_EXCEL_CODE[value.type] ?? "#VALUE!", value.message);
  if (typeof value === "symbol") return ""; // HyperFormula's EmptyValue
  if (value !== null && typeof value === "object" && typeof (value as { val?: unknown }).val === "number") {
    return (value as { val: number }).val; // dates, percents, currencies are numbers to Excel
  }
  return value;
}

function isAddinError(value: unknown): value is { code: string; message?: string } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function toHyperFormulaScalar(value: unknown): any {
  if (isAddinError(value)) return new CellError(FROM_EXCEL_CODE[value.code] ?? ErrorType.VALUE, value.message);
  if (value === null || value === undefined) return "";
  return value;
}

function callAddin(fn: AddinFunction, meta: FunctionMetadata, evaluatedArgs: unknown[]): any {
  const args = meta.parameters.map((param, i) => {
    if (i >= evaluatedArgs.length || evaluatedArgs[i] === undefined) return null;
    const arg = evaluatedArgs[i];
    if (arg instanceof SimpleRangeValue) {
      const data = arg.data.map((row) => row.map(toExcelScalar));
      return param.dimensionality === "matrix" ? data : data[0][0];
    }
    const scalar = toExcelScalar(arg);
    return param.dimensionality === "matrix" ? [[scalar]] : scalar;
  });
  try {
    const result = fn(...args);
    if (Array.isArray(result)) {
      return SimpleRangeValue.onlyValues((result as unknown[][]).map((row) => row.map(toHyperFormulaScalar)));
    }
    return toHyperFormulaScalar(result);
  } catch (thrown) {
    return toHyperFormulaScalar(isAddinError(thrown) ? thrown : { code: "#VALUE!", message: String(thrown) });
  }
}

function evaluateArgs(plugin: any, ast: any, state: any): unknown[] {
  // An empty argument (F(a,,c)) is omitted, as Excel passes null for it.
  return ast.args.map((argAst: any) => (argAst.type === "EMPTY" ? undefined : plugin.evaluateAst(argAst, state)));
}

export const EXCEL_NAME = (meta: FunctionMetadata): string => `SEGMENT.${meta.name}`;

function buildPlugin(addin: BuiltAddin): any {
  class SegmentPlugin extends FunctionPlugin {}
  const implemented: Record<string, any> = {};
  for (const meta of addin.metadata) {
    const fn = addin.associations.get(meta.id);
    if (!fn) throw new Error(`functions.json names ${meta.id} but the bundle did not associate it`);
    const name = EXCEL_NAME(meta);
    const method = `run_${meta.id.replace(/\W/g, "_")}`;
    const sizeMethod = `${method}_size`;
    implemented[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
      isVolatile: Boolean(meta.options?.volatile),
      parameters: meta.parameters.map((p) => ({ argumentType: "ANY", optionalArg: Boolean(p.optional) })),
    };
    (SegmentPlugin.prototype as any)[method] = function (this: any, ast: any, state: any) {
      return callAddin(fn, meta, evaluateArgs(this, ast, state));
    };
    // Excel sizes a spill after computing it; HyperFormula asks before. Computing the result
    // here gives the true size (tests enter data before the formulas that read it).
    (SegmentPlugin.prototype as any)[sizeMethod] = function (this: any, ast: any, state: any) {
      if (meta.result.dimensionality !== "matrix") return ArraySize.scalar();
      try {
        const result = callAddin(fn, meta, evaluateArgs(this, ast, state));
        if (result instanceof SimpleRangeValue) return new ArraySize(result.width(), result.height());
        return ArraySize.scalar();
      } catch {
        return ArraySize.scalar();
      }
    };
  }
  (SegmentPlugin as any).implementedFunctions = implemented;
  return SegmentPlugin;
}

let registered = false;

/** A HyperFormula instance that knows every SEGMENT.* function of the built bundle. */
export function hyperFormulaWithAddin(sheets: Record<string, unknown[][]> = { Sheet1: [] }): HyperFormula {
  if (!registered) {
    const addin = loadBuiltAddin();
    const plugin = buildPlugin(addin);
    const names: Record<string, string> = {};
    for (const meta of addin.metadata) names[EXCEL_NAME(meta)] = EXCEL_NAME(meta);
    HyperFormula.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets as any, { licenseKey: "gpl-v3", useArrayArithmetic: true } as any);
}
