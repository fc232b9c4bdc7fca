/**
 * Words of the preview page around the pane (npm run preview): opening the user's .xlsx, its
 * errors, and the note when the grid stops drawing. In the pane's language; numbers come in
 * already formatted for it.
 */
import { Language } from "./language";

const en = {
  openXlsx: "Open .xlsx…",
  openHint: "Open a workbook from this computer. It is read in this page; nothing is uploaded.",
  opening: "Opening {file}…",
  opened: "Opened {file}: {sheets} sheets",
  openedOne: "Opened {file}: 1 sheet",
  notXlsx: "{file} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and open it again.",
  unreadable: "{file} could not be read: it may be damaged, password-protected or an older .xls file. ({detail})",
  empty: "{file} has no sheets with cells.",
  showingRows: "Showing {shown} of {total} rows",
  pasted: "Pasted {rows} × {cols} cells at {cell}",
  chartOf: "Chart: {title}",
};

export type PreviewKey = keyof typeof en;

const ko: Record<PreviewKey, string> = {
  openXlsx: ".xlsx 열기…",
  openHint: "이 컴퓨터의 통합 문서를 엽니다. 이 페이지 안에서 읽으며 아무것도 업로드하지 않습니다.",
  opening: "{file} 여는 중…",
  opened: "{file} 열림: 시트 {sheets}개",
  openedOne: "{file} 열림: 시트 1개",
  notXlsx: "{file}은(는) Excel 통합 문서(.xlsx)가 아닙니다. Excel에서 .xlsx로 저장한 뒤 다시 여세요.",
  unreadable: "{file}을(를) 읽을 수 없습니다. 파일이 손상되었거나 암호로 보호되었거나 예전 .xls 파일일 수 있습니다. ({detail})",
  empty: "{file}에 셀이 있는 시트가 없습니다.",
  showingRows: "{total}행 중 {shown}행 표시",
  pasted: "{cell}에 {rows} × {cols} 셀 붙여 넣음",
  chartOf: "차트: {title}",
};

const zh: Record<PreviewKey, string> = {
  openXlsx: "打开 .xlsx…",
  openHint: "打开此计算机上的工作簿。在本页面中读取，不上传任何内容。",
  opening: "正在打开 {file}…",
  opened: "已打开 {file}：{sheets} 个工作表",
  openedOne: "已打开 {file}：1 个工作表",
  notXlsx: "{file} 不是 Excel 工作簿 (.xlsx)。请在 Excel 中另存为 .xlsx 后再打开。",
  unreadable: "无法读取 {file}：文件可能已损坏、受密码保护或是旧版 .xls 文件。({detail})",
  empty: "{file} 中没有含单元格的工作表。",
  showingRows: "显示 {total} 行中的 {shown} 行",
  pasted: "已在 {cell} 粘贴 {rows} × {cols} 个单元格",
  chartOf: "图表：{title}",
};

const tables: Record<Language, Record<PreviewKey, string>> = { en, ko, "zh-CN": zh };
/** Every language's table, for the translation tests. */
export const PREVIEW_TABLES: Readonly<Record<Language, Readonly<Record<PreviewKey, string>>>> = tables;

const LOCALES: Record<Language, string> = { en: "en-US", ko: "ko-KR", "zh-CN": "zh-CN" };

/** A count as the language writes it (2,000 / 2,000 / 2,000; the grouping is the locale's). */
export function formatCount(n: number, language: Language): string {
  return n.toLocaleString(LOCALES[language]);
}

export function previewText(key: PreviewKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  const template = tables[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
