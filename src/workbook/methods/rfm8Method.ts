/**
 * The Chinese 8-class RFM (RFM 八大类, methods.md §7) for the task pane, on classifyRfm8
 * (src/segment/rfm8.ts): R, F and M each compared with its mean or median over the customers,
 * a value at the threshold counts as low, M decides IMPORTANT/GENERAL. The same classes as
 * =SEGMENT.RFM8(recency_days, frequency, monetary, compare). Recency comes as last order dates
 * or days since (rfmColumns.ts); a shift of every day count moves the mean and median with it,
 * so the classes do not depend on the as-of date.
 */
import { explainClasses } from "../../segment/explain";
import { classifyRfm8, RFM8_CODES } from "../../segment/rfm8";
import { readRfmColumns, recencyNote, RECENCY_PARAM, RFM_ROLE_LABELS, RFM_ROLES } from "./rfmColumns";
import { formatValue } from "../../i18n/formatValue";
import { Language } from "../../i18n/language";
import { CutInfo, Localized, MethodRun, SegmentMethod } from "./types";

/** R, F, M high (H) or low (L) per class, in RFM8_CODES order (rfm8Index). */
const PATTERN = ["HHH", "HLH", "LHH", "LLH", "HHL", "HLL", "LHL", "LLL"];

/** "R < 120 · F > 3.2 · M > 5,400": what the class means with these thresholds (symbols in every language, numbers in each one's digits). */
function classText(i: number, t: readonly [number, number, number]): Localized {
  const [r, f, m] = PATTERN[i];
  const text = (l: Language): string => {
    const fmt = (v: number): string => formatValue(v, l);
    return `R ${r === "H" ? "<" : "≥"} ${fmt(t[0])} · F ${f === "H" ? ">" : "≤"} ${fmt(t[1])} · M ${m === "H" ? ">" : "≤"} ${fmt(t[2])}`;
  };
  return { en: text("en"), ko: text("ko"), "zh-CN": text("zh-CN") };
}

function thresholdNotes(compare: "mean" | "median", t: readonly [number, number, number]): { label: Localized; value: number }[] {
  const by: Localized = compare === "mean" ? { en: "mean", ko: "평균", "zh-CN": "平均值" } : { en: "median", ko: "중앙값", "zh-CN": "中位数" };
  return [
    {
      label: { en: `Recency threshold (${by.en} of days since the last order)`, ko: `최근성 기준값 (경과 일수의 ${by.ko})`, "zh-CN": `最近消费阈值（距上次购买天数的${by["zh-CN"]}）` },
      value: t[0],
    },
    { label: { en: `Frequency threshold (${by.en} of orders)`, ko: `구매 빈도 기준값 (구매 횟수의 ${by.ko})`, "zh-CN": `消费频率阈值（购买次数的${by["zh-CN"]}）` }, value: t[1] },
    { label: { en: `Monetary threshold (${by.en} of amounts)`, ko: `구매 금액 기준값 (금액의 ${by.ko})`, "zh-CN": `消费金额阈值（金额的${by["zh-CN"]}）` }, value: t[2] },
  ];
}

export const RFM8_METHOD: SegmentMethod = {
  id: "RFM8",
  sheetLabel: { en: "RFM 8 classes", ko: "RFM 8분류", "zh-CN": "RFM 八大类" },
  label: { en: "RFM 8 classes (important/general value …)", ko: "RFM 8분류 (중요 가치 고객 …)", "zh-CN": "RFM 八大类客户（重要价值客户 …）" },
  description: {
    en: "Compares recency, frequency and monetary each with its mean (or median): recent, frequent and high-spending customers are IMPORTANT-VALUE; M above the threshold makes a class IMPORTANT, below it GENERAL. A value at the threshold counts as low.",
    ko: "최근성·구매 빈도·구매 금액을 각각 평균(또는 중앙값)과 비교합니다: 최근에, 자주, 많이 산 고객은 IMPORTANT-VALUE(중요 가치 고객)이고, 금액이 기준보다 높으면 IMPORTANT(중요), 낮으면 GENERAL(일반)입니다. 기준값과 같으면 낮음입니다.",
    "zh-CN": "把最近消费、消费频率和消费金额分别与其平均值（或中位数）比较：最近、频繁、高消费的客户为 IMPORTANT-VALUE（重要价值客户）；金额高于阈值为 IMPORTANT（重要），低于为 GENERAL（一般）。等于阈值算低。",
  },
  roles: [...RFM_ROLES],
  roleLabels: RFM_ROLE_LABELS,
  params: [
    {
      key: "compare",
      label: { en: "Compare each dimension with its", ko: "각 지표의 비교 기준", "zh-CN": "各维度的比较基准" },
      choices: [
        { value: "mean", label: { en: "Mean", ko: "평균", "zh-CN": "平均值" } },
        { value: "median", label: { en: "Median", ko: "중앙값", "zh-CN": "中位数" } },
      ],
      defaultValue: "mean",
    },
    RECENCY_PARAM,
  ],
  summary: "table",
  columnHeader: { en: "RFM 8 class", ko: "RFM 8분류", "zh-CN": "RFM 八大类" },
  codes: () => RFM8_CODES,
  run(input, p): MethodRun {
    const compare = p.compare === "median" ? "median" : "mean";
    const columns = readRfmColumns(input, p.recency);
    const result = classifyRfm8(columns.recencyDays, columns.frequency, columns.monetary, compare);
    const cuts: CutInfo[] = RFM8_CODES.map((code, i) => ({ code, share: null, limit: null, text: classText(i, result.thresholds) }));
    return {
      codes: RFM8_CODES,
      classIndex: result.classIndex,
      explanation: explainClasses(result.column, result.classIndex, RFM8_CODES),
      cuts,
      notes: [recencyNote(columns), ...thresholdNotes(compare, result.thresholds)],
    };
  },
};
