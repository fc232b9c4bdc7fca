/** Types of build/manifestSchema.js (for the tests). */
export const SCHEMA_DIR: string;
export const CORRECTIONS: ReadonlyArray<readonly [file: string, what: string, find: string | RegExp, replacement: string]>;
export function publishedSchemas(): Record<string, string>;
export function correctedSchemas(): Record<string, string>;
export function validateManifest(xml: string, fileName?: string): Promise<{ valid: boolean; errors: string[] }>;
