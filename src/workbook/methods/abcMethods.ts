/** ABC and ABCD tiers (methods.md §1) for the task pane, on top of fitTierRequest (src/segment/abc.ts). */
import { FittedTiers, fitTierRequest, TierRequest } from "../../segment/abc";
import { computedClassOf } from "../../segment/computedAbc";
import { readNumberColumn } from "../../segment/cells";
import { classifyRows } from "../../segment/classifyRows";
import { ABC_PRESETS, ABCD_PRESETS, Basis, defaultCuts, parsePreset } from "../../segment/cuts";
import { explainClasses } from "../../segment/explain";
import { BoundaryRule, classOfLimits, TIER_CODES } from "../../segment/tiers";
import { paretoCurve } from "./curve";
import { cutLabel, cutValue, frozenAt } from "./frozenValues";
import { CutInfo, FrozenValues, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const DEFAULT = "default";
const AUTO = "auto";

/** "80/95" for [0.8, 0.95]: the cumulative preset form that SEGMENT.ABCOF reads back exactly. */
export function cutsText(cuts: readonly number[]): string {
  return cuts.map((c) => String(Math.round(c * 1e6) / 1e4)).join("/");
}

function params(classCount: number): ParamSpec[] {
  const presets = classCount === 3 ? ABC_PRESETS : ABCD_PRESETS;
  const [byValue, byCount] = classCount === 3 ? ["80/95", "20/30"] : ["50/80/95", "20/30/50"];
  const defaultLabel = {
    en: `Default: ${byValue} by value, ${byCount} by count`,
    ko: `기본값: 금액 기준 ${byValue}, 고객 수 기준 ${byCount}`,
    "zh-CN": `默认：按金额 ${byValue}，按客户数 ${byCount}`,
  };
  const cutChoices = [
    { value: DEFAULT, label: defaultLabel },
    ...presets.map((p) => ({ value: p, label: { en: p } })),
  ];
  if (classCount === 3) cutChoices.push({ value: AUTO, label: { en: "Computed from the data (Ultsch & Lötsch)", ko: "데이터에서 계산 (Ultsch & Lötsch)", "zh-CN": "由数据计算（Ultsch & Lötsch）" } });
  return [
    { key: "cuts", label: { en: "Cuts", ko: "기준점", "zh-CN": "分界点" }, choices: cutChoices, defaultValue: DEFAULT },
    {
      key: "rule",
      label: { en: "Customer crossing a cut", ko: "경계 고객", "zh-CN": "跨界客户" },
      choices: [
        { value: "reach", label: { en: "Goes to the higher class", ko: "상위 등급에 넣기", "zh-CN": "归入较高等级" } },
        { value: "byhand", label: { en: "Share ≤ cut (like a SUMIF sheet)", ko: "비중 ≤ 기준 (SUMIF 방식)", "zh-CN": "占比 ≤ 分界（SUMIF 方式）" } },
      ],
      defaultValue: "reach",
    },
    {
      key: "basis",
      label: { en: "Shares of", ko: "비중 기준", "zh-CN": "占比依据" },
      choices: [
        { value: "value", label: { en: "Value", ko: "금액", "zh-CN": "金额" } },
        { value: "count", label: { en: "Customers (top 20 % …)", ko: "고객 수 (상위 20 % …)", "zh-CN": "客户数（前 20 % …）" } },
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

/**
 * The class of a value under kept limits, by the rule that produced them: computed cuts put a
 * value above the A limit in A and from the B limit on in B (computedAbc.ts), shares put it in the
 * first class whose lowest value it reaches (tiers.ts).
 */
function classOfFrozen(p: MethodParams, limits: readonly number[]): (value: number) => number {
  if (p.cuts === AUTO) return (v) => computedClassOf(v, { abLimit: limits[0], bcLimit: limits[1], aEffort: NaN, cEffort: NaN });
  return (v) => classOfLimits(limits, v);
}

function frozenLimits(frozen: FrozenValues, classCount: number, codes: readonly string[]): number[] {
  return Array.from({ length: classCount - 1 }, (_, i) => frozenAt(frozen, i, `${codes[i]} cut`));
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
      ko:
        classCount === 3
          ? "고객을 금액 순으로 세워 누적 금액의 80 %까지 A, 다음 15 %는 B, 나머지는 C로 나눕니다."
          : "고객을 금액 순으로 세워 누적 금액의 50 %까지 A, 80 %까지 B, 95 %까지 C, 나머지는 D로 나눕니다.",
      "zh-CN":
        classCount === 3
          ? "按金额给客户排序：累计金额前 80 % 为 A，其后 15 % 为 B，其余为 C。"
          : "按金额给客户排序：累计金额前 50 % 为 A，至 80 % 为 B，至 95 % 为 C，其余为 D。",
    },
    roles: ["value"],
    params: params(classCount),
    summary: "curve",
    columnHeader: { en: `${id} class`, ko: `${id} 등급`, "zh-CN": `${id} 等级` },
    codes: () => TIER_CODES.slice(0, classCount),
    freezable: true,
    classOfValue: (value, cuts, p) => classOfFrozen(p, frozenLimits(cuts, classCount, TIER_CODES))(value),
    run(input, p, frozen): MethodRun {
      const column = readNumberColumn(input.columns.value ?? []);
      const fitted: FittedTiers = frozen
        ? (() => {
            const limits = frozenLimits(frozen, classCount, TIER_CODES);
            return { codes: TIER_CODES.slice(0, classCount), cuts: null, limits, classOf: classOfFrozen(p, limits) };
          })()
        : fitTierRequest(column, request(p, classCount), classCount);
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
        cutValues: fitted.limits.map((limit, i) => cutValue(cutLabel(fitted.codes[i]), limit)),
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
