/**
 * ABC–XYZ (methods.md §14) for the task pane, on abcXyz (src/segment/xyz.ts): the ABC class of
 * each customer's total over the period columns (ABC's defaults: 80/95 of value, "reach"), then
 * its XYZ letter by the coefficient of variation of its period sales (X ≤ 0.5 < Y ≤ 1.0 < Z by
 * default). Reads the period columns (`usesPeriods`), one column per month or quarter; a blank
 * period is a period without sales. The same classes as =SEGMENT.ABCXYZ(period_sales, abc_cuts,
 * xyz_cuts); no per-row formula exists (the classes come from the whole block), so the pane writes
 * values.
 *
 * The summary's value is each customer's total over the periods (what ABC is measured on); the
 * summary draws the nine classes as a 3×3 grid (`grid`), counts and totals, in the class colours.
 */
import { formatNumber } from "../../i18n/formatValue";
import { Language } from "../../i18n/language";
import { parsePreset } from "../../segment/cuts";
import { explainClasses } from "../../segment/explain";
import { readPeriodMatrix } from "../../segment/periodMatrix";
import { ABC_XYZ_CODES, abcXyz, DEFAULT_ABC_REQUEST, DEFAULT_XYZ_CUTS } from "../../segment/xyz";
import { CutInfo, Localized, MethodRun, ParamChoice, SegmentMethod } from "./types";

const ABC_CHOICES: readonly ParamChoice[] = ["80/95", "70/90", "50/80"].map((p) => ({ value: p, label: { en: p } }));

/** CV cuts as "x/y"; the first is the default (common practice, see xyz.ts). */
const XYZ_CHOICES: readonly ParamChoice[] = [
  { value: "0.5/1", label: { en: "X: CV ≤ 0.5, Y: CV ≤ 1.0 (common practice)", ko: "X: 변동계수 ≤ 0.5, Y: ≤ 1.0 (일반적 관행)", "zh-CN": "X：变异系数 ≤ 0.5，Y：≤ 1.0（常用做法）" } },
  { value: "0.25/0.5", label: { en: "Stricter: X: CV ≤ 0.25, Y: CV ≤ 0.5", ko: "더 엄격하게: X: 변동계수 ≤ 0.25, Y: ≤ 0.5", "zh-CN": "更严格：X：变异系数 ≤ 0.25，Y：≤ 0.5" } },
  { value: "1/1.5", label: { en: "Looser: X: CV ≤ 1.0, Y: CV ≤ 1.5", ko: "더 느슨하게: X: 변동계수 ≤ 1.0, Y: ≤ 1.5", "zh-CN": "更宽松：X：变异系数 ≤ 1.0，Y：≤ 1.5" } },
];

function xyzCutsOf(value: string | undefined): [number, number] {
  const parts = (value ?? "").split("/").map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) && parts[0] < parts[1] ? [parts[0], parts[1]] : [...DEFAULT_XYZ_CUTS];
}

/** A sales threshold as the cut column shows it: whole numbers with separators, else 2 decimals; "—" when no customer reaches it. */
function amount(v: number, language: Language): string {
  return formatNumber(v, language, Number.isInteger(v) ? 0 : 2);
}

const TOTAL: Localized = { en: "total", ko: "합계", "zh-CN": "合计" };

