/**
 * The strategy playbook: for every class code a SEGMENT function returns (and every customer
 * type a user can tag), the recommended approach, per language. SEGMENT.STRATEGY reads it.
 *
 * It is data, keyed by code, so that
 * - adding a code (an RFM segment, a lifecycle stage …) is one line in `en` below;
 * - Korean and Chinese tables plug in by filling `ko` / `zh-CN`: any code missing there falls
 *   back to English, entry by entry, so a half-translated table is still complete.
 * Keys are matched ignoring case, with spaces and underscores read as hyphens
 * ("Discount seeker" finds DISCOUNT-SEEKER), so a key may be written in any of those forms;
 * customer types are also found by their Korean and Chinese names (customerTypeNames.ts).
 *
 * Sources: seed 003 for A–D, seed 000 for the Pareto groups and tenure × size, seed 002 for
 * EI–EIV and PI–PIV (methods.md §4 gives the wording; PIII/PIV are ours, the seed is cut off),
 * seed 004 for the customer types and the lifecycle approaches (seed 003 names the stages); the
 * RFM segment and 8-class advice is the usual practice for those segments, in our words, and so
 * is the X/Y/Z and ABC–XYZ advice (methods.md §14: the nine cells of sales and supply planning).
 */
import { CUSTOMER_TYPE_NAME_TABLES } from "./customerTypeNames";
import { currentLanguage, Language, LANGUAGES } from "./language";

type Playbook = Readonly<Record<string, string>>;

