/**
 * The 2×2 legend's action line per quadrant code: what to do with the customers in it, in a
 * short sentence the pane can show inside the grid (the playbook, playbook.ts, has the full
 * advice; these are its first steps, in the same words).
 */
import { Language } from "./language";

type Actions = Readonly<Record<string, string>>;

const en: Actions = {
  EI: "Priority service and a long-term plan.",
  EII: "Find out why they are unstable; reward loyalty now.",
  EIII: "Visit and support them to raise their contribution.",
  EIV: "Check the profit; stop investing if it does not pay.",
  PI: "Close fast: remove the last obstacles.",
  PII: "Invest steadily; reach the decision makers.",
  PIII: "Close with standard offers, low-cost channels.",
  PIV: "Light contact; re-assess when they change.",
  "OLD-LARGE": "Thin margins: clear agreements, no extra concessions.",
  "NEW-LARGE": "Vet carefully and plan before committing.",
  "OLD-SMALL": "Loyal: maintain at low cost.",
  "NEW-SMALL": "Future profit: develop them boldly.",
  HH: "Protect with priority service.",
  HL: "Find out why the second is low; fix it first.",
  LH: "Reliable but small: raise the first measure.",
  LL: "Spend little; check whether it pays.",
};

const ko: Actions = {
  EI: "우선 서비스와 장기 계획으로 관리하세요.",
  EII: "불안정한 이유를 찾고 지금 충성 보상을 주세요.",
  EIII: "방문과 지원으로 기여도를 높이세요.",
  EIV: "이익을 따져 보고 수익이 없으면 투자를 멈추세요.",
  PI: "빠르게 계약하세요: 남은 걸림돌을 없애세요.",
  PII: "꾸준히 투자하고 의사결정자와 관계를 쌓으세요.",
  PIII: "저비용 채널에서 표준 조건으로 마무리하세요.",
  PIV: "가볍게 연락하고 변화가 있으면 다시 평가하세요.",
  "OLD-LARGE": "이익이 얇습니다: 추가 양보 대신 명확한 계약.",
  "NEW-LARGE": "신중히 검증하고 계획한 뒤 거래하세요.",
  "OLD-SMALL": "충성 고객: 낮은 비용으로 유지하세요.",
  "NEW-SMALL": "미래의 이익: 과감히 개발하세요.",
  HH: "우선 서비스로 지키세요.",
  HL: "두 번째 지표가 낮은 이유를 먼저 해결하세요.",
  LH: "믿을 만하지만 작습니다: 첫 번째 지표를 높이세요.",
  LL: "비용을 줄이고 성과를 점검하세요.",
};

const zh: Actions = {
  EI: "优先服务，长期规划。",
  EII: "找出不稳定的原因，立即奖励忠诚。",
  EIII: "定期拜访和支持，提高贡献度。",
  EIV: "核算利润；不划算就停止投入。",
  PI: "尽快签约：扫除最后的障碍。",
  PII: "持续投入，接触决策者。",
  PIII: "用标准方案、低成本渠道成交。",
  PIV: "保持轻度联系，有变化再评估。",
  "OLD-LARGE": "利润薄：明确协议，不额外让步。",
  "NEW-LARGE": "谨慎审核，规划后再合作。",
  "OLD-SMALL": "忠诚：低成本维护。",
  "NEW-SMALL": "未来利润：大胆开发。",
  HH: "以优先服务守住他们。",
  HL: "先解决第二个指标偏低的原因。",
  LH: "可靠但规模小：提高第一个指标。",
  LL: "少投入，检查是否值得。",
};

/** Every language's actions, for the translation tests. */
export const QUADRANT_ACTION_TABLES: Readonly<Record<Language, Actions>> = { en, ko, "zh-CN": zh };

/** The short action for a quadrant code in `language`; undefined for a code of a user's own label set. */
export function quadrantAction(code: string, language: Language): string | undefined {
  return QUADRANT_ACTION_TABLES[language][code] ?? en[code];
}
