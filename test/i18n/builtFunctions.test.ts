/**
 * The built functions bundle speaks Office's display language from start-up, and the language
 * picked in the task pane when one is remembered: dist/functions.js is loaded as Excel's shared
 * runtime would, with an Office global whose onReady reports the display language, and its
 * functions' table headers and #VALUE! messages come out in Korean or Chinese. Codes stay codes.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST } from "../harness/builtAddin";
import { makeCustomFunctionsNamespace } from "../setup/customFunctionsStandIn";
import { explainHeader } from "../../src/i18n/explainText";
import { LANGUAGE_STORAGE_KEY } from "../../src/i18n/languagePreference";
import { formatMessage } from "../../src/i18n/messages";

type Fn = (...args: unknown[]) => unknown;

/** The bundle in a fresh context with Office (display language) and, optionally, a remembered pick. */
async function load(displayLanguage: string, remembered?: string): Promise<Map<string, Fn>> {
  const ns = makeCustomFunctionsNamespace();
  const storage = new Map<string, string>(remembered ? [[LANGUAGE_STORAGE_KEY, remembered]] : []);
  const sandbox: Record<string, unknown> = {
    CustomFunctions: ns,
    console,
    Office: { onReady: (callback: () => void) => Promise.resolve().then(callback), context: { displayLanguage } },
    localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v), removeItem: (k: string) => storage.delete(k) },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const script = path.join(DIST, "functions.js");
  vm.runInNewContext(fs.readFileSync(script, "utf8"), sandbox, { filename: script });
  await new Promise((resolve) => setTimeout(resolve, 0)); // let onReady run
  return ns.associations as Map<string, Fn>;
}

const values = [[5000], [3000], [1200], [500], [300]];

describe("the built functions in the user's language", () => {
  test.each([
    ["ko-KR", "none", "ko"],
    ["zh-CN", "none", "zh-CN"],
    ["en-US", "none", "en"],
    ["en-US", "ko", "ko"], // the pane's remembered pick wins over Office's display language
  ] as const)("display language %s, remembered pick %s: tables and messages in %s", async (display, remembered, expected) => {
    const fns = await load(display, remembered === "none" ? undefined : remembered);
    const table = fns.get("EXPLAIN")!(values, null, null, null, null) as unknown[][];
    expect(table[0]).toEqual(explainHeader(expected));
    expect(table.slice(1, 4).map((r) => r[0])).toEqual(["A", "B", "C"]);
    let message = "";
    try {
      fns.get("ABC")!([[1], [2]], [[1.5, 0.9]]); // a cut above 1
    } catch (error) {
      message = (error as { message: string }).message;
    }
    const before = formatMessage("cuts.range", {}, expected).split("{presets}")[0];
    expect(message.startsWith(before)).toBe(true);
    expect(message).toContain("80/95");
  });
});
