/**
 * ABC by growth (methods.md §3, seed 001) for the task pane, on abcGrowth (src/segment/growth.ts):
 * A = the top share of customers by the latest year's sales, B = not A and sales rose in each of
 * the last two years, C = everyone else. Like the contribution × stability method it reads period
 * columns (`usesPeriods`): one column per year, oldest first; a blank year is a year without
 * sales. The same classes as =SEGMENT.ABCGROWTH(year_sales, top).
 *
 * The summary's value is each customer's latest-year sales (what A is measured on), so the class
 * table's lowest A value is the A threshold.
 */
import { KIND_NUMBER, NumberColumn } from "../../segment/cells";
import { explainClasses } from "../../segment/explain";
import { ABC_GROWTH_CODES, abcGrowth, B_STREAK, DEFAULT_TOP } from "../../segment/growth";
import { readPeriodMatrix, PeriodMatrix } from "../../segment/periodMatrix";
import { CutInfo, MethodRun, SegmentMethod } from "./types";

/** Each row's sales in the last period column (NaN where the row is not a customer). */
function latestPeriod(matrix: PeriodMatrix): NumberColumn {
  const { periods, sales, rowCount, rows } = matrix;
  const values = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) values[r] = rows.kinds[r] === KIND_NUMBER ? sales[r * periods + periods - 1] : NaN;
  return { ...rows, values };
}

export const ABC_GROWTH_METHOD: SegmentMethod = {
  id: "ABC_GROWTH",
  sheetLabel: { en: "ABC growth", ko: "ABC 성장", "zh-CN": "ABC 增长" },
  label: { en: "ABC by growth (yearly sales)", ko: "성장 기준 ABC (연도별 매출)", "zh-CN": "按增长划分 ABC（年度销售额）" },
  description: {
    en: "From one column per year, oldest first: A = the top 20 % of customers by the latest year's sales; B = the others whose sales rose in each of the last two years; C = everyone else.",
    ko: "연도마다 한 열(오래된 연도부터)에서: A = 최근 연도 매출 상위 20 % 고객, B = 나머지 중 최근 2년 연속 매출이 늘어난 고객, C = 그 밖의 고객.",
    "zh-CN": "每年一列（从最早的年份开始）：A = 最近一年销售额前 20 % 的客户；B = 其余客户中最近两年销售额连续增长的；C = 其他客户。",
  },
  roles: [],
  params: [
    {
      key: "top",
      label: { en: "A = the top customers by the latest year", ko: "A = 최근 연도 매출 상위 고객", "zh-CN": "A = 最近一年销售额靠前的客户" },
      choices: [10, 20, 30].map((percent) => ({
        value: String(percent / 100),
        label: { en: `Top ${percent} %`, ko: `상위 ${percent} %`, "zh-CN": `前 ${percent} %` },
      })),
      defaultValue: String(DEFAULT_TOP),
    },
  ],
  summary: "table",
  columnHeader: { en: "ABC by growth", ko: "성장 기준 ABC", "zh-CN": "按增长 ABC" },
  usesPeriods: true,
  codes: () => ABC_GROWTH_CODES,
  run(input, p): MethodRun {
    const top = Number(p.top);
    const matrix = readPeriodMatrix(input.periods ?? []);
    const result = abcGrowth(matrix, Number.isFinite(top) ? top : DEFAULT_TOP);
    const codes = ABC_GROWTH_CODES;
    const cuts: CutInfo[] = [
      { code: codes[0], share: null, limit: Number.isFinite(result.aThreshold) ? result.aThreshold : null },
      {
        code: codes[1],
        share: null,
        limit: null,
        text: { en: `rose in each of the last ${B_STREAK} years`, ko: `최근 ${B_STREAK}년 연속 증가`, "zh-CN": `最近 ${B_STREAK} 年连续增长` },
      },
      { code: codes[2], share: null, limit: null, text: { en: "everyone else", ko: "그 밖의 고객", "zh-CN": "其他客户" } },
    ];
    return {
      codes,
      classIndex: result.classIndex,
      explanation: explainClasses(latestPeriod(matrix), result.classIndex, codes),
      cuts,
      notes: [{ label: { en: "Year columns read", ko: "읽은 연도 열", "zh-CN": "读取的年份列" }, value: matrix.periods }],
    };
  },
};
