/** Generated SQL run on DuckDB (in process, @duckdb/node-api) gives the engine's class for every customer. */
import { openDuckDb } from "./harness/databases";
import { lifecycleParityTests, makeSuite, quadrantParityTests, rfmParityTests, summaryParityTests, tierParityTests } from "./harness/paritySuite";

describe("SQL parity on DuckDB", () => {
  const suite = makeSuite(openDuckDb);
  tierParityTests(suite);
  quadrantParityTests(suite);
  summaryParityTests(suite);
  rfmParityTests(suite);
  lifecycleParityTests(suite);
});
