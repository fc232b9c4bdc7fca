/**
 * Generated SQL run on PostgreSQL gives the engine's class for every customer. The test starts a
 * throwaway cluster on a Unix socket (harness/postgres.ts); where PostgreSQL is not installed the
 * suite is skipped and says what is missing.
 */
import { openPostgres } from "./harness/databases";
import { lifecycleParityTests, makeSuite, quadrantParityTests, rfmParityTests, summaryParityTests, tierParityTests } from "./harness/paritySuite";
import { postgresMissing } from "./harness/postgres";

const missing = postgresMissing();
if (missing !== null) {
  // The reason a whole suite is skipped must be visible in the run's output.
  console.warn(`PostgreSQL parity tests SKIPPED: missing ${missing}`);
}
const describeIfPostgres = missing === null ? describe : describe.skip;

describeIfPostgres("SQL parity on PostgreSQL", () => {
  const suite = makeSuite(async () => {
    const opened = await openPostgres();
    if ("missing" in opened) throw new Error(`PostgreSQL could not start: ${opened.missing}`);
    return opened.db;
  });
  tierParityTests(suite);
  quadrantParityTests(suite);
  summaryParityTests(suite);
  rfmParityTests(suite);
  lifecycleParityTests(suite);
});
