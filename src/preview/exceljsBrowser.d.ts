/** ExcelJS's prebuilt browser bundle: the same API as the package's main entry. */
declare module "exceljs/dist/exceljs.bare.min.js" {
  import * as ExcelJS from "exceljs";
  export = ExcelJS;
}
