/** SEGMENT.STRATEGY: the playbook's approach for a class code or customer type (src/i18n/playbook.ts). */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { isBlank, isCellError } from "../segment/cells";
import { SegmentError } from "../segment/segmentError";
import { currentLanguage, Language, LANGUAGES, languageFromLocale } from "../i18n/language";
import { formatMessage } from "../i18n/messages";
import { playbookCodes, strategyFor } from "../i18n/playbook";
import { guarded, optionalText, readList, rowError, spill } from "./excel";

/** "en", "ko", "zh-CN" in any case, or a locale tag of one of them ("ko-KR", "zh-Hans"). */
function readLanguage(arg: unknown): Language {
  const given = optionalText(arg, "language");
  if (given === undefined) return currentLanguage();
  const exact = LANGUAGES.find((l) => l.toLowerCase() === given.toLowerCase());
  if (exact) return exact;
  if (/^(en|ko|zh)([-_]|$)/i.test(given)) return languageFromLocale(given);
  throw new SegmentError("language.unknown", { given, allowed: LANGUAGES.map((l) => `"${l}"`).join(", ") });
}

type Advice = string | CustomFunctions.Error;

/**
 * Answers per distinct code, kept for one call: a column of a million class codes holds a
 * handful of distinct ones, so each is looked up (and an unknown one's message built) once.
 */
function adviser(language: Language): (code: unknown) => Advice {
  const known = new Map<string, Advice>();
  let codeList: string | undefined;
  return (code) => {
    if (isBlank(code)) return "";
    if (isCellError(code)) return rowError(code);
    const text = String(code);
    let answer = known.get(text);
    if (answer === undefined) {
      const advice = strategyFor(text, language);
      codeList ??= playbookCodes().join(", ");
      // One unknown code among many spoils only its own cell, like an error in the input.
      answer =
        advice ??
        new CustomFunctions.Error(
          CustomFunctions.ErrorCode.invalidValue,
          formatMessage("strategy.unknown", { given: text.trim(), codes: codeList }, language),
        );
      known.set(text, answer);
    }
    return answer;
  };
}

/**
 * The recommended approach for a class code returned by any SEGMENT function (A–D, VITAL/REST/LOSS, EI–EIV, PI–PIV, OLD-LARGE …, HH…LL) or a customer-type tag. Give a range of codes to get one approach per code.
 * @customfunction STRATEGY
 * @param code A class code or customer type (Driver, Analyst, Amiable, Expressive, Looker, Discount seeker, Researcher, Impulse, Need-based, Switching, Unsure; the Korean and Chinese names work too), or a column or row of them. Case does not matter.
 * @param [language] "en", "ko" or "zh-CN". Default: the language Office runs in, or the one picked in the task pane.
 * @returns The approach for each code, laid out like the codes.
 */
export function strategy(code: any[][], language?: string): any[][] {
  return guarded(() => {
    const list = readList(code, "code");
    return spill(list.cells.map(adviser(readLanguage(language))), list.orientation);
  });
}
