/** The one-row (Excel Table) form shared by SEGMENT.ABCOF, ABCDOF and PARETOOF. */
import { isCellError, KIND_NUMBER, readNumberColumn } from "../segment/cells";
import { readTierFit } from "./cutsArgument";
import { listShape, readScalar, rowError } from "./excel";
import { cachedFitOf } from "./fitCache";

export interface ValueClassifier {
  readonly codes: readonly string[];
  classOf(value: number): number;
}

/**
 * Classifies `value` against the model fitted on `values`. A blank or text value is not a
 * customer (blank result); an error value is passed on, as in the spilled forms.
 */
export function classifyWith(
  value: unknown,
  values: unknown,
  key: string,
  fit: (column: ReturnType<typeof readNumberColumn>) => ValueClassifier,
): string | CustomFunctions.Error {
  const cell = readScalar(value, "value");
  const own = readNumberColumn([cell]);
  if (isCellError(cell)) return rowError(cell);
  if (own.kinds[0] !== KIND_NUMBER) return "";
  const shape = listShape(values, "values");
  const model = cachedFitOf(key, [values], () => {
    const column = shape.read();
    return { model: fit(column), columns: [column] };
  });
  return model.codes[model.classOf(own.values[0])];
}

export function classifyOne(
  value: unknown,
  values: unknown,
  cuts: unknown,
  rule: unknown,
  basis: unknown,
  classCount: number,
): string | CustomFunctions.Error {
  const tiering = readTierFit(cuts, rule, basis, classCount);
  return classifyWith(value, values, tiering.key, tiering.fit);
}
