/**
 * COHORT on a full Excel column of order lines and XYZ / ABCXYZ on 100,000 and 1,048,576 customers,
 * each through its custom function (Excel's 2-D arrays in, the spilled array out) and each against
 * a reference custom function timed in the same run, interleaved:
 * - COHORT against SEGMENT.ABC on 1,048,576 values (issue 17: within 2× of ABC), on lines in date
 *   order (an export) and shuffled (no order to use: the counting-sort path), with text IDs and
 *   with numeric ones;
 * - XYZ and ABCXYZ against SEGMENT.STABILITY on the same block (the same CV, computed once more),
 *   and on a full column of customers × 12 months against SEGMENT.ABC on a full column.
 * `npm run bench -- COHORT` or `-- XYZ` runs only these.
 */
import { abc } from "../../src/functions/tierFunctions";
import { cohort } from "../../src/functions/cohortFunctions";
import { abcXyzClasses, xyzClasses } from "../../src/functions/xyzFunctions";
import { stability } from "../../src/functions/periodFunctions";
import { orderSheet } from "../../test/harness/orderSheet";
import { installCustomFunctionsGlobal } from "../../test/setup/customFunctionsStandIn";
import { BenchCase, revenueValues, seededRandom } from "../harness";

installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

const FULL_COLUMN = 1_048_576;

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Excel's custom-function runtime hands arguments over as JSON: every cell is a value of its own
 * (each ID cell its own string, even where two cells read the same), laid out row by row. A JSON
 * round trip gives the bench the same, so no string is shared between lines as a generator's
 * arrays would share them.
 */
const asExcel = (values: readonly unknown[]): unknown[][] => JSON.parse(JSON.stringify(values.map((v) => [v])));

/** Three years of orders (about 180,000 customers, text IDs "C-00042"), in date order, as Excel passes them. */
const orders = lazy(() => {
  const sheet = orderSheet(FULL_COLUMN, 17, { days: 1096 });
  return {
    ids: asExcel(sheet.ids),
    numericIds: asExcel(sheet.ids.map((id) => Number(String(id).trim().slice(2)))),
    dates: asExcel(sheet.dates),
    amounts: asExcel(sheet.amounts),
    customers: new Set(sheet.ids.map((id) => String(id).trim().toLowerCase())).size,
  };
});

/** The same lines in a random order (rows of the 2-D arrays permuted together). */
const shuffled = lazy(() => {
  const o = orders();
  const random = seededRandom(23);
  const order = Array.from({ length: FULL_COLUMN }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return { ids: asExcel(order.map((i) => o.ids[i][0])), dates: asExcel(order.map((i) => o.dates[i][0])) };
});

const abcValues = lazy(() => asExcel(revenueValues(FULL_COLUMN, 7)));
const abcReference = { label: "SEGMENT.ABC on 1,048,576 values", run: () => abc(abcValues()) };

/** Monthly sales of 100,000 customers over 24 months: a level per customer, months without purchases, a few returns (as the STABILITY case). */
const periodSales = lazy(() => {
  const random = seededRandom(31);
  return Array.from({ length: 100_000 }, () => {
    const level = Math.exp(4 + 3 * random());
    const buyRate = random();
    return Array.from({ length: 24 }, () => {
      const u = random();
      if (u > buyRate) return 0;
      return Math.round(level * (0.5 + random()) * (random() < 0.02 ? -1 : 1));
    });
  });
});
const stabilityReference = { label: "SEGMENT.STABILITY on the same block", run: () => stability(periodSales()) };

/** A full column of customers × 12 months (the same generator), as Excel passes it. */
const fullPeriodSales = lazy(() => {
  const random = seededRandom(37);
  return Array.from({ length: FULL_COLUMN }, () => {
    const level = Math.exp(4 + 3 * random());
    const buyRate = random();
    return Array.from({ length: 12 }, () => (random() > buyRate ? 0 : Math.round(level * (0.5 + random()) * (random() < 0.02 ? -1 : 1))));
  });
});

export const cohortCases: BenchCase[] = [
  {
    name: "COHORT, 1,048,576 order lines in date order, text IDs (custom function, customers by month)",
    repeats: 7,
    measureMemory: true,
    subject: { label: "SEGMENT.COHORT", run: () => cohort(orders().ids, orders().dates) },
    reference: abcReference,
    describe: () => `${orders().customers.toLocaleString("en")} customers, 36 monthly cohorts`,
  },
  {
    name: "COHORT, 1,048,576 order lines in date order, text IDs (custom function, revenue by month)",
    repeats: 7,
    subject: { label: "SEGMENT.COHORT", run: () => cohort(orders().ids, orders().dates, "month", "revenue", orders().amounts) },
    reference: abcReference,
  },
  {
    name: "COHORT, 1,048,576 order lines shuffled, text IDs (custom function, customers by month)",
    repeats: 7,
    subject: { label: "SEGMENT.COHORT", run: () => cohort(shuffled().ids, shuffled().dates) },
    reference: abcReference,
  },
  {
    name: "COHORT, 1,048,576 order lines in date order, numeric IDs (custom function, customers by month)",
    repeats: 7,
    subject: { label: "SEGMENT.COHORT", run: () => cohort(orders().numericIds, orders().dates) },
    reference: abcReference,
  },
  {
    name: "XYZ, 100,000 customers × 24 months (custom function)",
    repeats: 7,
    subject: { label: "SEGMENT.XYZ", run: () => xyzClasses(periodSales()) },
    reference: stabilityReference,
  },
  {
    name: "ABCXYZ, 100,000 customers × 24 months (custom function)",
    repeats: 7,
    subject: { label: "SEGMENT.ABCXYZ", run: () => abcXyzClasses(periodSales()) },
    reference: stabilityReference,
  },
  {
    name: "XYZ, 1,048,576 customers × 12 months (custom function)",
    repeats: 5,
    subject: { label: "SEGMENT.XYZ", run: () => xyzClasses(fullPeriodSales()) },
    reference: abcReference,
  },
  {
    name: "ABCXYZ, 1,048,576 customers × 12 months (custom function)",
    repeats: 5,
    subject: { label: "SEGMENT.ABCXYZ", run: () => abcXyzClasses(fullPeriodSales()) },
    reference: abcReference,
  },
];