const en: Playbook = {
  // ABC / ABCD tiers and ABC by growth (seed 003; for ABCGROWTH, B means "rising two years").
  A: "Most important customers: give them personal, customised service and keep their loyalty (regular visits, priority support, first look at new products).",
  B: "Customers with potential: use promotions and personal service to lift them to A.",
  C: "General customers: serve them in batches at low cost (standard offers, group mailings, self-service).",
  D: "Lowest-value customers: keep service lean and use occasional promotions to lift them to C.",

  // Pareto 80/20 (seed 000).
  VITAL:
    "The vital few who bring most of the profit: give them more attention even when it costs more, and study what they have in common and why they stay loyal, to keep them and find more like them.",
  REST: "They neither lose nor earn much, but they keep the company's scale: keep them with efficient standard service and look among them for customers who can grow.",
  LOSS: "They cost more than they bring (a drain on resources): analyse why (returns, discounts, cost to serve), fix the terms, and stop investing if they will not change.",

  // Existing customers: x = contribution, y = stability (seed 002).
  EI: "Consolidate: focus service on them, solve problems and complaints promptly, act as their business consultant and offer new products as new growth points. Plan for the long term.",
  EII: "Convert (urgent): find why they are unstable. Novelty seekers: show that switching is not worth it, reward loyalty (year-end rebates, cumulative-volume rewards). A competitor offers more: stress your product's advantages and a loyalty programme. Dissatisfied: talk in depth, fix it and feed it back.",
  EIII: "Promote: regular visits, business analysis, promotion and display support to raise their contribution.",
  EIV: "Clear out: analyse the profit they bring, including supply, time and marketing costs; give up when the effort exceeds the return and the customer will not change.",

  // Prospects: x = expected contribution, y = purchase intent (seed 002).
  PI: "Break through: intent is high, so aim to sign quickly. Find out what still stands in the way, remove unnecessary obstacles, strengthen relations with the key people and show the benefits of buying now.",
  PII: "Nurture: prepare early with a breakthrough plan and invest time steadily; build relations with the top decision makers and find why intent is low (they do not know you, fear switching costs, or a competitor is stronger) and answer that.",
  PIII: "Serve efficiently: they want to buy but will bring little; close the sale with standard offers through low-cost channels.",
  PIV: "Monitor: keep in light contact and re-assess when their size or intent changes.",

  // Tenure × size: x = size (sales), y = tenure (seed 000).
  "OLD-LARGE":
    "Old and large: they know your policies and expect special terms, so profit per sale is thin. Control how many such customers you have and their scale; keep them with clear agreements rather than extra concessions.",
  "NEW-LARGE":
    "New and large: costly to open and risky (a competitor may learn your business through them). Vet them carefully, plan in detail and guard against the risks before committing.",
  "OLD-SMALL":
    "Old and small: loyal and content with open, standard policies; small each but many together. Maintain them at low cost and keep delivery efficient.",
  "NEW-SMALL": "New and small: the source of future profit. Develop them boldly and pick the best for extra support.",

  // Plain quadrants: first letter x, second letter y.
  HH: "High on both measures: your strongest group. Protect it with priority service and a long-term plan.",
  HL: "High on the first measure, low on the second: valuable but weak on the second measure. Find out why and fix it first.",
  LH: "Low on the first measure, high on the second: reliable but small. Work to raise the first measure.",
  LL: "Low on both measures: spend little, check whether the effort pays, and decide whether to keep investing.",

  // Personality types.
  DRIVER:
    "Decisive and short on time: be professional and brief, skip small talk, and show how you help them reach their goals rather than talking about the product.",
  ANALYST:
    "Careful and detail-minded: speak with data, give both sides honestly and in detail, prepare answers to hard questions, and give them time without pushing.",
  AMIABLE:
    "Friendly and risk-averse: build a personal relationship first, check in regularly, reduce their risk (e.g. a refund promise) and guide them step by step as a personal adviser.",
  EXPRESSIVE:
    "Sociable and emotional: show benefits with stories, visuals and social proof rather than numbers, personalise, and treat them as a long-term partner.",

  // Pre-purchase behaviour types.
  LOOKER:
    "Browsing, not yet buying: catch their attention, remove anything that distracts, and offer help proactively; they may become buyers later.",
  "DISCOUNT-SEEKER":
    "Buys on deals: explain the terms and the real savings clearly, highlight items on sale, and target them with personalised offers around seasonal sales.",
  RESEARCHER:
    "Weighs value, not only price: build credibility with reviews and case studies, give technical details and comparisons, and stress what only you offer.",
  IMPULSE:
    "Buys on the spot and takes recommendations: keep buying short and simple, add time-limited urgency, and stay in touch by email with new products for up-selling and cross-selling.",
  "NEED-BASED":
    "Buys for one specific need and switches easily: build a personal relationship, explain the details up front, and stress what they cannot get elsewhere.",
  SWITCHING:
    "Unhappy with a competitor and looking to switch: study the competitor, stress your unique advantages and give a clear value proposition; a small nudge wins them.",
  UNSURE:
    "Hesitant and unsure about new brands: make contact easy at every step (chat, phone), focus on your value proposition, and build trust before asking for the sale.",

  // RFM segments (R package rfm's table), the Chinese 8-class RFM, lifecycle stages (seeds 003, 004).
  CHAMPIONS: "Bought recently, buy often and spend the most: reward them, ask for reviews and referrals, and offer new products first.",
  "POTENTIAL-LOYALIST": "Recent customers with good frequency and spend: offer a membership or loyalty programme and recommend related products.",
  "LOYAL-CUSTOMERS": "Buy regularly with steady spend: recognise them, upsell higher-value products and ask what they need next.",
  PROMISING: "Recent buyers who spend well but not yet often: build the habit with follow-up offers and onboarding to the full range.",
  "NEW-CUSTOMERS": "Bought recently for the first times: welcome them, help them succeed with the first purchase and make the second one easy.",
  "CANT-LOSE-THEM": "Used to buy often and spend a lot, but not lately: win them back personally — call, find out why, make a tailored offer.",
  "AT-RISK-CUSTOMERS": "Valuable customers who have not bought for a while: reach out with personal messages and renewal offers before they are lost.",
  "NEED-ATTENTION": "Good frequency and spend, but recency is slipping: send a limited-time offer and check their satisfaction.",
  "ABOUT-TO-SLEEP": "Below-average recency, frequency and spend: reactivate with popular products and discounts, at low cost.",
  LOST: "Have not bought for a long time: try one low-cost win-back campaign, then stop spending on them.",
  OTHERS: "Match no segment rule: look at their R, F and M scores one by one and treat them like the nearest segment.",
  "IMPORTANT-VALUE": "Recent, frequent and high-spending (重要价值客户): keep them with VIP service, personal contact and priority resources.",
  "IMPORTANT-DEVELOP": "Recent and high-spending but infrequent (重要发展客户): raise purchase frequency with membership benefits and cross-selling.",
  "IMPORTANT-RETAIN": "Frequent and high-spending but not recent (重要保持客户): contact them proactively to find out why and keep them.",
  "IMPORTANT-WINBACK": "High-spending but neither recent nor frequent (重要挽留客户): they are slipping away — win them back with a personal offer.",
  "GENERAL-VALUE": "Recent and frequent but low-spending (一般价值客户): raise spend per order with bundles and upselling.",
  "GENERAL-DEVELOP": "Recent but infrequent and low-spending (一般发展客户): nurture at low cost with promotions that bring them back.",
  "GENERAL-RETAIN": "Frequent but not recent and low-spending (一般保持客户): keep in touch with low-cost reminders.",
  "GENERAL-WINBACK": "Low on all three (一般挽留客户): occasional low-cost campaigns only; do not over-invest.",
  NEW: "First order within the new-customer window: onboard and educate them so the first experience leads to a second order.",
  ACTIVE: "Ordering within the active window: give attentive service and help them succeed with what they bought.",
  LOYAL: "Active, with many orders over a long tenure: recognise and reward them, and learn from them (reviews, referrals, product ideas).",
  SILENT: "No order for longer than the active window but not yet churned: reach out, rebuild trust and make a personal offer.",
  "AT-RISK": "Overdue by their own buying rhythm: contact them now — ask whether something is wrong and remind them of what they buy.",
  CHURNED: "No order for longer than the churn window: find the cause (price, service, competitor) and fix it fast before trying to win them back.",
  DISSATISFIED: "Low satisfaction or complaints: respond fast, listen, fix the problem and tell them what changed.",

  // XYZ by the regularity of period sales, and the nine ABC–XYZ cells (methods.md §14; the usual
  // practice of the matrix in sales and supply planning, in our words for customers).
  X: "Steady buyers: their sales hardly vary from period to period. Plan with them: agree regular orders or a subscription, forecast their volume, and act on the first period that breaks the pattern.",
  Y: "Buyers with swings (seasonal or by project): plan around their rhythm. Contact them ahead of their usual peaks and keep an offer ready for the quiet periods.",
  Z: "Irregular buyers: sales come in bursts that are hard to forecast. Serve them when they ask, find out what triggers a purchase, and do not hold stock or capacity for them.",
  AX: "High value, steady: the core of the plan. Protect them with personal service and long-term agreements, forecast them closely and never let them run short.",
  AY: "High value with swings: a key-account owner close to their calendar, stock and capacity ready for their peaks, and framework agreements to even out demand.",
  AZ: "High value, irregular: a few large orders that are hard to predict. Stay close to hear about projects early, quote fast, and check how much of the value rests on one-off deals.",
  BX: "Mid value, steady: dependable buyers to grow. Offer larger or related products and volume terms; their regular rhythm makes them easy to plan.",
  BY: "Mid value with swings: regular contact before their usual peaks, promotions in the quiet periods, and standard terms.",
  BZ: "Mid value, irregular: find out what drives their occasional orders and be ready for them without tying up dedicated resources.",
  CX: "Low value, steady: small but dependable. Serve them efficiently (self-service, automatic reorders) and look for ways to raise the basket.",
  CY: "Low value with swings: standard offers through low-cost channels, timed to their usual buying periods.",
  CZ: "Low value, irregular: occasional small buyers. Keep the cost to serve minimal (no dedicated stock or visits) and review whether to keep investing.",
};

