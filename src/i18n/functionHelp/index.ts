/**
 * The localised function-help tables and where each one goes: the file the build writes and
 * the manifest locale whose bt:Override points at it (webpack.config.js and the tests read this).
 */
import { KO_FUNCTION_HELP } from "./ko";
import { FunctionHelpTable } from "./localize";
import { ZH_CN_FUNCTION_HELP } from "./zh-CN";

export interface LocalizedMetadataTarget {
  readonly language: "ko" | "zh-CN";
  /** The Locale attribute of the manifest's bt:Override. */
  readonly locale: string;
  /** The file name next to functions.json. */
  readonly file: string;
  readonly table: FunctionHelpTable;
}

export const LOCALIZED_METADATA: readonly LocalizedMetadataTarget[] = [
  { language: "ko", locale: "ko-KR", file: "functions.ko.json", table: KO_FUNCTION_HELP },
  { language: "zh-CN", locale: "zh-CN", file: "functions.zh-CN.json", table: ZH_CN_FUNCTION_HELP },
];

export { localizeMetadata } from "./localize";
export type { FunctionHelp, FunctionHelpTable } from "./localize";
