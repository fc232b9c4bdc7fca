/** SEGMENT.STRATEGY as a formula in HyperFormula (built bundle). */
import { DetailedCellError } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { strategyFor } from "../../src/i18n/playbook";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

describe("SEGMENT.STRATEGY", () => {
  test("one code, any case; a customer type by its display name; a language", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: [["eii"], ["Discount seeker"]] });
    hf.setCellContents(at(0, 1), [["=SEGMENT.STRATEGY(A1)"]]);
    hf.setCellContents(at(1, 1), [['=SEGMENT.STRATEGY(A2,"ko")']]);
    hf.setCellContents(at(2, 1), [['=SEGMENT.STRATEGY("VITAL","zh-CN")']]);
    expect(hf.getCellValue(at(0, 1))).toBe(strategyFor("EII", "en"));
    expect(hf.getCellValue(at(1, 1))).toBe(strategyFor("DISCOUNT-SEEKER", "ko"));
    expect(hf.getCellValue(at(1, 1))).toMatch(/^할인할 때 사는 고객/);
    expect(hf.getCellValue(at(2, 1))).toBe(strategyFor("VITAL", "zh-CN"));
    expect(hf.getCellValue(at(2, 1))).toMatch(/^贡献大部分利润的关键少数/);
  });

  test("a customer-type tag written in Korean or Chinese (the drop-down's own language) finds its advice", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: [["할인 추구형"], ["优惠导向型"], ["주도형"]] });
    hf.setCellContents(at(0, 1), [["=SEGMENT.STRATEGY(A1:A3)"]]);
    expect([0, 1, 2].map((r) => hf.getCellValue(at(r, 1)))).toEqual([
      strategyFor("DISCOUNT-SEEKER", "en"),
      strategyFor("DISCOUNT-SEEKER", "en"),
      strategyFor("DRIVER", "en"),
    ]);
  });

  test("a spilled column of quadrant codes gets one approach per row; blanks stay blank", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [10, 5],
        [20, 1],
        [30, 4],
        ["", ""],
        [40, 2],
      ],
    });
    hf.setCellContents(at(0, 2), [["=SEGMENT.QUADRANT(A1:A5,B1:B5)"]]);
    hf.setCellContents(at(0, 3), [["=SEGMENT.STRATEGY(C1:C5)"]]);
    // x median 25, y median 3: 10/5 EIII, 20/1 EIV, 30/4 EI, blank, 40/2 EII.
    const codes = [0, 1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 2)));
    expect(codes).toEqual(["EIII", "EIV", "EI", "", "EII"]);
    const advice = [0, 1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 3)));
    expect(advice).toEqual(["EIII", "EIV", "EI", "", "EII"].map((c) => (c ? strategyFor(c, "en") : "")));
  });

  test("an unknown code: #VALUE! listing the known codes; an unknown language lists the languages", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: [["E5"], ["A"]] });
    hf.setCellContents(at(0, 1), [["=SEGMENT.STRATEGY(A1:A2)"]]);
    const e = errorOf(hf.getCellValue(at(0, 1)));
    expect(e?.type).toBe("VALUE");
    for (const source of ["SEGMENT function", "customer-type tag", "VITAL", "EIV", "PIV", "OLD-LARGE", "HH", "DRIVER"]) {
      expect(e?.message).toContain(source);
    }
    expect(hf.getCellValue(at(1, 1))).toBe(strategyFor("A", "en")); // only its own cell is spoiled
    hf.setCellContents(at(3, 1), [['=SEGMENT.STRATEGY("A","fr")']]);
    const l = errorOf(hf.getCellValue(at(3, 1)));
    expect(l?.type).toBe("VALUE");
    for (const language of ['"en"', '"ko"', '"zh-CN"']) expect(l?.message).toContain(language);
  });
});