const ko: Playbook = {
  A: "가장 중요한 고객입니다. 담당자를 정해 맞춤형 서비스를 제공하고 충성도를 지키세요(정기 방문, 우선 지원, 신제품 우선 소개).",
  B: "잠재력이 있는 고객입니다. 판촉과 개별 서비스로 A 등급으로 끌어올리세요.",
  C: "일반 고객입니다. 표준 조건, 단체 메일, 셀프서비스처럼 묶음 방식으로 낮은 비용에 관리하세요.",
  D: "가치가 가장 낮은 고객입니다. 서비스는 최소한으로 하고, 가끔 판촉을 해서 C 등급으로 끌어올리세요.",

  VITAL:
    "이익의 대부분을 가져다주는 핵심 소수입니다. 비용이 더 들더라도 더 많은 관심을 기울이고, 이들의 공통점과 계속 거래하는 이유를 분석해 지키면서 비슷한 고객을 더 찾으세요.",
  REST: "큰 손실도 큰 이익도 없지만 회사의 규모를 받쳐 주는 고객입니다. 효율적인 표준 서비스로 유지하면서 그중 성장할 수 있는 고객을 찾아내세요.",
  LOSS: "가져오는 것보다 비용이 더 드는, 자원을 갉아먹는 고객입니다. 반품, 할인, 서비스 비용 등 원인을 분석해 거래 조건을 바로잡고, 바뀌지 않으면 투자를 멈추세요.",

  EI: "공고화: 서비스를 집중하고 문제와 불만을 신속히 해결하세요. 비즈니스 컨설턴트 역할을 하며 신제품을 새로운 성장 동력으로 제안하고, 장기 계획으로 관리하세요.",
  EII: "전환(시급): 거래가 불안정한 이유부터 찾으세요. 새것을 좋아하는 고객이면 거래처를 바꿔 봐야 득이 없음을 보여 주고 충성 보상(연말 리베이트, 누적 물량 보상)을 주세요. 경쟁사가 더 많이 준다면 제품의 강점과 충성 고객 프로그램을 내세우세요. 불만이 있다면 깊이 있게 대화해 해결하고 회사에 피드백하세요.",
  EIII: "육성: 정기 방문, 사업 분석, 판촉과 진열 지원으로 기여도를 높이세요.",
  EIV: "정리: 공급·시간·마케팅 비용까지 포함해 이 고객이 주는 이익을 분석하세요. 들이는 노력이 수익보다 크고 고객이 바뀌지 않으면 과감히 정리하세요.",

  PI: "돌파: 구매 의도가 높으니 빠른 계약을 목표로 하세요. 아직 남은 걸림돌을 찾아 불필요한 장애를 없애고, 핵심 인물과의 관계를 다지며, 지금 구매하는 것의 이점을 보여 주세요.",
  PII: "육성: 돌파 계획을 미리 세우고 꾸준히 시간을 들이세요. 최고 의사결정자와 관계를 쌓고, 구매 의도가 낮은 이유(우리 회사를 잘 모름, 전환 비용에 대한 걱정, 경쟁사 우위)를 찾아 대응하세요.",
  PIII: "효율적 대응: 살 의사는 있지만 기여도는 작은 고객입니다. 저비용 채널에서 표준 조건으로 거래를 마무리하세요.",
  PIV: "관찰: 가볍게 연락을 유지하다가 규모나 구매 의도가 바뀌면 다시 평가하세요.",

  "OLD-LARGE":
    "오래된 대형 고객: 회사 정책을 잘 알고 특별 조건을 기대하므로 건당 이익이 적습니다. 이런 고객의 수와 규모를 관리하고, 추가 양보보다는 명확한 계약으로 관계를 유지하세요.",
  "NEW-LARGE":
    "신규 대형 고객: 개척 비용이 크고 위험도 있습니다(경쟁사가 이 고객을 통해 우리 사업을 파악할 수도 있습니다). 신중히 검증하고 세부 계획을 세워 위험에 대비한 뒤 거래를 시작하세요.",
  "OLD-SMALL":
    "오래된 소형 고객: 충성도가 높고 공개된 표준 정책에 만족합니다. 하나하나는 작아도 모이면 큽니다. 낮은 비용으로 유지하고 배송을 효율적으로 관리하세요.",
  "NEW-SMALL": "신규 소형 고객: 미래 이익의 원천입니다. 과감히 개발하고, 그중 가장 좋은 고객을 골라 더 지원하세요.",

  HH: "두 지표 모두 높음: 가장 강한 고객군입니다. 우선 서비스와 장기 계획으로 지키세요.",
  HL: "첫 번째 지표는 높고 두 번째 지표는 낮음: 가치는 크지만 두 번째 지표가 약합니다. 원인을 찾아 먼저 해결하세요.",
  LH: "첫 번째 지표는 낮고 두 번째 지표는 높음: 믿을 만하지만 규모가 작습니다. 첫 번째 지표를 끌어올리세요.",
  LL: "두 지표 모두 낮음: 비용을 적게 쓰고, 노력 대비 성과를 점검해 계속 투자할지 결정하세요.",

  DRIVER:
    "결단이 빠르고 늘 시간이 없는 유형: 전문적이고 간결하게, 잡담은 줄이세요. 제품 설명보다 목표 달성에 어떻게 도움이 되는지를 보여 주세요.",
  ANALYST:
    "신중하고 세부 사항을 중시하는 유형: 데이터로 말하고 장단점을 솔직하고 자세하게 알려 주세요. 어려운 질문에 대한 답을 준비하고, 재촉하지 말고 시간을 주세요.",
  AMIABLE:
    "친근하고 위험을 싫어하는 유형: 먼저 인간적인 관계를 쌓고 정기적으로 안부를 챙기세요. 환불 보장 등으로 위험을 줄여 주고, 개인 조언자처럼 단계별로 안내하세요.",
  EXPRESSIVE:
    "사교적이고 감성적인 유형: 숫자보다 사례, 시각 자료, 다른 고객의 평가로 장점을 보여 주세요. 맞춤형으로 대하고 장기적인 파트너로 대우하세요.",

  LOOKER: "둘러보기만 하고 아직 사지 않는 고객: 관심을 끌고 방해 요소를 없애며 먼저 도움을 제안하세요. 나중에 구매 고객이 될 수 있습니다.",
  "DISCOUNT-SEEKER":
    "할인할 때 사는 고객: 조건과 실제 절감액을 분명히 설명하고, 할인 상품을 부각하며, 시즌 세일에 맞춘 맞춤형 제안을 보내세요.",
  RESEARCHER:
    "가격만이 아니라 가치를 따지는 고객: 후기와 사례로 신뢰를 쌓고, 기술 정보와 비교 자료를 주며, 우리만 줄 수 있는 가치를 강조하세요.",
  IMPULSE:
    "즉석에서 사고 추천을 잘 받아들이는 고객: 구매 과정을 짧고 간단하게 하고, 기간 한정 혜택으로 결정을 도우며, 신제품 소식 메일로 추가 판매와 교차 판매를 이어 가세요.",
  "NEED-BASED":
    "특정한 필요 때문에 사고 쉽게 다른 곳으로 옮기는 고객: 개인적인 관계를 쌓고, 세부 사항을 미리 설명하며, 다른 곳에서는 얻을 수 없는 점을 강조하세요.",
  SWITCHING:
    "경쟁사에 불만이 있어 바꿀 곳을 찾는 고객: 경쟁사를 분석하고 우리만의 강점과 분명한 가치 제안을 보여 주세요. 조금만 밀어 주면 넘어옵니다.",
  UNSURE:
    "망설이고 새 브랜드를 불안해하는 고객: 채팅, 전화 등 모든 단계에서 쉽게 연락할 수 있게 하고, 가치 제안에 집중해 구매를 권하기 전에 신뢰부터 쌓으세요.",

  // RFM 세그먼트, 중국식 RFM 8분류, 고객 생애주기 단계.
  CHAMPIONS: "최근에, 자주, 가장 많이 구매하는 고객: 보상하고, 후기와 추천을 부탁하며, 신제품을 먼저 제안하세요.",
  "POTENTIAL-LOYALIST": "구매 빈도와 금액이 좋은 최근 고객: 멤버십이나 로열티 프로그램을 제안하고 관련 상품을 추천하세요.",
  "LOYAL-CUSTOMERS": "꾸준히 구매하는 고객: 감사를 표하고, 더 높은 가치의 상품을 제안하며, 다음에 필요한 것을 물어보세요.",
  PROMISING: "최근에 많이 샀지만 아직 자주 사지는 않는 고객: 후속 제안과 전체 상품 안내로 구매 습관을 만드세요.",
  "NEW-CUSTOMERS": "최근에 처음 구매한 고객: 환영하고, 첫 구매가 성공하도록 돕고, 두 번째 구매를 쉽게 만드세요.",
  "CANT-LOSE-THEM": "자주 많이 샀지만 최근에는 구매가 없는 고객: 직접 연락해 이유를 듣고 맞춤 제안으로 다시 확보하세요.",
  "AT-RISK-CUSTOMERS": "한동안 구매가 없는 가치 높은 고객: 잃기 전에 개인 메시지와 재구매 혜택으로 연락하세요.",
  "NEED-ATTENTION": "빈도와 금액은 좋지만 최근 구매가 줄어드는 고객: 기간 한정 혜택을 보내고 만족도를 확인하세요.",
  "ABOUT-TO-SLEEP": "최근성·빈도·금액이 평균 이하인 고객: 인기 상품과 할인으로 적은 비용에 다시 활성화하세요.",
  LOST: "오랫동안 구매가 없는 고객: 저비용 재유치 캠페인을 한 번 시도하고, 이후에는 비용을 쓰지 마세요.",
  OTHERS: "어떤 세그먼트 규칙에도 맞지 않는 고객: R, F, M 점수를 하나씩 보고 가장 가까운 세그먼트처럼 대하세요.",
  "IMPORTANT-VALUE": "최근에, 자주, 많이 구매하는 중요 가치 고객(重要价值客户): VIP 서비스와 개인 관리, 우선 지원으로 유지하세요.",
  "IMPORTANT-DEVELOP": "최근에 많이 샀지만 빈도가 낮은 중요 발전 고객: 멤버십 혜택과 교차 판매로 구매 빈도를 높이세요.",
  "IMPORTANT-RETAIN": "자주 많이 샀지만 최근 구매가 없는 중요 유지 고객: 먼저 연락해 이유를 확인하고 붙잡으세요.",
  "IMPORTANT-WINBACK": "금액은 크지만 최근성과 빈도가 낮은 중요 만회 고객: 떠나고 있으니 개인 맞춤 제안으로 되찾으세요.",
  "GENERAL-VALUE": "최근에 자주 사지만 금액이 적은 일반 가치 고객: 묶음 상품과 업셀링으로 객단가를 높이세요.",
  "GENERAL-DEVELOP": "최근에 샀지만 빈도와 금액이 낮은 일반 발전 고객: 재방문을 이끄는 프로모션으로 적은 비용에 육성하세요.",
  "GENERAL-RETAIN": "자주 샀지만 최근 구매가 없고 금액이 적은 일반 유지 고객: 저비용 알림으로 관계를 유지하세요.",
  "GENERAL-WINBACK": "세 지표가 모두 낮은 일반 만회 고객: 가끔 저비용 캠페인만 하고 과하게 투자하지 마세요.",
  NEW: "신규 기간 안에 첫 주문을 한 고객: 온보딩과 교육으로 첫 경험이 두 번째 주문으로 이어지게 하세요.",
  ACTIVE: "활성 기간 안에 주문한 고객: 세심하게 응대하고 구매한 제품으로 성과를 내도록 도우세요.",
  LOYAL: "오랜 기간 많이 주문한 활성 고객: 인정하고 보상하며, 후기·추천·제품 아이디어 등에서 배우세요.",
  SILENT: "활성 기간보다 오래 주문이 없지만 아직 이탈하지 않은 휴면 고객: 먼저 연락해 신뢰를 회복하고 개인 맞춤 제안을 하세요.",
  "AT-RISK": "자신의 구매 주기보다 늦어진 이탈 위험 고객: 지금 연락해 불편한 점이 없는지 묻고 자주 사던 상품을 알려 주세요.",
  CHURNED: "이탈 기간보다 오래 주문이 없는 이탈 고객: 원인(가격, 서비스, 경쟁사)을 찾아 빨리 해결한 뒤 재유치를 시도하세요.",
  DISSATISFIED: "만족도가 낮거나 불만이 있는 고객: 빠르게 응답하고, 경청하고, 문제를 해결한 뒤 무엇이 바뀌었는지 알려 주세요.",
  X: "꾸준한 구매 고객: 기간마다 매출이 거의 변하지 않습니다. 정기 주문이나 구독을 약속하고 물량을 예측해 함께 계획하며, 패턴이 깨지는 첫 기간에 바로 대응하세요.",
  Y: "매출에 기복이 있는 고객(계절이나 프로젝트에 따라): 그 리듬에 맞춰 계획하세요. 평소 성수기 전에 연락하고, 한산한 기간에 쓸 제안을 준비해 두세요.",
  Z: "불규칙한 구매 고객: 매출이 몰아서 생겨 예측하기 어렵습니다. 요청이 올 때 응대하고, 무엇이 구매를 일으키는지 파악하되, 이들을 위해 재고나 생산 능력을 잡아 두지 마세요.",
  AX: "금액이 크고 꾸준한 고객: 계획의 중심입니다. 전담 서비스와 장기 계약으로 지키고, 정밀하게 예측해 절대 품절이 나지 않게 하세요.",
  AY: "금액이 크고 기복이 있는 고객: 일정을 잘 아는 전담 영업 담당자를 두고, 성수기에 맞춰 재고와 생산 능력을 준비하며, 기본 계약으로 수요를 고르게 하세요.",
  AZ: "금액이 크고 불규칙한 고객: 예측하기 어려운 큰 주문 몇 건입니다. 가까이 지내며 프로젝트 소식을 일찍 듣고, 빠르게 견적을 내고, 금액 중 일회성 거래 비중이 얼마인지 확인하세요.",
  BX: "금액이 중간이고 꾸준한 고객: 키워 갈 믿을 만한 고객입니다. 더 큰 제품이나 관련 제품, 물량 조건을 제안하세요. 리듬이 일정해 계획하기 쉽습니다.",
  BY: "금액이 중간이고 기복이 있는 고객: 평소 성수기 전에 정기적으로 연락하고, 한산한 기간에 판촉을 하며, 표준 조건을 적용하세요.",
  BZ: "금액이 중간이고 불규칙한 고객: 가끔 들어오는 주문의 계기를 파악하고, 전담 자원을 묶어 두지 않은 채 대응할 준비를 하세요.",
  CX: "금액이 작고 꾸준한 고객: 작지만 믿을 만합니다. 셀프서비스나 자동 재주문으로 효율적으로 응대하고 객단가를 높일 방법을 찾으세요.",
  CY: "금액이 작고 기복이 있는 고객: 저비용 채널로 표준 제안을 보내되, 평소 구매 시기에 맞추세요.",
  CZ: "금액이 작고 불규칙한 고객: 가끔 사는 소액 고객입니다. 응대 비용을 최소로 하고(전용 재고나 방문 없이), 계속 투자할지 검토하세요.",
};

