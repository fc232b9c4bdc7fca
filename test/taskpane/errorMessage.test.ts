import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { messageOf } from "../../src/taskpane/errorMessage";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { guessRoles } from "../../src/workbook/roles";
import { MissingRoleError, readInput } from "../../src/workbook/segmentation";
import { SavedSegmentation } from "../../src/workbook/plan";
import { RefreshInterruptedError } from "../../src/workbook/refresh";

const saved = { methodId: "ABC", id: "abc-1" } as unknown as SavedSegmentation;

describe("what the pane says when a refresh was cut off", () => {
  const error = new RefreshInterruptedError(saved, new Error("GeneralException"));

  test("in English, Korean and Chinese: still listed, refresh again or remove, with Excel's reason", () => {
    expect(messageOf(error, "en")).toBe("The refresh of ABC (3 tiers) did not finish (GeneralException). It is still listed, owning what it wrote: Refresh again to finish it, or Remove it.");
    const ko = messageOf(error, "ko");
    const zh = messageOf(error, "zh-CN");
    for (const text of [ko, zh]) {
      expect(text).toContain("GeneralException");
      expect(text).not.toContain("{");
    }
    expect(ko).toContain("새로 고침");
    expect(zh).toContain("刷新");
  });

  test("other errors keep their own text", () => {
    expect(messageOf(new Error("plain"), "ko")).toBe("plain");
    expect(messageOf("text", "en")).toBe("text");
  });
});

describe("a column still to choose is named as the pane names it, never by its internal id", () => {
  test("RFM on the orders sheet: the method's own role labels, in en/ko/zh-CN", async () => {
    const wb = memoryWorkbookFrom(sampleBook());
    const port = createGridAdapter(wb);
    wb.select("Orders", 5, 1);
    const source = (await port.locateSource())!;
    const roles = guessRoles(source.columnNames, source.sample).single;
    const error = await readInput(port, source.ref, { methodId: "RFM_SEGMENTS", roles }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingRoleError);
    expect((error as MissingRoleError).roles).toEqual(["lastDate", "orders"]);
    expect((error as Error).message).toBe("Choose a column for: Recency: last order date or days since it, Frequency: orders");
    expect(messageOf(error, "en")).toBe("Choose a column for: Recency: last order date or days since it, Frequency: orders.");
    expect(messageOf(error, "ko")).toBe("다음 항목에 쓸 열을 선택하세요: 최근성: 최근 구매일 또는 경과 일수, 구매 빈도: 구매 횟수.");
    expect(messageOf(error, "zh-CN")).toBe("请为以下项目选择列：最近消费：最近购买日期或距今天数, 消费频率：购买次数。");
  });

  test("without a method, every role has a name of its own", () => {
    const error = new MissingRoleError(["lastDate", "orders", "firstDate", "date", "periods"]);
    expect(messageOf(error, "en")).toBe("Choose a column for: Last order date, Orders, First order date, Order date, Period columns (months, quarters).");
    for (const language of ["en", "ko", "zh-CN"] as const) expect(messageOf(error, language)).not.toMatch(/[a-z][A-Z]/);
  });
});
