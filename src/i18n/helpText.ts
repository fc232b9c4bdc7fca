/**
 * The words of the help page (dist/help.html, the manifest's SupportUrl and Get Started link):
 * headings, the getting-started steps and the playbook's group titles, per language. The
 * function reference on that page is not written here: the build takes it from functions.json
 * and its Korean and Chinese versions, and the advice from the playbook (playbook.ts), so the
 * page always matches what Excel shows. build/helpPage.js renders it; `{formula}` and `{pane}`
 * are filled in there.
 */
import { Language } from "./language";

export interface HelpText {
  readonly languageName: string;
  readonly title: string;
  readonly intro: string;
  readonly contents: string;
  readonly startHeading: string;
  readonly startInstall: string;
  readonly startFormula: string;
  readonly startFormulaMore: string;
  readonly startPane: string;
  readonly startPrivacy: string;
  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly parameter: string;
  readonly description: string;
  readonly optional: string;
  readonly playbookHeading: string;
  readonly playbookIntro: string;
  readonly code: string;
  readonly advice: string;
  readonly groups: Readonly<Record<PlaybookGroup, string>>;
}

/** The playbook's codes by the method that returns them; a code in no group is listed under "other". */
export const PLAYBOOK_GROUPS = {
  tiers: ["A", "B", "C", "D"],
  pareto: ["VITAL", "REST", "LOSS"],
  existing: ["EI", "EII", "EIII", "EIV"],
  prospects: ["PI", "PII", "PIII", "PIV"],
  tenure: ["OLD-LARGE", "NEW-LARGE", "OLD-SMALL", "NEW-SMALL"],
  plain: ["HH", "HL", "LH", "LL"],
  types: ["DRIVER", "ANALYST", "AMIABLE", "EXPRESSIVE", "LOOKER", "DISCOUNT-SEEKER", "RESEARCHER", "IMPULSE", "NEED-BASED", "SWITCHING", "UNSURE"],
  rfm: ["CHAMPIONS", "POTENTIAL-LOYALIST", "LOYAL-CUSTOMERS", "PROMISING", "NEW-CUSTOMERS", "CANT-LOSE-THEM", "AT-RISK-CUSTOMERS", "NEED-ATTENTION", "ABOUT-TO-SLEEP", "LOST", "OTHERS"],
  rfm8: ["IMPORTANT-VALUE", "IMPORTANT-DEVELOP", "IMPORTANT-RETAIN", "IMPORTANT-WINBACK", "GENERAL-VALUE", "GENERAL-DEVELOP", "GENERAL-RETAIN", "GENERAL-WINBACK"],
  lifecycle: ["NEW", "ACTIVE", "LOYAL", "SILENT", "AT-RISK", "CHURNED", "DISSATISFIED"],
  other: [],
} as const satisfies Record<string, readonly string[]>;
export type PlaybookGroup = keyof typeof PLAYBOOK_GROUPS;

const en: HelpText = {
  languageName: "English",
  title: "Customer Segments — help",
  intro:
    "Classify the customers in your workbook — ABC/ABCD tiers, Pareto 80/20, quadrants, RFM, lifecycle stages and churn — as formulas or from a task pane. Nothing leaves the workbook.",
  contents: "Contents",
  startHeading: "Getting started",
  startInstall:
    "Install: your IT admin deploys the add-in from the Microsoft 365 admin center, and it appears under Home → Add-ins. To try it yourself, upload its manifest.xml: in Excel on the web, Home → Add-ins → More add-ins → Upload my add-in.",
  startFormula: "Type {formula} in an empty column next to your customer list: every customer gets A, B or C.",
  startFormulaMore: "Every function starts with SEGMENT.; Excel's autocomplete describes each one and its arguments. All of them are listed below.",
  startPane: "Or open the task pane — {pane} — pick your table and a method, see a preview, and apply it: a class column, every row coloured by class, and a summary sheet. Remove takes it all away again.",
  startPrivacy: "The add-in reads and writes only the workbook; it sends nothing anywhere.",
  functionsHeading: "Functions",
  functionsIntro:
    "Each function takes a column or a row of customers and returns its result in the same shape, so a spilled result lines up with your rows. Arguments in [brackets] are optional.",
  parameter: "Argument",
  description: "What it is",
  optional: "optional",
  playbookHeading: "Strategy playbook",
  playbookIntro: "What to do with each class. SEGMENT.STRATEGY(code) writes the same advice in a cell.",
  code: "Code",
  advice: "Recommended approach",
  groups: {
    tiers: "ABC / ABCD tiers",
    pareto: "Pareto 80/20",
    existing: "Existing customers: contribution × stability",
    prospects: "Prospects: expected contribution × purchase intent",
    tenure: "Tenure × size",
    plain: "Plain quadrants",
    types: "Customer types",
    rfm: "RFM segments",
    rfm8: "RFM, 8 classes",
    lifecycle: "Lifecycle stages",
    other: "Other codes",
  },
};

