/**
 * SEGMENT.WHY on a full Excel column against SEGMENT.ABC on the same column, each through its
 * custom function (Excel's 2-D argument in, the spilled array out), interleaved in the same run:
 * the table's "ours ÷ it" is WHY's time ÷ ABC's (target ≤ 2×, issue 17). Two columns: the usual
 * revenue of whole amounts (many ties, which share one row: whyFunctions.ts), and amounts in cents
 * where nearly every customer has a value of its own, so every row is made (the worst case).
 */
import { abc } from "../../src/functions/tierFunctions";
import { why } from "../../src/functions/whyFunctions";
import { installCustomFunctionsGlobal } from "../../test/setup/customFunctionsStandIn";
import { BenchCase, revenueValues, seededRandom } from "../harness";

installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

const N = 1_048_576;

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const whole = lazy(() => revenueValues(N, N + 1).map((v) => [v]));
const cents = lazy(() => {
  const random = seededRandom(N + 2);
  return revenueValues(N, N + 1).map((v) => [v + Math.round(random() * 100) / 100]);
});

function whyCase(name: string, data: () => number[][]): BenchCase {
  return {
    name,
    repeats: 7,
    measureMemory: true,
    subject: { label: "SEGMENT.WHY", run: () => why(data()) },
    reference: { label: "SEGMENT.ABC (custom function)", run: () => abc(data()) },
  };
}

export const whyCases: BenchCase[] = [
  whyCase("WHY, 1,048,576 customers, whole amounts (custom function)", whole),
  whyCase("WHY, 1,048,576 customers, amounts in cents: nearly all distinct (custom function)", cents),
];
