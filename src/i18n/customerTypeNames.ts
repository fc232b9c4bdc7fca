/**
 * The names the tag column's drop-down offers for seed 004's customer types (methods.md §10).
 * They are the codes of src/segment/customerTypes.ts written as people write them; SEGMENT.STRATEGY
 * reads either form ("Discount seeker" finds DISCOUNT-SEEKER), so a tag cell can feed it directly.
 */
import { CUSTOMER_TYPE_CODES } from "../segment/customerTypes";

const NAMES: Readonly<Record<string, string>> = {
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

/** Drop-down entries in the seed's order: the four personalities, then the seven behaviours. */
export function customerTypeNames(): string[] {
  return CUSTOMER_TYPE_CODES.map((code) => NAMES[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/-/g, " "));
}