const zh: Playbook = {
  A: "最重要的客户：提供一对一的个性化、定制化服务，保持其忠诚度（定期拜访、优先支持、新品优先体验）。",
  B: "有潜力的客户：通过促销和个性化服务，把他们提升为 A 类客户。",
  C: "一般客户：批量化、低成本服务（标准方案、群发邮件、自助服务）。",
  D: "价值最低的客户：精简服务，偶尔开展促销，争取提升为 C 类。",

  VITAL: "贡献大部分利润的关键少数：即使成本更高也要给予更多关注，并研究他们的共同点和长期合作的原因，以留住他们并找到更多同类客户。",
  REST: "不亏也不怎么赚，但支撑着公司的规模：用高效的标准服务留住他们，并从中发掘有成长潜力的客户。",
  LOSS: "投入大于回报，消耗公司资源：分析原因（退货、折扣、服务成本），调整合作条件；对方不愿改变时，停止投入。",

  EI: "巩固：集中服务资源，及时解决问题和投诉，充当客户的业务顾问，并推荐新产品作为新的增长点。做长期规划。",
  EII: "转化（紧急）：找出不稳定的原因。喜欢尝新：帮客户算账，说明更换供应商不划算，并用年终返利、累计进货奖励等巩固忠诚。竞争对手给得更多：强调产品优势，结合客户忠诚计划。对我们不满意：深入沟通，解决问题并向公司反馈。",
  EIII: "提升：定期拜访，提供经营分析、促销和陈列支持，提高其贡献度。",
  EIV: "清理：核算该客户带来的利润（包括供货、时间和营销成本）；投入大于回报且客户不愿改变时，果断放弃。",

  PI: "突破：购买意向高，目标是尽快签约。找出尚存的障碍，扫除不必要的阻碍，加强与关键人物的关系，并让客户看到立即购买的好处。",
  PII: "培育：提前制定突破策略和行动计划，持续投入时间；与最高决策者建立关系，找出意向低的原因（不了解我们、担心转换成本或竞争对手更强）并有针对性地应对。",
  PIII: "高效服务：有购买意愿但贡献不大；通过低成本渠道、用标准方案促成交易。",
  PIV: "观察：保持轻度联系，当其规模或意向发生变化时重新评估。",

  "OLD-LARGE": "老客户、大客户：熟悉公司政策，期望特殊待遇，单笔利润薄。要控制此类客户的数量和规模；以明确的协议维持合作，而不是额外让步。",
  "NEW-LARGE": "新客户、大客户：开发成本高、风险大（竞争对手可能借此摸清我们的业务）。要谨慎审核、周密规划，先做好风险防范再合作。",
  "OLD-SMALL": "老客户、小客户：忠诚，满足于公开的标准政策；单个规模小但数量多。以低成本维护，保持高效配送。",
  "NEW-SMALL": "新客户、小客户：未来利润的来源。大胆开发，择优重点扶持。",

  HH: "两个指标都高：最强的客户群。以优先服务和长期规划守住他们。",
  HL: "第一个指标高、第二个指标低：价值高，但第二个指标偏弱。先找出原因并加以解决。",
  LH: "第一个指标低、第二个指标高：可靠但规模小。设法提高第一个指标。",
  LL: "两个指标都低：少投入，检查付出是否值得，再决定是否继续投入。",

  DRIVER: "果断、时间紧：专业、简洁，少寒暄；与其介绍产品，不如说明你如何帮助他们实现目标。",
  ANALYST: "谨慎、重细节：用数据说话，坦诚而详细地说明利弊，准备好应对难题的答案，给他们时间，不要催促。",
  AMIABLE: "友善、规避风险：先建立私人关系，定期问候；降低他们的风险（如承诺退款），像私人顾问一样一步步引导。",
  EXPRESSIVE: "外向、感性：用故事、图片和他人评价来展示好处，而不是数字；提供个性化服务，把他们当作长期伙伴。",

  LOOKER: "只是看看、尚未购买：吸引他们的注意，去除干扰因素，主动提供帮助；他们以后可能成为买家。",
  "DISCOUNT-SEEKER": "逢优惠才买：清楚说明条件和实际节省的金额，突出促销商品，并在季节性促销期间推送个性化优惠。",
  RESEARCHER: "看重价值而不只是价格：用评价和案例建立信任，提供技术细节和对比资料，强调只有我们才能提供的价值。",
  IMPULSE: "当场决定、容易接受推荐：让购买过程简短简单，加上限时优惠促成决定，并通过邮件推送新品，做追加销售和交叉销售。",
  "NEED-BASED": "为某个具体需求而买、容易转向别家：建立私人关系，事先讲清细节，强调在别处得不到的东西。",
  SWITCHING: "对竞争对手不满、正在寻找替代：研究竞争对手，强调我们独有的优势，给出清晰的价值主张；稍加推动即可争取过来。",
  UNSURE: "犹豫不决、对新品牌不放心：让每一步都能方便地联系到我们（在线聊天、电话），聚焦价值主张，在要求成交之前先建立信任。",

  // RFM 细分、RFM 八大类、客户生命周期阶段。
  CHAMPIONS: "最近购买、购买频繁且消费最高：给予奖励，请他们写评价、做推荐，新品优先推荐给他们。",
  "POTENTIAL-LOYALIST": "近期客户，频次和金额都不错：推荐会员或积分计划，推荐相关产品。",
  "LOYAL-CUSTOMERS": "定期购买、消费稳定：表达感谢，向上销售更高价值的产品，了解他们下一步的需求。",
  PROMISING: "近期消费不少但次数还少：通过跟进优惠和全线产品介绍培养购买习惯。",
  "NEW-CUSTOMERS": "最近首次购买：表示欢迎，帮助他们用好第一次购买的产品，让第二次购买更容易。",
  "CANT-LOSE-THEM": "曾经购买频繁、金额高，但最近没有购买：亲自联系，了解原因，给出定制优惠把他们争取回来。",
  "AT-RISK-CUSTOMERS": "一段时间没有购买的高价值客户：在流失之前用个性化信息和续购优惠联系他们。",
  "NEED-ATTENTION": "频次和金额不错，但最近购买在减少：发送限时优惠，并确认他们的满意度。",
  "ABOUT-TO-SLEEP": "最近度、频次和金额都低于平均：用热销产品和折扣以低成本重新激活。",
  LOST: "很久没有购买：尝试一次低成本的挽回活动，之后不再投入。",
  OTHERS: "不符合任何细分规则：逐一查看其 R、F、M 分数，按最接近的细分对待。",
  "IMPORTANT-VALUE": "重要价值客户（最近、频繁、高消费）：用 VIP 服务、专人维护和优先资源留住他们。",
  "IMPORTANT-DEVELOP": "重要发展客户（最近、高消费但频次低）：用会员权益和交叉销售提高购买频次。",
  "IMPORTANT-RETAIN": "重要保持客户（频繁、高消费但最近未购买）：主动联系，了解原因，把他们留住。",
  "IMPORTANT-WINBACK": "重要挽留客户（高消费但最近度和频次都低）：正在流失，用个性化优惠把他们挽回。",
  "GENERAL-VALUE": "一般价值客户（最近、频繁但消费低）：用组合套餐和向上销售提高客单价。",
  "GENERAL-DEVELOP": "一般发展客户（最近购买但频次和消费低）：用促使回购的促销低成本培养。",
  "GENERAL-RETAIN": "一般保持客户（频繁但最近未购买、消费低）：用低成本提醒保持联系。",
  "GENERAL-WINBACK": "一般挽留客户（三项都低）：只做偶尔的低成本活动，不要过度投入。",
  NEW: "在新客期内首次下单：做好引导和培训，让第一次体验带来第二次下单。",
  ACTIVE: "在活跃期内下过单：细致服务，帮助他们用好所购产品、取得成效。",
  LOYAL: "长期多次下单的活跃客户：认可并奖励他们，向他们学习（评价、推荐、产品建议）。",
  SILENT: "超过活跃期未下单但尚未流失的沉默客户：主动联系，重建信任，给出个性化优惠。",
  "AT-RISK": "已超过自身购买周期的潜在流失客户：现在就联系，询问是否有问题，提醒他们常买的产品。",
  CHURNED: "超过流失期未下单的流失客户：找出原因（价格、服务、竞争对手），尽快解决后再尝试挽回。",
  DISSATISFIED: "满意度低或有投诉：快速响应，认真倾听，解决问题，并告诉他们改进了什么。",
  X: "稳定购买的客户：各期销售额几乎不变。与他们一起做计划：约定定期订单或订阅，预测其采购量，一旦某期打破规律立即跟进。",
  Y: "销售有起伏的客户（随季节或项目）：按他们的节奏做计划。在其惯常旺季之前联系，并为淡季准备好方案。",
  Z: "不规律购买的客户：销售集中爆发，难以预测。按需服务，弄清是什么触发了购买，不要为他们预留库存或产能。",
  AX: "高价值且稳定：计划的核心。用专人服务和长期协议留住他们，精确预测，绝不让他们断货。",
  AY: "高价值但有起伏：安排熟悉其日程的大客户经理，为其旺季备好库存和产能，用框架协议平滑需求。",
  AZ: "高价值但不规律：少数几笔难以预测的大订单。保持密切联系以尽早了解项目，快速报价，并核实价值中有多少来自一次性交易。",
  BX: "中等价值且稳定：值得培养的可靠客户。推荐更大或相关的产品和批量条件；节奏稳定，便于计划。",
  BY: "中等价值但有起伏：在其惯常旺季前定期联系，淡季做促销，采用标准条件。",
  BZ: "中等价值但不规律：弄清其偶尔下单的原因，做好准备但不占用专门资源。",
  CX: "低价值但稳定：规模小但可靠。用自助服务、自动补货等方式高效服务，并设法提高客单价。",
  CY: "低价值且有起伏：通过低成本渠道提供标准方案，并配合其惯常的购买时段。",
  CZ: "低价值且不规律：偶尔购买的小客户。把服务成本降到最低（不设专门库存、不上门拜访），并评估是否继续投入。",
};

