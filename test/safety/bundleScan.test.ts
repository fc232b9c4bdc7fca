/**
 * The built bundles (dist/*.js: custom functions, task pane, preview) contain no code that turns
 * strings into code: no eval(, no new Function / Function(, no setTimeout/setInterval/setImmediate
 * with a string, no execScript, no `.constructor("…")`. A Content-Security-Policy without
 * 'unsafe-eval' would break such code at run time (webpack's `global` shim compiles to
 * `new Function("return this")`, which is why it is turned off in webpack.config.js).
 * Minifiers rename our identifiers but never these globals, so a text scan of the output finds
 * them; the Chromium test in csp.test.ts covers what a scan cannot (computed names).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST } from "../harness/builtAddin";

const STRING_CODE: [string, RegExp][] = [
  ["eval(", /(?<![\w$.])eval\s*\(/],
  ["window.eval(", /\b(?:window|self|globalThis|global|top|parent|frames)\s*\.\s*eval\s*\(/],
  ['["eval"]', /\[\s*["'`]eval["'`]\s*\]/],
  ["new Function", /\bnew\s+Function\b/],
  ["Function(", /(?<![\w$.])Function\s*\(/],
  ["setTimeout/setInterval/setImmediate with a string", /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/],
  ["execScript", /\bexecScript\b/],
  ['.constructor("…")', /\.constructor\s*\(\s*["'`]/],
  ['["constructor"]("…")', /\[\s*["'`]constructor["'`]\s*\]\s*\(\s*["'`]/],
];

/** Every match of every pattern in the text, with some context. */
export function findStringCode(text: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of STRING_CODE) {
    const global = new RegExp(pattern.source, "g");
    for (const m of text.matchAll(global)) found.push(`${name} at ${m.index}: …${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}…`);
  }
  return found;
}

describe("no string-to-code in the built bundles", () => {
  const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

  test("the bundles are there: functions, task pane, preview", () => {
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "preview.js"]));
  });

  test.each(bundles.map((f) => [f]))("%s has no eval, new Function or string timers", (file) => {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    // The webpack bundles are large; help.js (the help page's language switch) is a few lines.
    expect(text.length).toBeGreaterThan(file.startsWith("help.") ? 100 : 1000);
    expect(findStringCode(text)).toEqual([]);
  });

  test("the scan finds each form when it is there (and not look-alikes)", () => {
    const bad = [
      "a=eval(b)",
      "globalThis.eval(s)",
      'window["eval"](s)',
      "x=new Function('return this')()",
      "Function('return this')()",
      'setTimeout("alert(1)",0)',
      "setInterval('x()',5)",
      "window.execScript(s)",
      'a.constructor("return this")()',
      '[]["constructor"]("x")',
    ];
    for (const code of bad) expect({ code, found: findStringCode(code).length > 0 }).toEqual({ code, found: true });
    const fine = ["a.evaluate(b)", "retrieval(x)", "x.medieval(1)", "setTimeout(fn,0)", "setTimeout(()=>f(),0)", "isFunction(x)", "myFunction(y)", "typeof x=='function'"];
    for (const code of fine) expect({ code, found: findStringCode(code) }).toEqual({ code, found: [] });
  });
});
