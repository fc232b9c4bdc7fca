/**
 * A webpack loader for ExcelJS's prebuilt browser bundle (exceljs/dist/exceljs.bare.min.js),
 * which the preview loads on demand to open a user's .xlsx. The bundle carries six spots that
 * turn strings into code, which the pages' Content-Security-Policy (no 'unsafe-eval') and
 * test/safety/bundleScan.test.ts forbid:
 * - five copies of lodash's global lookup `Function("return this")()`, reached only where
 *   neither `global` nor `self` is an object; in a page `self` always is, so `globalThis` is the
 *   same object and never compiles anything;
 * - the setImmediate polyfill's `new Function("" + handler)` for a string handler; ExcelJS only
 *   passes functions, so a string now throws instead of being compiled.
 * Each rewrite must match exactly as often as counted here: a new ExcelJS version with other
 * code fails the build, naming what changed, rather than shipping unreviewed string-to-code.
 */
const REWRITES = [
  { from: 'Function("return this")()', to: "globalThis", count: 5 },
  { from: 'e=new Function(""+e)', to: 'e=function(){throw new TypeError("setImmediate needs a function")}', count: 1 },
];

module.exports = function exceljsNoEval(source) {
  let text = source;
  for (const { from, to, count } of REWRITES) {
    const found = text.split(from).length - 1;
    if (found !== count) throw new Error(`exceljsNoEval: expected ${count} of ${from} in ${this.resourcePath}, found ${found}; review the new ExcelJS bundle`);
    text = text.split(from).join(to);
  }
  return text;
};