/** Every language's table, for the translation tests. */
export const PLAYBOOK_TABLES: Readonly<Record<Language, Playbook>> = { en, ko, "zh-CN": zh };
const tables: Record<Language, Playbook> = { en, ko, "zh-CN": zh };

/** The form codes are compared in: upper case, spaces and underscores as hyphens. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s_]+/g, "-");
}

/** Per language: normalised code → advice, built once from the tables above. */
const indexes = new Map<Language, Map<string, string>>();

function indexOf(language: Language): Map<string, string> {
  let index = indexes.get(language);
  if (!index) {
    index = new Map(Object.entries(tables[language]).map(([code, advice]) => [normalizeCode(code), advice]));
    indexes.set(language, index);
  }
  return index;
}

/** A customer-type name in any language ("할인 추구형", "优惠导向型") → its code, built once. */
let typeAliases: Map<string, string> | undefined;

function codeOfTypeName(key: string): string | undefined {
  if (!typeAliases) {
    typeAliases = new Map();
    for (const language of LANGUAGES) {
      for (const [code, name] of Object.entries(CUSTOMER_TYPE_NAME_TABLES[language])) typeAliases.set(normalizeCode(name), code);
    }
  }
  return typeAliases.get(key);
}

/**
 * The advice for a code in `language`, else in English; undefined for an unknown code.
 * A customer-type tag may be written in any of the three languages (the drop-down offers the
 * user's own): its name is read as its code.
 */
export function strategyFor(code: string, language: Language = currentLanguage()): string | undefined {
  const given = normalizeCode(code);
  const key = indexOf("en").has(given) ? given : codeOfTypeName(given) ?? given;
  // `||`, not `??`: an empty placeholder in a table being translated also falls back.
  return indexOf(language).get(key) || indexOf("en").get(key);
}

/** Every code the playbook knows, as written in the English table (for messages and tests). */
export function playbookCodes(): string[] {
  return Object.keys(en);
}
