/**
 * Prints the SQL for one segmentation: `npm run sql -- abc --dialect postgres --table sales`.
 * See docs/sql.md for every method and option. Exit code 2 and a one-line message on a bad option.
 */
import { readFileSync } from "fs";
import { SqlOptionError } from "../src/sql/dialects";
import { generate } from "../src/sql/options";

try {
  process.stdout.write(generate(process.argv.slice(2), (path) => readFileSync(path, "utf8")));
} catch (e) {
  if (!(e instanceof SqlOptionError)) throw e;
  process.stderr.write(`sql: ${e.message}\n`);
  process.exitCode = 2;
}
