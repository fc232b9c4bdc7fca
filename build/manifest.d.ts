/** Types of build/manifest.js (for the tests). */
export const DEV_URL: string;
export function normalizePublicUrl(url: string): string;
export function rewriteManifest(xml: string, publicUrl: string, options?: { files?: Record<string, string> }): string;
export function manifestUrls(xml: string): string[];
export function parseXml(xml: string): Document;
export class AddinManifestPlugin {
  constructor(options: { source: string; publicUrl: string });
  apply(compiler: unknown): void;
}
