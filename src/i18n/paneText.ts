/**
 * The task pane's own words (buttons, headings, hints). English is the source; Korean and
 * Chinese fill in key by key and fall back to English where a key is missing. Method names,
 * parameter choices and class strategies come from the method registry and the playbook.
 */
import { Language } from "./language";

const en = {
  title: "Customer segments",
  dataHeading: "1. Data",
  useSelection: "Use the table at the cursor",
  noData: "Click inside your customer table (or select it), then choose “Use the table at the cursor”.",
  foundTable: "Table {name}: {rows} rows, {cols} columns on {sheet}",
  foundRegion: "{address} on {sheet}: {rows} rows, {cols} columns",
  headerRow: "First row holds column names",
  roleName: "Customer name",
  roleId: "Customer ID",
  roleValue: "Value (revenue, profit …)",
  roleSecond: "Second measure",
  rolePeriods: "Period columns (months, quarters)",
  noColumn: "(none)",
  methodHeading: "2. Method",
  previewHeading: "3. Preview",
  previewClass: "Class",
  previewCustomers: "Customers",
  previewShare: "% of customers",
  previewValue: "Value",
  previewValueShare: "% of value",
  previewCut: "From value",
  notCustomers: "{count} rows are not customers (blank or text).",
  numericText: "Numbers stored as text: {count} (convert them to count them).",
  errors: "{count} rows hold an error value.",
  curveTitle: "Share of value by share of customers",
  outputHeading: "4. Apply",
  outputValues: "Class codes as values",
  outputFormulas: "Live =SEGMENT formulas",
  formulasUnavailable: "This method has no per-row formula yet: classes are written as values.",
  summarySheet: "Add a summary sheet",
  tagColumn: "Add a customer-type column with a drop-down",
  colours: "Colours",
  apply: "Apply",
  applying: "Applying…",
  applied: "Done: {customers} customers classified in column {column}{summary}.",
  appliedSummary: "; summary on sheet “{sheet}”",
  appliedHeading: "Applied in this workbook",
  noneApplied: "Nothing applied yet.",
  refresh: "Refresh",
  remove: "Remove",
  removed: "Removed: the workbook is as it was before.",
  refreshed: "Refreshed with the current data: classes in column {column}.",
  occupiedTitle: "Some cells are not empty",
  occupiedBody: "Writing here would replace {total} non-empty cell(s): {cells}",
  occupiedMove: "Use the next empty column",
  occupiedOverwrite: "Replace them (Remove puts them back)",
  cancel: "Cancel",
  missingRoles: "Choose a column for: {roles}.",
  working: "Working…",
} as const;

export type PaneKey = keyof typeof en;
type Table = Partial<Record<PaneKey, string>>;

const ko: Table = {
  title: "고객 세분화",
  dataHeading: "1. 데이터",
  useSelection: "커서 위치의 표 사용",
  headerRow: "첫 행은 열 이름",
  roleName: "고객명",
  roleId: "고객번호",
  roleValue: "금액 (매출, 이익 …)",
  roleSecond: "두 번째 지표",
  rolePeriods: "기간 열 (월, 분기)",
  methodHeading: "2. 방법",
  previewHeading: "3. 미리보기",
  previewClass: "등급",
  previewCustomers: "고객 수",
  outputHeading: "4. 적용",
  summarySheet: "요약 시트 추가",
  tagColumn: "고객 유형 열 추가 (드롭다운)",
  colours: "색상",
  apply: "적용",
  refresh: "새로 고침",
  remove: "제거",
  removed: "제거됨: 통합 문서가 이전 상태로 돌아갔습니다.",
  cancel: "취소",
};

const zh: Table = {
  title: "客户分类",
  dataHeading: "1. 数据",
  useSelection: "使用光标所在的表",
  headerRow: "首行为列名",
  roleName: "客户名称",
  roleId: "客户编号",
  roleValue: "金额（销售额、利润 …）",
  roleSecond: "第二个指标",
  rolePeriods: "期间列（月、季度）",
  methodHeading: "2. 方法",
  previewHeading: "3. 预览",
  previewClass: "等级",
  previewCustomers: "客户数",
  outputHeading: "4. 应用",
  summarySheet: "添加汇总工作表",
  tagColumn: "添加客户类型列（下拉列表）",
  colours: "颜色",
  apply: "应用",
  refresh: "刷新",
  remove: "移除",
  removed: "已移除：工作簿已恢复原状。",
  cancel: "取消",
};

const tables: Record<Language, Table> = { en, ko, "zh-CN": zh };

export function paneText(key: PaneKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  const template = tables[language][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
