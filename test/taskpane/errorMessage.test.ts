import { messageOf } from "../../src/taskpane/errorMessage";
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
