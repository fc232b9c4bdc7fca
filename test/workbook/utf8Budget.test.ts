/**
 * The request budget counts UTF-8 bytes, not characters: Korean and Chinese text is 3 bytes a
 * character in the JSON Office.js sends, so a block measured in characters could be three times
 * the budget. `utf8Bytes` counts from the string's code units without encoding it; blocks of
 * Korean and Chinese rows, and every request the Office.js adapter sends for a workbook of
 * Korean and Chinese customers (the fake counts what it receives with Buffer.byteLength), stay
 * within the budget in bytes.
 */
import fc from "fast-check";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { jsonBytes, rowBytes, splitRows, utf8Bytes } from "../../src/workbook/blocks";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { FakeExcel } from "./helpers/fakeExcel";

const KOREAN = ["주식회사 한빛상사", "대한물산 서울지점", "푸른바다 수산", "새봄유통"];
const CHINESE = ["上海华东贸易有限公司", "北京创新科技", "广州南方商贸", "深圳前海物流"];

/** Row i: a Korean or Chinese customer name with a number, and an amount. */
function cjkName(i: number): string {
  const names = i % 2 ? KOREAN : CHINESE;
  return `${names[i % names.length]} 제${i}호 第${i}号`;
}

describe("utf8Bytes", () => {
  test("equals the UTF-8 encoding's length: ASCII, accents, Hangul, Han, emoji, JSON-escaped lone surrogates", () => {
    for (const s of ["", "ABC", "Müller", "고객 세분화", "客户分类", "😀 👍🏽", "\u07ff\u0800\uffff", JSON.stringify("\ud800 x \udc00")]) {
      expect([s, utf8Bytes(s)]).toEqual([s, Buffer.byteLength(s)]);
    }
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 5 }), (row) => {
        const json = JSON.stringify(row);
        expect(utf8Bytes(json)).toBe(Buffer.byteLength(json));
        expect(jsonBytes(row)).toBe(Buffer.byteLength(json));
        expect(rowBytes(row)).toBe(Buffer.byteLength(json) + 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe("blocks of Korean and Chinese text stay within the budget in bytes", () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [cjkName(i), i * 1000, "A"]);
  const limits = { maxRows: 20_000, maxBytes: 50_000 };

  test("every block's JSON is at most maxBytes bytes, and the blocks are nearly full", () => {
    const spans = splitRows(rows, limits);
    for (const [from, to] of spans) {
      const bytes = Buffer.byteLength(JSON.stringify(rows.slice(from, to)));
      expect(bytes).toBeLessThanOrEqual(limits.maxBytes);
      if (to < rows.length) expect(bytes).toBeGreaterThan(limits.maxBytes * 0.95);
    }
  });

  test("counting characters would have let a block through at one and a half times the budget", () => {
    // The old count (JSON characters) fits this many rows in one block…
    let chars = 2;
    let n = 0;
    while (n < rows.length && chars + JSON.stringify(rows[n]).length + 1 <= limits.maxBytes) chars += JSON.stringify(rows[n++]).length + 1;
    // …which is far over the budget in bytes.
    expect(Buffer.byteLength(JSON.stringify(rows.slice(0, n)))).toBeGreaterThan(limits.maxBytes * 1.5);
    expect(splitRows(rows, limits)[0][1]).toBeLessThan(n * 0.7);
  });

  test("the per-row extra (number formats) is counted in bytes too", () => {
    const formats = JSON.stringify(['yyyy"년" m"월" d"일"', "0.0%"]);
    const extra = Buffer.byteLength(formats);
    for (const [from, to] of splitRows(rows, limits, extra)) {
      expect(Buffer.byteLength(JSON.stringify(rows.slice(from, to))) + extra * (to - from)).toBeLessThanOrEqual(limits.maxBytes);
    }
  });
});

describe("Office.js adapter: a workbook of Korean and Chinese customers", () => {
  const N = 3000;
  const limits = { maxRows: 20_000, maxBytes: 60_000 };

  function cjkWorkbook(): FakeExcel {
    const excel = new FakeExcel();
    excel.addSheet("고객");
    ["고객 ID", "거래처명", "매출"].forEach((h, c) => excel.setValue("고객", 0, c, h));
    for (let i = 1; i <= N; i++) {
      excel.setValue("고객", i, 0, cjkName(i));
      excel.setValue("고객", i, 1, `${cjkName(i)} 본사`);
      excel.setValue("고객", i, 2, ((i * 7919) % 10_000) + 1);
    }
    excel.tables.push({ name: "고객표", sheet: "고객", range: { row: 0, col: 0, rows: N + 1, cols: 3 }, showHeaders: true });
    excel.active = { sheet: "고객", row: 1, col: 1 };
    return excel;
  }

  test("every read and every data block of an apply with history is within the budget in bytes", async () => {
    const excel = cjkWorkbook();
    const port = createOfficeAdapter({ run: excel.run, limits });
    const choice: Choice = { methodId: "ABC", params: {}, roles: { id: 0, name: 1, value: 2 }, output: "values", tones: {}, summary: false, tags: false, language: "ko", history: true, asOf: 45657 };
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    // Reads: each response within the budget (the first block is sized by a guess, the rest by what it cost).
    for (const s of excel.syncs.slice(1)) expect(s.receivedBytes).toBeLessThanOrEqual(limits.maxBytes);
    const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "abc-ko", new Date(Date.UTC(2025, 0, 1)));
    excel.syncs.length = 0;
    await port.apply(plan);
    const history = excel.syncs.filter((s) => s.writes.some((w) => w.kind === "formulas" && w.sheet !== "고객" && w.range.row > 0));
    // The history rows carry the customers' IDs: in characters they would fit far fewer blocks.
    expect(history.length).toBeGreaterThan(1);
    expect(excel.sheet(plan.history!.append!.sheet).cells.get("1,1")?.value).toBe(cjkName(1));
    for (const s of excel.syncs.filter((s) => s.writtenRows.length === 1)) {
      // (+ 2: the brackets of a block's number-format array, which the split does not count.)
      expect(s.sentBytes).toBeLessThanOrEqual(limits.maxBytes + 2);
    }
    // Full blocks, all but the last: the budget is used, not just respected.
    for (const s of history.slice(0, -1)) expect(s.sentBytes).toBeGreaterThan(limits.maxBytes * 0.9);
  });
});
