/**
 * Data sets that are read where they are, not committed: the CDNOW files of the Python package
 * lifetimes (lifetimes/datasets/ in its repository, MIT licence): cdnow_customers_summary_with_
 * transactions.csv (2 357 customers: ID, x, t_x, T, average repeat spend) and CDNOW_sample.txt /
 * CDNOW_master.txt (order lines: ID [, sample ID], yyyymmdd, CDs, dollars). The folder is
 * $SEGMENT_EXTERNAL_DATA, else shared/data/lifetimes beside the repository. The tests that need a
 * file run when it is there and are skipped, saying which file is missing, when it is not.
 *
 * The same for the R package rfm's orders (github:rsquaredacademy/rfm, data/rfm_data_orders.rda,
 * MIT licence; exported to rfm_data_orders.csv: customer_id, order_date yyyy-mm-dd, revenue):
 * $SEGMENT_RFM_DATA, else shared/data/rfm beside the repository (`rfmDataFile`).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

export const EXTERNAL_DATA_DIR = process.env.SEGMENT_EXTERNAL_DATA ?? join(__dirname, "../../../shared/data/lifetimes");

export const RFM_DATA_DIR = process.env.SEGMENT_RFM_DATA ?? join(__dirname, "../../../shared/data/rfm");

export function externalFile(name: string, dir = EXTERNAL_DATA_DIR): string | null {
  const path = join(dir, name);
  if (existsSync(path)) return readFileSync(path, "utf8");
  // One line in the test output, so a skipped acceptance test is never silent.
  console.warn(`${name} not found in ${dir}: its tests are skipped`);
  return null;
}

/** A file of the R package rfm's data (see above), or null with a printed warning. */
export function rfmDataFile(name: string): string | null {
  return externalFile(name, RFM_DATA_DIR);
}