const ko: HelpText = {
  languageName: "한국어",
  title: "고객 세분화 — 도움말",
  intro:
    "통합 문서 안의 고객을 ABC/ABCD 등급, 파레토 80/20, 사분면, RFM, 생애주기 단계, 이탈 확률로 분류합니다. 수식으로도, 작업창에서도 쓸 수 있습니다. 데이터는 통합 문서 밖으로 나가지 않습니다.",
  contents: "목차",
  startHeading: "시작하기",
  startInstall:
    "설치: IT 관리자가 Microsoft 365 관리 센터에서 추가 기능을 배포하면 [홈] > [추가 기능]에 나타납니다. 직접 사용해 보려면 manifest.xml을 업로드하세요. 웹용 Excel에서는 [홈] > [추가 기능] > [추가 기능 더 보기] > [내 추가 기능 업로드]입니다.",
  startFormula: "고객 목록 옆의 빈 열에 {formula}을 입력하면 고객마다 A, B, C 등급이 표시됩니다.",
  startFormulaMore: "모든 함수는 SEGMENT.로 시작하며, Excel 자동 완성이 함수와 인수를 설명합니다. 전체 목록은 아래에 있습니다.",
  startPane: "또는 작업창({pane})을 열어 표와 분류 방법을 고르고, 미리 보기를 확인한 뒤 적용하세요. 등급 열, 등급별 행 색상, 요약 시트가 만들어지며 [제거]로 모두 되돌릴 수 있습니다.",
  startPrivacy: "추가 기능은 통합 문서만 읽고 쓰며, 어디에도 데이터를 보내지 않습니다.",
  functionsHeading: "함수",
  functionsIntro:
    "모든 함수는 고객 한 열 또는 한 행을 받아 같은 모양으로 결과를 돌려주므로, 분산된 결과가 고객 행과 나란히 맞습니다. [대괄호] 안의 인수는 생략할 수 있습니다.",
  parameter: "인수",
  description: "설명",
  optional: "선택",
  playbookHeading: "전략 가이드",
  playbookIntro: "등급별로 무엇을 해야 하는지 정리했습니다. SEGMENT.STRATEGY(코드)는 같은 조언을 셀에 표시합니다.",
  code: "코드",
  advice: "권장 전략",
  groups: {
    tiers: "ABC / ABCD 등급",
    pareto: "파레토 80/20",
    existing: "기존 고객: 기여도 × 안정성",
    prospects: "잠재 고객: 예상 기여도 × 구매 의향",
    tenure: "거래 기간 × 규모",
    plain: "기본 사분면",
    types: "고객 유형",
    rfm: "RFM 세그먼트",
    rfm8: "RFM 8분류",
    lifecycle: "생애주기 단계",
    other: "기타 코드",
  },
};

const zh: HelpText = {
  languageName: "简体中文",
  title: "客户分类 — 帮助",
  intro: "在工作簿中对客户分类：ABC/ABCD 分级、帕累托 80/20、四象限、RFM、生命周期阶段和流失概率，既可用公式，也可在任务窗格中完成。数据不会离开工作簿。",
  contents: "目录",
  startHeading: "快速入门",
  startInstall:
    "安装：IT 管理员在 Microsoft 365 管理中心部署此加载项后，它会出现在“开始 > 加载项”中。若想自己试用，请上传它的 manifest.xml：在 Excel 网页版中，选择“开始 > 加载项 > 更多加载项 > 上传我的加载项”。",
  startFormula: "在客户列表旁的空白列中输入 {formula}，每个客户都会得到 A、B 或 C。",
  startFormulaMore: "所有函数都以 SEGMENT. 开头，Excel 的自动完成会说明每个函数及其参数。完整列表见下文。",
  startPane: "也可以打开任务窗格（{pane}），选择表格和分类方法，查看预览后应用：生成等级列、按等级为每行着色并生成汇总表。“删除”可将其全部撤销。",
  startPrivacy: "此加载项只读写工作簿，不向任何地方发送数据。",
  functionsHeading: "函数",
  functionsIntro: "每个函数接收一列或一行客户，并以相同形状返回结果，因此溢出的结果与客户行一一对应。[方括号] 中的参数可以省略。",
  parameter: "参数",
  description: "说明",
  optional: "可选",
  playbookHeading: "策略手册",
  playbookIntro: "每个等级该怎么做。SEGMENT.STRATEGY(代码) 会在单元格中写出同样的建议。",
  code: "代码",
  advice: "建议做法",
  groups: {
    tiers: "ABC / ABCD 分级",
    pareto: "帕累托 80/20",
    existing: "现有客户：贡献度 × 稳定性",
    prospects: "潜在客户：预期贡献 × 购买意向",
    tenure: "合作年限 × 规模",
    plain: "普通四象限",
    types: "客户类型",
    rfm: "RFM 细分",
    rfm8: "RFM 八大类",
    lifecycle: "生命周期阶段",
    other: "其他代码",
  },
};

export const HELP_TEXT: Readonly<Record<Language, HelpText>> = { en, ko, "zh-CN": zh };

/** Where the task pane is opened, as the ribbon names it in each language (manifest.xml's labels). */
export const PANE_PATH: Readonly<Record<Language, string>> = {
  en: "Data → Classify customers",
  ko: "[데이터] > [고객 분류]",
  "zh-CN": "“数据 > 开始分类”",
};
