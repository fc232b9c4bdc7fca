/**
 * The strategy playbook: for every class code a SEGMENT function returns (and every customer
 * type a user can tag), the recommended approach, per language. SEGMENT.STRATEGY reads it.
 *
 * It is data, keyed by code, so that
 * - adding a code (an RFM segment, a lifecycle stage …) is one line in `en` below;
 * - Korean and Chinese tables plug in by filling `ko` / `zh-CN`: any code missing there falls
 *   back to English, entry by entry, so a half-translated table is still complete.
 * Keys are matched ignoring case, with spaces and underscores read as hyphens
 * ("Discount seeker" finds DISCOUNT-SEEKER), so a key may be written in any of those forms.
 *
 * Sources: seed 003 for A–D, seed 000 for the Pareto groups and tenure × size, seed 002 for
 * EI–EIV and PI–PIV (methods.md §4 gives the wording; PIII/PIV are ours, the seed is cut off),
 * seed 004 for the customer types.
 */
import { currentLanguage, Language } from "./language";

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

  // Personality types (seed 004).
  DRIVER:
    "Decisive and short on time: be professional and brief, skip small talk, and show how you help them reach their goals rather than talking about the product.",
  ANALYST:
    "Careful and detail-minded: speak with data, give both sides honestly and in detail, prepare answers to hard questions, and give them time without pushing.",
  AMIABLE:
    "Friendly and risk-averse: build a personal relationship first, check in regularly, reduce their risk (e.g. a refund promise) and guide them step by step as a personal adviser.",
  EXPRESSIVE:
    "Sociable and emotional: show benefits with stories, visuals and social proof rather than numbers, personalise, and treat them as a long-term partner.",

  // Pre-purchase behaviour types (seed 004).
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
};

const tables: Record<Language, Playbook> = {
  en,
  ko: {},
  "zh-CN": {},
};

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

/** The advice for a code in `language`, else in English; undefined for an unknown code. */
export function strategyFor(code: string, language: Language = currentLanguage()): string | undefined {
  const key = normalizeCode(code);
  // `||`, not `??`: an empty placeholder in a table being translated also falls back.
  return indexOf(language).get(key) || indexOf("en").get(key);
}

/** Every code the playbook knows, as written in the English table (for messages and tests). */
export function playbookCodes(): string[] {
  return Object.keys(en);
}
