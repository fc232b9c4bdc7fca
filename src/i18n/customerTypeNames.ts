/**
 * The names the tag column's drop-down offers for seed 004's customer types (methods.md §10),
 * in the user's language. They are the codes of src/segment/customerTypes.ts written as people
 * write them; SEGMENT.STRATEGY reads the code and every language's name alike ("Discount seeker",
 * "할인 추구형" and "优惠导向型" all find DISCOUNT-SEEKER), so a tag cell feeds it directly even
 * when a colleague with another language tagged it.
 */
import { CUSTOMER_TYPE_CODES } from "../segment/customerTypes";
import { currentLanguage, Language } from "./language";

type Names = Readonly<Record<string, string>>;

const en: Names = {
  DRIVER: "Driver",
  ANALYST: "Analyst",
  AMIABLE: "Amiable",
  EXPRESSIVE: "Expressive",
  LOOKER: "Looker",
  "DISCOUNT-SEEKER": "Discount seeker",
  RESEARCHER: "Researcher",
  IMPULSE: "Impulse",
  "NEED-BASED": "Need-based",
  SWITCHING: "Switching",
  UNSURE: "Unsure",
};

// Social styles as Korean and Chinese sales training names them; the behaviour types by what
// the customer does, as a sales manager would tag them.
const ko: Names = {
  DRIVER: "주도형",
  ANALYST: "분석형",
  AMIABLE: "친화형",
  EXPRESSIVE: "표현형",
  LOOKER: "구경형",
  "DISCOUNT-SEEKER": "할인 추구형",
  RESEARCHER: "비교 검토형",
  IMPULSE: "충동 구매형",
  "NEED-BASED": "목적 구매형",
  SWITCHING: "전환 모색형",
  UNSURE: "망설임형",
};

const zh: Names = {
  DRIVER: "驾驭型",
  ANALYST: "分析型",
  AMIABLE: "亲和型",
  EXPRESSIVE: "表达型",
  LOOKER: "浏览型",
  "DISCOUNT-SEEKER": "优惠导向型",
  RESEARCHER: "比较研究型",
  IMPULSE: "冲动消费型",
  "NEED-BASED": "需求导向型",
  SWITCHING: "寻求替换型",
  UNSURE: "犹豫不决型",
};

/** Every language's names, for the translation tests and the playbook's aliases. */
export const CUSTOMER_TYPE_NAME_TABLES: Readonly<Record<Language, Names>> = { en, ko, "zh-CN": zh };

/** Drop-down entries in the seed's order: the four personalities, then the seven behaviours. */
export function customerTypeNames(language: Language = currentLanguage()): string[] {
  const names = CUSTOMER_TYPE_NAME_TABLES[language];
  return CUSTOMER_TYPE_CODES.map((code) => names[code] ?? en[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/-/g, " "));
}
