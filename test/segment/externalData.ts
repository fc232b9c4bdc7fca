/**
 * Data sets that are read where they are, not committed: the CDNOW files of the Python package
 * lifetimes (lifetimes/datasets/ in its repository, MIT licence): cdnow_customers_summary_with_
 * transactions.csv (2 357 customers: ID, x, t_x, T, average repeat spend) and CDNOW_sample.txt /
 * CDNOW_master.txt (order lines: ID [, sample ID], yyyymmdd, CDs, dollars). The folder is
 * $SEGMENT_EXTERNAL_DATA, else shared/data/lifetimes beside the repository. The tests that need a
 * file run when it is there and are skipped, saying which file is missing, when it is not.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

export const EXTERNAL_DATA_DIR = process.env.SEGMENT_EXTERNAL_DATA ?? join(__dirname, "../../../shared/data/lifetimes");

export function externalFile(name: string): string | null {
  const path = join(EXTERNAL_DATA_DIR, name);
  if (existsSync(path)) return readFileSync(path, "utf8");
  // One line in the test output, so a skipped acceptance test is never silent.
  console.warn(`${name} not found in ${EXTERNAL_DATA_DIR}: its tests are skipped`);
  return null;
}
