/**
 * Behaviour and personality types of seed 004 (methods.md §10). They cannot be computed from
 * numbers: the user tags customers with them (a drop-down column) and SEGMENT.STRATEGY gives
 * the approach for each. Codes are language-independent like every class code; the names a
 * drop-down shows ("Discount seeker") match them too, because STRATEGY ignores case and reads
 * spaces and underscores as hyphens.
 */

/** Personality (seed 004's "type A" customers). */
export const PERSONALITY_TYPE_CODES = ["DRIVER", "ANALYST", "AMIABLE", "EXPRESSIVE"] as const;

/** Pre-purchase behaviour (seed 004's "type B" customers, at the top of the sales funnel). */
export const BEHAVIOUR_TYPE_CODES = [
  "LOOKER",
  "DISCOUNT-SEEKER",
  "RESEARCHER",
  "IMPULSE",
  "NEED-BASED",
  "SWITCHING",
  "UNSURE",
] as const;

export const CUSTOMER_TYPE_CODES: readonly string[] = [...PERSONALITY_TYPE_CODES, ...BEHAVIOUR_TYPE_CODES];
