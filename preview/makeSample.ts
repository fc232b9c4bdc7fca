/** `npm run sample`: writes assets/sample/customers.xlsx from the seeded generator (src/preview/sampleData.ts). */
import * as path from "path";
import { sampleBook } from "../src/preview/sampleData";
import { sampleWorkbook } from "./sampleXlsx";

const out = path.resolve(__dirname, "../assets/sample/customers.xlsx");
sampleWorkbook(sampleBook())
  .xlsx.writeFile(out)
  .then(() => console.log(`Wrote ${out}`));
