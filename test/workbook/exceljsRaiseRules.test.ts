/**
 * ExcelJS: putting one segmentation's colour rules on top renumbers the sheet's priorities (1 is
 * on top) with its rules first, in their own order, and the others after, in theirs.
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../src/workbook/address";
import { ExcelJsBackend } from "../../src/workbook/exceljsAdapter";

const tone = { fill: "#C6EFCE", font: "#006100" };

test("raised rules take priorities 1…k; the rest keep their order after them", () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data");
  const backend = new ExcelJsBackend(workbook, { sheet: "Data", row: 0, col: 0 });
  const range = parseRange("A2:I11");
  backend.addRules({ sheet: "Data", range, keyColumn: 8, rules: [{ code: "A", formula: '=$I2="A"', tone }, { code: "B", formula: '=$I2="B"', tone }] });
  backend.addRules({ sheet: "Data", range: parseRange("A2:J11"), keyColumn: 9, rules: [{ code: "EI", formula: '=$J2="EI"', tone }, { code: "EII", formula: '=$J2="EII"', tone }] });
  const order = (): [string, number][] =>
    (workbook.getWorksheet("Data") as unknown as { conditionalFormattings: { rules: { formulae: string[]; priority: number }[] }[] }).conditionalFormattings
      .flatMap((cf) => cf.rules.map((r) => [r.formulae[0], r.priority] as [string, number]))
      .sort((a, b) => a[1] - b[1]);
  // The newer (quadrant) rules are on top after adding.
  expect(order().map(([f]) => f)).toEqual(['$J2="EI"', '$J2="EII"', '$I2="A"', '$I2="B"']);
  backend.raiseRules("Data", range, ['=$I2="A"', '=$I2="B"']);
  expect(order()).toEqual([
    ['$I2="A"', 1],
    ['$I2="B"', 2],
    ['$J2="EI"', 3],
    ['$J2="EII"', 4],
  ]);
});
