/**
 * Named RFM segments (methods.md §7) for the task pane: R, F, M scores 1–5 by quantile bins
 * (rfmScores, src/segment/rfm.ts), then the default rule table, first match wins, OTHERS when
 * none matches (src/segment/rfmSegments.ts) — the same classes as
 * =SEGMENT.RFMSEGMENT(SEGMENT.RFM(recency_days, frequency, monetary)) on the same customers.
 * Recency comes as last order dates or days since (rfmColumns.ts).
 */
import { KIND_NUMBER } from "../../segment/cells";
import { ERROR_ROW, NOT_A_CUSTOMER } from "../../segment/classifyRows";
import { explainClasses } from "../../segment/explain";
import { BREAK_COUNT, FREQUENCY, MONETARY, RECENCY, RFM_DIMENSIONS, rfmScores, SCORE_COUNT, scoresUsed } from "../../segment/rfm";
import { DEFAULT_RFM_RULES, RFM_SEGMENT_CODES, segmentIndexOf } from "../../segment/rfmSegments";
import { readRfmColumns, recencyNote, RECENCY_PARAM, RFM_ROLE_LABELS, RFM_ROLES } from "./rfmColumns";
import { cutValue, frozenAt } from "./frozenValues";
import { CutInfo, FrozenValues, Localized, MethodRun, SegmentMethod } from "./types";

/** Kept bin edges, R then F then M, four each (R in days since the last order). */
function frozenEdges(frozen: FrozenValues): Float64Array[] {
  return RFM_DIMENSIONS.map((dimension, d) =>
    Float64Array.from({ length: BREAK_COUNT }, (_, k) => frozenAt(frozen, d * BREAK_COUNT + k, `${dimension} edge ${k + 1}`)),
  );
}

/** "R edge 1" …: the dimension letters are the same in every language. */
const edgeLabel = (dimension: string, k: number): Localized => ({ en: `${dimension} edge ${k}`, ko: `${dimension} 경계 ${k}`, "zh-CN": `${dimension} 分界 ${k}` });

const OTHERS_TEXT: Localized = { en: "no rule matched", ko: "맞는 규칙 없음", "zh-CN": "无匹配规则" };

/** "R 3–5 · F 3–5 · M 2–5": the rule's inclusive score ranges (codes and digits, the same in every language). */
function ruleText(i: number): string {
  const r = DEFAULT_RFM_RULES[i];
  return `R ${r.rMin}–${r.rMax} · F ${r.fMin}–${r.fMax} · M ${r.mMin}–${r.mMax}`;
}

/** A dimension that uses fewer than five scores: many equal values share a score (rfm.ts says why). */
function collapsedNote(dimension: string, used: number[]): { label: Localized; value: number } {
  const list = used.join(", ");
  return {
    label: {
      en: `${dimension} uses only scores ${list} (many equal values share a score); scores in use`,
      ko: `${dimension}는 점수 ${list}만 사용 (같은 값이 많아 같은 점수를 받음); 사용된 점수 개수`,
      "zh-CN": `${dimension} 只用到分数 ${list}（相同的值很多，共享同一分数）；使用的分数个数`,
    },
    value: used.length,
  };
}

export const RFM_SEGMENT_METHOD: SegmentMethod = {
  id: "RFM_SEGMENTS",
  sheetLabel: { en: "RFM", ko: "RFM", "zh-CN": "RFM" },
  label: { en: "RFM segments (Champions … Lost)", ko: "RFM 세그먼트 (챔피언 … 이탈)", "zh-CN": "RFM 细分（冠军客户 … 流失客户）" },
  description: {
    en: "Scores recency, frequency and monetary 1–5 by quintiles (5 is best), then names each customer by the first matching rule: Champions, Potential loyalist, Loyal customers, Promising, New customers, Can't lose them, At risk, Need attention, About to sleep, Lost; Others when none matches.",
    ko: "최근성·구매 빈도·구매 금액을 5분위로 1–5점(5가 최고) 매긴 뒤, 처음 맞는 규칙으로 이름을 붙입니다: 챔피언, 잠재 충성 고객, 충성 고객, 유망 고객, 신규 고객, 놓치면 안 되는 고객, 위험 고객, 관심 필요, 휴면 직전, 이탈; 맞는 규칙이 없으면 기타.",
    "zh-CN": "按五分位给最近消费、消费频率和消费金额打 1–5 分（5 最好），再按第一条匹配的规则命名：冠军客户、潜在忠诚客户、忠诚客户、有潜力客户、新客户、不能失去的客户、风险客户、需要关注、即将沉睡、流失客户；都不匹配时为其他。",
  },
  roles: [...RFM_ROLES],
  roleLabels: RFM_ROLE_LABELS,
  params: [RECENCY_PARAM],
  summary: "table",
  columnHeader: { en: "RFM segment", ko: "RFM 세그먼트", "zh-CN": "RFM 细分" },
  codes: () => RFM_SEGMENT_CODES,
  freezable: true,
  run(input, p, frozen): MethodRun {
    const columns = readRfmColumns(input, p.recency);
    const scored = rfmScores(columns.recencyDays, columns.frequency, columns.monetary, frozen ? frozenEdges(frozen) : undefined);
    const { kinds, errors } = scored.column;
    const [r, f, m] = scored.scores;
    const classIndex = new Int32Array(kinds.length);
    for (let i = 0; i < kinds.length; i++) {
      classIndex[i] = kinds[i] === KIND_NUMBER ? segmentIndexOf(DEFAULT_RFM_RULES, r[i], f[i], m[i]) : errors.has(i) ? ERROR_ROW : NOT_A_CUSTOMER;
    }
    const codes = RFM_SEGMENT_CODES;
    const cuts: CutInfo[] = codes.map((code, i) => ({ code, share: null, limit: null, text: i < DEFAULT_RFM_RULES.length ? ruleText(i) : OTHERS_TEXT }));
    const notes: MethodRun["notes"][number][] = [recencyNote(columns)];
    if (scored.column.customerCount > 0) {
      notes.push(
        { label: { en: "R = 5 below this many days since the last order", ko: "R = 5: 경과 일수가 이 값 미만", "zh-CN": "R = 5：距上次购买天数低于此值" }, value: scored.breaks[RECENCY][0] },
        { label: { en: "F = 5 from this many orders", ko: "F = 5: 구매 횟수가 이 값 이상", "zh-CN": "F = 5：购买次数不低于此值" }, value: scored.breaks[FREQUENCY][3] },
        { label: { en: "M = 5 from this amount", ko: "M = 5: 구매 금액이 이 값 이상", "zh-CN": "M = 5：消费金额不低于此值" }, value: scored.breaks[MONETARY][3] },
      );
      RFM_DIMENSIONS.forEach((dimension, d) => {
        const used = scoresUsed(scored.counts[d]);
        if (used.length < SCORE_COUNT) notes.push(collapsedNote(dimension, used));
      });
    }
    const cutValues = RFM_DIMENSIONS.flatMap((dimension, d) => Array.from(scored.breaks[d], (edge, k) => cutValue(edgeLabel(dimension, k + 1), edge)));
    return { codes, classIndex, explanation: explainClasses(scored.column, classIndex, codes), cuts, notes, cutValues };
  },
};
