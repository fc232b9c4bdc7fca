/** Types of build/helpPage.js (for the tests). */
export const LANGUAGES: readonly ["en", "ko", "zh-CN"];
export const METADATA_FILES: Readonly<Record<"en" | "ko" | "zh-CN", string>>;
export const POLICY: string;
export function renderHelpPage(metadata: Record<string, { functions: unknown[] }>): Record<"help.html" | "help.css" | "help.js", string>;
export class HelpPagePlugin {
  apply(compiler: unknown): void;
}
