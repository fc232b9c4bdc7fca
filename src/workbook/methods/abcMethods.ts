/** ABC and ABCD tiers (methods.md §1) for the task pane, on top of fitTierRequest (src/segment/abc.ts). */
import { fitTierRequest, TierRequest } from "../../segment/abc";
import { readNumberColumn } from "../../segment/cells";
import { classifyRows } from "../../segment/classifyRows";
import { ABC_PRESETS, ABCD_PRESETS, Basis, defaultCuts, parsePreset } from "../../segment/cuts";
import { explainClasses } from "../../segment/explain";
import { BoundaryRule, TIER_CODES } from "../../segment/tiers";
import { paretoCurve } from "./curve";
import { CutInfo, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const DEFAULT = "default";
const AUTO = "auto";

/** "80/95" for [0.8, 0.95]: the cumulative preset form that SEGMENT.ABCOF reads back exactly. */
export function cutsText(cuts: readonly number[]): string {
  return cuts.map((c) => String(Math.round(c * 1e6) / 1e4)).join("/");
}

function params(classCount: number): ParamSpec[] {
  const presets = classCount === 3 ? ABC_PRESETS : ABCD_PRESETS;
  const defaultLabel = classCount === 3 ? "Default: 80/95 by value, 20/30 by count" : "Default: 50/80/95 by value, 20/30/50 by count";
  const cutChoices = [
    { value: DEFAULT, label: { en: defaultLabel, ko: "기본값", "zh-CN": "默认" } },
    ...presets.map((p) => ({ value: p, label: { en: p } })),
  ];
  if (classCount === 3) cutChoices.push({ value: AUTO, label: { en: "Computed from the data (Ultsch & Lötsch)", ko: "데이터에서 계산", "zh-CN": "由数据计算" } });
  return [
    { key: "cuts", label: { en: "Cuts", ko: "구간", "zh-CN": "分界" }, choices: cutChoices, defaultValue: DEFAULT },
    {
      key: "rule",
      label: { en: "Customer crossing a cut", ko: "경계 고객", "zh-CN": "跨界客户" },
      choices: [
        { value: "reach", label: { en: "Goes to the higher class", ko: "상위 등급", "zh-CN": "归入较高等级" } },
        { value: "byhand", label: { en: "Share ≤ cut (like a SUMIF sheet)", ko: "비중 ≤ 기준 (SUMIF 방식)", "zh-CN": "占比 ≤ 分界（SUMIF 方式）" } },
      ],
      defaultValue: "reach",
    },
    {
      key: "basis",
      label: { en: "Shares of", ko: "비중 기준", "zh-CN": "占比依据" },
      choices: [
        { value: "value", label: { en: "Value", ko: "금액", "zh-CN": "金额" } },
        { value: "count", label: { en: "Customers (top 20 % …)", ko: "고객 수", "zh-CN": "客户数" } },
      ],
      defaultValue: "value",
    },
  ];
}

function request(p: MethodParams, classCount: number): TierRequest {
  const basis = (p.basis === "count" ? "count" : "value") as Basis;
  const rule = (p.rule === "byhand" ? "byhand" : "reach") as BoundaryRule;
  if (p.cuts === AUTO) return { cuts: "auto", rule, basis };
  const cuts = !p.cuts || p.cuts === DEFAULT ? defaultCuts(classCount, basis) : parsePreset(p.cuts, classCount);
  return { cuts, rule, basis };
}

function tierMethod(id: "ABC" | "ABCD", classCount: 3 | 4): SegmentMethod {
  return {
    id,
    label: classCount === 3 ? { en: "ABC (3 tiers)", ko: "ABC (3등급)", "zh-CN": "ABC（3 级）" } : { en: "ABCD (4 tiers)", ko: "ABCD (4등급)", "zh-CN": "ABCD（4 级）" },
    description: {
      en:
        classCount === 3
          ? "Rank customers by value; A brings the first 80 % of value, B the next 15 %, C the rest."
          : "Rank customers by value; A brings the first 50 %, B up to 80 %, C up to 95 %, D the rest.",
    },
    roles: ["value"],
    params: params(classCount),
    summary: "curve",
    columnHeader: { en: `${id} class`, ko: `${id} 등급`, "zh-CN": `${id} 等级` },
    codes: () => TIER_CODES.slice(0, classCount),
    run(input, p): MethodRun {
      const column = readNumberColumn(input.columns.value ?? []);
      const fitted = fitTierRequest(column, request(p, classCount), classCount);
      const classIndex = classifyRows(column, fitted.classOf);
      const cuts: CutInfo[] = fitted.codes.map((code, i) => ({
        code,
        share: fitted.cuts && i < fitted.cuts.length ? fitted.cuts[i] : null,
        limit: i < fitted.limits.length && Number.isFinite(fitted.limits[i]) ? fitted.limits[i] : null,
      }));
      return {
        codes: fitted.codes,
        classIndex,
        explanation: explainClasses(column, classIndex, fitted.codes),
        cuts,
        curve: paretoCurve(column),
        notes: [],
      };
    },
    formula(refs, p): string {
      const r = request(p, classCount);
      const cuts = r.cuts === "auto" ? "auto" : cutsText(r.cuts);
      const fn = classCount === 3 ? "SEGMENT.ABCOF" : "SEGMENT.ABCDOF";
      return `=${fn}(${refs.value},${refs.values},"${cuts}","${r.rule}","${r.basis}")`;
    },
  };
}

export const ABC_METHOD = tierMethod("ABC", 3);
export const ABCD_METHOD = tierMethod("ABCD", 4);