export const ABC_XYZ_METHOD: SegmentMethod = {
  id: "ABC_XYZ",
  sheetLabel: { en: "ABC–XYZ", ko: "ABC–XYZ", "zh-CN": "ABC–XYZ" },
  label: { en: "ABC–XYZ (monthly sales)", ko: "ABC–XYZ (월별 매출)", "zh-CN": "ABC–XYZ（月度销售）" },
  description: {
    en: "From one column per month or quarter: ABC by each customer's total (A = first 80 % of sales, B = next 15 %), XYZ by how regularly it buys (coefficient of variation of its period sales: X ≤ 0.5, Y ≤ 1.0, Z above); nine classes AX … CZ.",
    ko: "월 또는 분기마다 한 열에서: 고객별 합계로 ABC(매출 누적 80 %까지 A, 다음 15 %는 B), 얼마나 규칙적으로 사는지로 XYZ(기간별 매출의 변동계수: 0.5 이하 X, 1.0 이하 Y, 그 위 Z)를 정해 AX … CZ의 9개 등급으로 나눕니다.",
    "zh-CN": "根据每月或每季度一列的销售额：按客户合计做 ABC（累计销售额前 80 % 为 A，其后 15 % 为 B），按购买的规律程度做 XYZ（各期销售额的变异系数：不超过 0.5 为 X，不超过 1.0 为 Y，更高为 Z），共 AX … CZ 九类。",
  },
  roles: [],
  params: [
    { key: "abcCuts", label: { en: "ABC cuts (cumulative % of sales)", ko: "ABC 기준점 (매출 누적 %)", "zh-CN": "ABC 分界点（销售额累计 %）" }, choices: ABC_CHOICES, defaultValue: "80/95" },
    { key: "xyzCuts", label: { en: "XYZ cuts (coefficient of variation)", ko: "XYZ 기준값 (변동계수)", "zh-CN": "XYZ 阈值（变异系数）" }, choices: XYZ_CHOICES, defaultValue: "0.5/1" },
  ],
  summary: "grid",
  columnHeader: { en: "ABC–XYZ class", ko: "ABC–XYZ 등급", "zh-CN": "ABC–XYZ 类别" },
  usesPeriods: true,
  codes: () => ABC_XYZ_CODES,
  run(input, p): MethodRun {
    const matrix = readPeriodMatrix(input.periods ?? []);
    const abcCuts = ABC_CHOICES.some((c) => c.value === p.abcCuts) ? parsePreset(p.abcCuts, 3) : (DEFAULT_ABC_REQUEST.cuts as number[]);
    const xyzCuts = xyzCutsOf(p.xyzCuts);
    const result = abcXyz(matrix, { ...DEFAULT_ABC_REQUEST, cuts: abcCuts }, xyzCuts);
    const [aLimit, bLimit] = result.abc.limits;
    const codes = ABC_XYZ_CODES;
    const [x, y] = xyzCuts;
    const abcText = (a: number, l: "en" | "ko" | "zh-CN"): string =>
      a === 0 ? `${TOTAL[l]} ≥ ${amount(aLimit, l)}` : a === 1 ? `${TOTAL[l]} ≥ ${amount(bLimit, l)}` : `${TOTAL[l]} < ${amount(bLimit, l)}`;
    const xyzText = (z: number): string => (z === 0 ? `CV ≤ ${x}` : z === 1 ? `${x} < CV ≤ ${y}` : `CV > ${y}`);
    const cuts: CutInfo[] = codes.map((code, i) => {
      const a = Math.floor(i / 3);
      const z = i % 3;
      return { code, share: null, limit: null, text: { en: `${abcText(a, "en")} · ${xyzText(z)}`, ko: `${abcText(a, "ko")} · ${xyzText(z)}`, "zh-CN": `${abcText(a, "zh-CN")} · ${xyzText(z)}` } };
    });
    return {
      codes,
      classIndex: result.classIndex,
      explanation: explainClasses(matrix.rows, result.classIndex, codes),
      cuts,
      grid: {
        caption: {
          en: "ABC by total sales (rows) × XYZ by how regularly they buy (columns)",
          ko: "합계 매출에 따른 ABC (행) × 구매 규칙성에 따른 XYZ (열)",
          "zh-CN": "按合计销售额的 ABC（行）× 按购买规律程度的 XYZ（列）",
        },
        rows: ["A", "B", "C"],
        columns: ["X", "Y", "Z"],
        valueLabel: { en: "Sales over the periods", ko: "기간 합계 매출", "zh-CN": "各期合计销售额" },
      },
      notes: [
        { label: { en: "Period columns read", ko: "읽은 기간 열", "zh-CN": "读取的期间列" }, value: matrix.periods },
        {
          label: { en: "Customers without sales in any period (no class)", ko: "어느 기간에도 매출이 없는 고객 (등급 없음)", "zh-CN": "所有期间都没有销售的客户（无类别）" },
          value: result.noSales,
        },
        { label: { en: "X: coefficient of variation up to", ko: "X: 변동계수 상한", "zh-CN": "X：变异系数上限" }, value: x, digits: 2 },
        { label: { en: "Y: coefficient of variation up to", ko: "Y: 변동계수 상한", "zh-CN": "Y：变异系数上限" }, value: y, digits: 2 },
      ],
    };
  },
};
