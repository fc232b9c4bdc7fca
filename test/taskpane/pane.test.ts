/** The pane's pure pieces: theme from Office's background colour, texts with fallbacks, and a server render. */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { App } from "../../src/taskpane/App";
import { formatCompact, formatPercent } from "../../src/taskpane/format";
import { themeFromBackground } from "../../src/taskpane/theme";
import { paneText } from "../../src/i18n/paneText";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";

describe("task pane", () => {
  test("follows the Office theme: dark backgrounds give the dark theme", () => {
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#E6E6E6")).toBe("light"); // Colorful / White
    expect(themeFromBackground("#262626")).toBe("dark"); // Black
    expect(themeFromBackground("#666666")).toBe("dark"); // Dark Gray
    expect(themeFromBackground(undefined)).toBe("light");
  });

  test("texts fall back to English key by key, and fill their placeholders", () => {
    expect(paneText("apply", "ko")).toBe("적용");
    expect(paneText("apply", "zh-CN")).toBe("应用");
    expect(paneText("refreshed", "ko", { column: "I" })).toBe("현재 데이터로 새로 고쳤습니다. 등급은 I열에 있습니다.");
    expect(paneText("applied", "zh-CN", { customers: 239, column: "I", summary: "" })).toBe("完成：已为 239 个客户分类，结果在 I 列。");
    expect(paneText("applied", "en", { customers: 239, column: "I", summary: "" })).toBe("Done: 239 customers classified in column I.");
  });

  test("numbers in the user's language", () => {
    expect(formatPercent(0.8029, "en")).toBe("80.3%");
    expect(formatCompact(8_729_570, "en")).toBe("8.7M");
    expect(formatCompact(1234, "en")).toBe("1,234");
    // Up to four decimals, never padded with zeros: a CLV tier's cut of 135.9 (money, to the cent).
    expect(formatCompact(135.9, "en")).toBe("135.9");
    expect(formatCompact(54.11, "ko")).toBe("54.11");
    expect(formatCompact(0.004123456, "en")).toBe("0.0041");
  });

  test("renders (server side) without Office, in every language", () => {
    const port = createGridAdapter(memoryWorkbookFrom(sampleBook()));
    for (const language of ["en", "ko", "zh-CN"] as const) {
      const html = renderToString(createElement(App, { port, theme: "dark", language }));
      expect(html).toContain(paneText("title", language));
      expect(html).toContain(paneText("useSelection", language));
      expect(html).toContain('data-testid="method-ABC"');
    }
  });
});
