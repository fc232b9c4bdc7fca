/** Pareto 80/20 (methods.md §2) for the task pane, on top of fitPareto (src/segment/pareto.ts). */
import { readNumberColumn } from "../../segment/cells";
import { classifyRows } from "../../segment/classifyRows";
import { explainClasses } from "../../segment/explain";
import { fitPareto, paretoGroupOf, ParetoModel, PARETO_CODES } from "../../segment/pareto";
import { paretoCurve } from "./curve";
import { cutLabel, cutValue, frozenAt } from "./frozenValues";
import { MethodRun, SegmentMethod } from "./types";

const CUTS = ["0.8", "0.7", "0.75", "0.85", "0.9"];

export const PARETO_METHOD: SegmentMethod = {
  id: "PARETO",
  sheetLabel: { en: "Pareto", ko: "파레토", "zh-CN": "帕累托" },
  label: { en: "Pareto 80/20", ko: "파레토 80/20", "zh-CN": "帕累托 80/20" },
  description: {
    en: "VITAL: the fewest customers bringing 80 % of value; LOSS: customers with a negative value; REST: everyone else.",
    ko: "VITAL: 금액의 80 %를 가져다주는 가장 적은 수의 고객, LOSS: 금액이 음수인 고객, REST: 나머지 고객.",
    "zh-CN": "VITAL：贡献 80 % 金额的最少数客户；LOSS：金额为负的客户；REST：其余客户。",
  },
  roles: ["value"],
  params: [
    {
      key: "cut",
      label: { en: "Vital few bring", ko: "핵심 고객 비중", "zh-CN": "关键少数占比" },
      choices: CUTS.map((c) => {
        const percent = Math.round(Number(c) * 100);
        return { value: c, label: { en: `${percent} % of value`, ko: `금액의 ${percent} %`, "zh-CN": `金额的 ${percent} %` } };
      }),
      defaultValue: "0.8",
    },
  ],
  summary: "curve",
  columnHeader: { en: "Pareto group", ko: "파레토 그룹", "zh-CN": "帕累托分组" },
  codes: () => PARETO_CODES,
  freezable: true,
  classOfValue: (value, cuts) => paretoGroupOf({ threshold: frozenAt(cuts, 0, "VITAL cut") } as ParetoModel, value),
  run(input, p, frozen): MethodRun {
    const column = readNumberColumn(input.columns.value ?? []);
    const fitted = fitPareto(column, Number(p.cut ?? "0.8"));
    // Kept: the vital few are those reaching the kept value; the curve and Gini stay this month's.
    const model: ParetoModel = frozen ? { ...fitted, threshold: frozenAt(frozen, 0, "VITAL cut") } : fitted;
    const classIndex = classifyRows(column, (v) => paretoGroupOf(model, v));
    const explanation = explainClasses(column, classIndex, PARETO_CODES);
    return {
      codes: PARETO_CODES,
      classIndex,
      explanation,
      cuts: [
        // A kept value no longer closes a share of this month's value: no share is claimed for it.
        { code: "VITAL", share: frozen ? null : model.cut, limit: Number.isFinite(model.threshold) ? model.threshold : null },
        { code: "REST", share: null, limit: 0 },
        { code: "LOSS", share: null, limit: null, text: "< 0" },
      ],
      curve: paretoCurve(column),
      cutValues: [cutValue(cutLabel("VITAL"), model.threshold)],
      notes: [
        { label: { en: "Share of customers in the vital few", ko: "핵심 고객 비율", "zh-CN": "关键少数客户占比" }, value: frozen ? explanation.classes[0].customerShare : model.ratio, format: "percent" },
        { label: { en: "Gini coefficient", ko: "지니 계수", "zh-CN": "基尼系数" }, value: model.gini, format: "number" },
      ],
    };
  },
  formula: (refs, p) => `=SEGMENT.PARETOOF(${refs.value},${refs.values},${Number(p.cut ?? "0.8")})`,
};
