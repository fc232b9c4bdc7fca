/**
 * The snapshot date the pane shows before the user picks one: the data's latest date, as a date
 * in the user's language; today only when the data has no date, and the hint says so.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { defaultAsOf, defaultAsOfHint } from "../../src/taskpane/AsOfField";
import { HistoryOption } from "../../src/taskpane/HistoryOption";
import { dataDate } from "../../src/workbook/dataDate";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { guessRoles } from "../../src/workbook/roles";

const TODAY = new Date(2026, 11, 7, 9); // local time: the pane's "today" is the user's calendar day
const SAMPLE_DATE = 45654; // 2024-12-28, the sample's latest order date

describe("the pane's default snapshot date", () => {
  test("the sample's date, not today's, in the field and in the hint, in en/ko/zh-CN", async () => {
    const port = createGridAdapter(memoryWorkbookFrom(sampleBook()));
    const source = (await port.locateSource())!;
    const day = await dataDate(port, source.ref, guessRoles(source.columnNames, source.sample).single, source.sample);
    expect(day).toBe(SAMPLE_DATE);
    expect(defaultAsOf(day, TODAY)).toEqual({ iso: "2024-12-28", serial: SAMPLE_DATE, fromData: true });
    expect(defaultAsOfHint(day, TODAY, "en")).toBe("Unless you change it: December 28, 2024, the latest date in the data.");
    expect(defaultAsOfHint(day, TODAY, "ko")).toBe("바꾸지 않으면 데이터의 가장 늦은 날짜인 2024년 12월 28일입니다.");
    expect(defaultAsOfHint(day, TODAY, "zh-CN")).toBe("不修改则为数据中最晚的日期：2024年12月28日。");
  });

  test("no date in the data: today, and the hint says the data has none", () => {
    expect(defaultAsOf(null, TODAY)).toEqual({ iso: "2026-12-07", serial: 46363, fromData: false });
    expect(defaultAsOfHint(null, TODAY, "en")).toBe("The data has no dates: today, December 7, 2026, unless you change it.");
    expect(defaultAsOfHint(null, TODAY, "ko")).toBe("데이터에 날짜가 없습니다. 바꾸지 않으면 오늘(2026년 12월 7일)입니다.");
  });

  test("Apply's history option shows the data's date until the user picks one", () => {
    const render = (asOf: string) =>
      renderToString(
        createElement(HistoryOption, { checked: true, available: true, usesDates: false, methodName: "ABC", asOf, dataDate: SAMPLE_DATE, language: "en", onChange: () => undefined, onAsOf: () => undefined }),
      );
    const html = render("");
    expect(html).toContain('value="2024-12-28"');
    expect(html).toContain("December 28, 2024, the latest date in the data");
    const picked = render("2025-01-31");
    expect(picked).toContain('value="2025-01-31"');
    expect(picked).not.toContain("the latest date in the data");
  });
});
