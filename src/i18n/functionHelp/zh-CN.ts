/**
 * Simplified Chinese help for the custom functions (functions.zh-CN.json), keyed by function id
 * and parameter name exactly as in the English functions.json. Argument values in quotes
 * ("reach", "median" …) and function names stay as typed in formulas: the same in every language.
 */
import { FunctionHelpTable } from "./localize";

export const ZH_CN_FUNCTION_HELP: FunctionHelpTable = {
  ABC: {
    description:
      "按金额累计占比将客户分为 A、B、C 三类（默认：累计前 80 % 为 A，至 95 % 为 B，其余为 C）。在输入旁为每个客户溢出一个等级。",
    parameters: {
      values: "每个客户的金额（销售额、利润等）：一列或一行。空白和文本单元格不计为客户；≤ 0 的值为 C。",
      cuts: '累计分界点：小数数组 {0.8,0.95}、预设 "80/95"、"70/90"、"50/80"、"55/85"、各类占比 "80/15/5"、"70/20/10"、"50/30/20"，或 "auto"（由数据计算分界点）。默认 80/95。',
      rule: '跨越分界点的客户归入哪一类："reach"（默认，归入较高等级：A 是累计达到 80 % 的最小头部客户集合）或 "byhand"（占比 ≤ 分界点，与 SUMIF 手工表一致）。',
      basis: '"value"（默认：按金额占比）、"count"（按客户数占比：前 20 % 为 A，其后 10 % 为 B）或 "threshold"（分界点为金额：除最后一级外各级的最低金额，用于沿用上月的分界值）。',
    },
  },
  ABCD: {
    description: "按金额累计占比将客户分为 A、B、C、D 四类（默认：前 50 % 为 A，至 80 % 为 B，至 95 % 为 C，其余为 D）。",
    parameters: {
      values: "每个客户的金额：一列或一行。空白和文本单元格不计为客户；≤ 0 的值为 D。",
      cuts: '三个累计分界点 {0.5,0.8,0.95}、预设 "50/80/95"，或各类占比 "50/30/15/5"。默认 50/80/95。',
      rule: '"reach"（默认：跨越分界点的客户归入较高等级）或 "byhand"（占比 ≤ 分界点，与 SUMIF 手工表一致）。',
      basis: '"value"（默认）、"count"（按客户数占比：默认 20/30/50）或 "threshold"（分界点为金额：除最后一级外各级的最低金额，用于沿用上月的分界值）。',
    },
  },
  SHARE: {
    description:
      '每个客户的累计占比：排名不低于该客户的所有客户（含并列）的金额之和，除以正金额总和。在没有退货的表中等同于 SUMIF(v,">="&v)/SUM(v)。',
    parameters: {
      values: "每个客户的金额：一列或一行。",
      basis: '"value"（默认）或 "count"（排名不低于该客户的客户数占比）。',
    },
  },
  ABCOF: {
    description:
      "单个客户的 ABC 等级，用于 Excel 表格中的列（表格内溢出结果会显示 #SPILL!）：=SEGMENT.ABCOF([@Revenue],[Revenue])。每行遍历一次整列；列不变时结果会被缓存。",
    parameters: {
      value: "该客户的金额，例如 [@Revenue]。",
      values: "所有客户的金额，例如 [Revenue]。",
      cuts: '同 SEGMENT.ABC：{0.8,0.95}、"80/95"、"80/15/5"、"auto" 等。默认 80/95。',
      rule: '"reach"（默认）或 "byhand"。',
      basis: '"value"（默认）、"count" 或 "threshold"（分界点为金额：除最后一级外各级的最低金额，用于沿用上月的分界值）。',
    },
  },
  ABCDOF: {
    description: "单个客户的 ABCD 等级，用于 Excel 表格中的列：=SEGMENT.ABCDOF([@Revenue],[Revenue])。",
    parameters: {
      value: "该客户的金额，例如 [@Revenue]。",
      values: "所有客户的金额，例如 [Revenue]。",
      cuts: "同 SEGMENT.ABCD。默认 50/80/95。",
      rule: '"reach"（默认）或 "byhand"。',
      basis: '"value"（默认）、"count" 或 "threshold"（分界点为金额：除最后一级外各级的最低金额，用于沿用上月的分界值）。',
    },
  },
  PARETO: {
    description:
      "帕累托 80/20：关键少数（正金额累计达到分界占比，默认 80 %，的最小头部客户集合）为 VITAL；金额为负的客户（投入大于回报）为 LOSS；其余客户为 REST。",
    parameters: {
      values: "每个客户的金额（利润或销售额）：一列或一行。空白和文本单元格不计为客户。",
      cut: "关键少数须达到的金额占比，0 到 1 之间的小数。默认 0.8。",
    },
  },
  PARETOOF: {
    description: "单个客户的帕累托分组，用于 Excel 表格中的列：=SEGMENT.PARETOOF([@Profit],[Profit])。",
    parameters: {
      value: "该客户的金额，例如 [@Profit]。",
      values: "所有客户的金额，例如 [Profit]。",
      cut: "关键少数须达到的金额占比。默认 0.8。",
    },
  },
  EXPLAIN: {
    description:
      "说明分类结果：各等级的客户数、客户占比、金额、金额占比（占正金额合计）、最低金额及该等级的分界点；随后是合计行，以及不计为客户的行数。",
    parameters: {
      values: "每个客户的金额：一列或一行。",
      method: '"ABC"（默认）、"ABCD" 或 "PARETO"。',
      cuts: '同对应方法的函数：{0.8,0.95}、"80/95"、"80/15/5"、"auto" 等；PARETO 为一个小数（默认 0.8）。',
      rule: '"reach"（默认）或 "byhand"。',
      basis: '"value"（默认）、"count" 或 "threshold"（分界点为金额：除最后一级外各级的最低金额，用于沿用上月的分界值）。',
      customer_ids: "每行的客户编号（与第一个参数等长）：会增加一行，说明有多少客户编号出现在多行中。",
    },
  },
  QUADRANT: {
    description:
      "按两个指标把客户放入四个象限之一，每个指标按阈值（默认：客户的中位数）划分。高于阈值为高，等于阈值为低。代码：EI 高 x·高 y，EII 高 x·低 y，EIII 低 x·高 y，EIV 双低，或使用其他标签组。",
    parameters: {
      x: "每个客户的第一个指标（贡献度、预期贡献度、销售额）：一列或一行。x 或 y 为空白或文本时不计为客户。",
      y: "每个客户的第二个指标（稳定性、购买意向、合作年限），长度和方向须与 x 相同。",
      x_split: 'x 的划分方式："median"（默认）、"mean"、"p75" 这样的百分位数（客户值的 PERCENTILE.INC）或一个数字。等于阈值的值为低。',
      y_split: 'y 的划分方式，形式同 x_split。默认 "median"。',
      label_set:
        '"existing"（默认：EI 巩固、EII 转化、EIII 提升、EIV 清理）、"prospects"（PI–PIV）、"tenure"（x = 规模，y = 合作年数，不是日期：OLD-LARGE、NEW-LARGE、OLD-SMALL、NEW-SMALL）或 "plain"（HH、HL、LH、LL）。',
    },
  },
  QUADRANTOF: {
    description:
      "单个客户所在的象限，用于 Excel 表格中的列（表格内溢出结果会显示 #SPILL!）：=SEGMENT.QUADRANTOF([@Revenue],[@Profit],[Revenue],[Profit])。阈值和代码与对整列使用 SEGMENT.QUADRANT 相同；列不变时阈值只计算一次。",
    parameters: {
      x_value: "该客户的 x 指标，例如 [@Revenue]。x_value 或 y_value 为空白或文本时不计为客户（结果为空）。",
      y_value: "该客户的 y 指标，例如 [@Profit]。",
      x: "所有客户的 x 指标，例如 [Revenue]：一列或一行。阈值按 x 和 y 都是数字的行计算。",
      y: "所有客户的 y 指标，例如 [Profit]，长度和方向须与 x 相同。",
      x_split: 'x 的划分方式："median"（默认）、"mean"、"p75" 这样的百分位数或一个数字。等于阈值的值为低。',
      y_split: 'y 的划分方式，形式同 x_split。默认 "median"。',
      label_set: '"existing"（默认：EI–EIV）、"prospects"（PI–PIV）、"tenure"（OLD-LARGE … NEW-SMALL）或 "plain"（HH、HL、LH、LL）。',
    },
  },
  QUADRANTEXPLAIN: {
    description:
      "说明象限分类结果：各代码的客户数、客户占比、x 合计及 x 占比（占正合计）；合计行；不计为客户的行数；以及 x 和 y 所用的阈值（高于阈值为高，等于为低）。",
    parameters: {
      x: "每个客户的第一个指标，同 SEGMENT.QUADRANT。",
      y: "每个客户的第二个指标，长度和方向须与 x 相同。",
      x_split: '"median"（默认）、"mean"、"p75" 这样的百分位数，或一个数字。',
      y_split: '"median"（默认）、"mean"、"p75" 这样的百分位数，或一个数字。',
      label_set: '"existing"（默认）、"prospects"、"tenure" 或 "plain"。',
      customer_ids: "每行的客户编号（与第一个参数等长）：会增加一行，说明有多少客户编号出现在多行中。",
    },
  },
  CONTRIBUTION: {
    description:
      "每个客户对总销售额的贡献度：各期净销售额之和 ÷ 所有客户正净销售额之和。正贡献度之和为 1；退货多于购买的客户贡献度为负。",
    parameters: {
      period_sales: "客户各期销售额：每个客户一行，每月或每季度一列。没有数字的行不计为客户。",
    },
  },
  STABILITY: {
    description:
      "客户购买的均匀程度，0 到 1：1 − CV/√(P−1)，CV = 各期销售额（退货按 0 计）的总体标准差 ÷ 均值，P = 期数。1 = 每期销售额相同；0 = 全部集中在一期，或没有销售。",
    parameters: {
      period_sales: "客户各期销售额：每个客户一行，每月或每季度一列（至少 2 列）。客户行中的空白单元格表示该期没有销售。",
    },
  },
  GROWTHSTREAK: {
    description: "截至最近一年的连续增长年数：从最后一列往前数，销售额连续几年严格高于上一年（最近一年没有增长则为 0）。",
    parameters: {
      year_sales: "客户各年销售额：每个客户一行，每年一列，从最早的年份开始（至少 2 列）。客户行中的空白单元格表示该年没有销售。",
    },
  },
  ABCGROWTH: {
    description:
      "按增长的 ABC 分类（seed 001）：A = 按最近一年销售额排名前 20 % 的客户（并列客户同级）；B = 其余客户中最近两年销售额逐年上升的客户；C = 其他所有客户。",
    parameters: {
      year_sales: "客户各年销售额：每个客户一行，每年一列，从最早的年份开始（至少 3 列）。客户行中的空白单元格表示该年没有销售。",
      top: "A 类客户的占比，0 到 1 之间的小数。默认 0.2。",
    },
  },
  STRATEGY: {
    description:
      "任一 SEGMENT 函数返回的等级代码（A–D、VITAL/REST/LOSS、EI–EIV、PI–PIV、OLD-LARGE …、HH…LL）或客户类型标签对应的建议策略。传入一组代码，则逐个返回策略。",
    parameters: {
      code: "等级代码或客户类型（驾驭型、分析型、亲和型、表达型、浏览型、优惠导向型、比较研究型、冲动消费型、需求导向型、寻求替换型、犹豫不决型，英文名称亦可），或它们组成的一列或一行。不区分大小写。",
      language: '"en"、"ko" 或 "zh-CN"。默认：Office 的显示语言（如已在任务窗格中另选语言，则用所选语言）。',
    },
  },
  TRANSITIONS: {
    description:
      "两期分类结果之间的等级迁移矩阵：每个上期等级一行（从优到劣），加一行 NEW（仅本期有的客户）；每个本期等级一列，加一列 GONE（仅上期有的客户）和合计。客户去除首尾空格后按 COUNTIF 的方式匹配（7 = \"7\"，不区分大小写）；同一期中 ID 重复为错误。",
    parameters: {
      previous: "上期分类结果，每个客户一行：客户 ID 和等级（2 列），或 ID、等级和金额（3 列）。ID 为空的行跳过；等级为空表示当时未分类。",
      current: "本期分类结果，列须与 previous 相同。客户的行顺序可以不同。",
      order:
        '等级从优到劣的顺序：范围或数组，如 {"A","B","C"}，或文本 "A>B>C"。省略时根据找到的代码采用 A > B > C > D、VITAL > REST > LOSS、EI > … > EIV 或 PI > … > PIV。',
      measure: '"customers"（默认：客户数）或 "value"（第三列之和：客户的本期金额；GONE 取上期金额）。',
    },
  },
  MOVE: {
    description:
      "本期每个客户相对上期的变动方向：UP（等级上升）、DOWN（下降）、SAME（不变）、NEW（上期未分类）、GONE（上期已分类，现在等级为空）；ID 为空则返回空白。current 的每一行对应一个结果，可溢出在其旁边。",
    parameters: {
      previous: "上期分类结果，每个客户一行：客户 ID 和等级（2 列），或 ID、等级和金额（3 列；此处不使用金额）。",
      current: "本期分类结果，列须与 previous 相同。结果与它的行一一对应。",
      order:
        '等级从优到劣的顺序：范围或数组，如 {"A","B","C"}，或文本 "A>B>C"。省略时采用所找到代码的内置顺序（A > B > C > D、VITAL > REST > LOSS、EI > … > EIV、PI > … > PIV）。',
    },
  },
  PREVIOUS: {
    description:
      '本期每个客户在上期的等级；上期未分类（新客户）则为空白。无需等级顺序，适用于任何分类。要在行旁显示 "A→C"：=SEGMENT.PREVIOUS(prev,cur)&"→"&class。',
    parameters: {
      previous: "上期分类结果，每个客户一行：客户 ID 和等级（2 列），或 ID、等级和金额（3 列；此处不使用金额）。",
      current: "本期分类结果，列须与 previous 相同。结果与它的行一一对应。",
    },
  },
  SUMMARY: {
    description:
      "由订单明细生成每个客户一行（含标题行）：客户 ID、首次下单日期、最近下单日期、订单数（不同日期数）、金额、距最近一次下单的天数（到截至日期）、平均下单间隔天数（仅一单时为空）、订单行数。客户按其第一条订单行的顺序排列，与 UNIQUE() 相同。",
    parameters: {
      customer_ids: '每条订单行的客户 ID（文本或数字；7 与 "7" 视为同一客户，不区分大小写）。',
      dates: "每条订单行的日期（Excel 日期）。以文本输入的日期不计入；具体条数见 SEGMENT.SUMMARYEXPLAIN。",
      amounts: "每条订单行的金额。负金额（退货）照常合计。",
      as_of: "计算天数的截至日期。默认：数据中最近的订单日期（不是今天）。截至日期之后的行不计入。",
    },
  },
  SUMMARYEXPLAIN: {
    description:
      "SEGMENT.SUMMARY 统计了什么、跳过了什么：读取的行数、计入的订单行、客户数、所用截至日期，以及按原因列出被排除的行（空行、错误值、无 ID、无日期、文本日期、晚于截至日期）和有保留地计入的行（金额缺失或为文本、负金额）。",
    parameters: {
      customer_ids: "每条订单行的客户 ID。",
      dates: "每条订单行的日期。",
      amounts: "每条订单行的金额。",
      as_of: "同 SEGMENT.SUMMARY。默认：数据中最近的订单日期。",
    },
  },
  BGNBDINPUT: {
    description:
      "由订单明细生成每个客户的 BG/NBD 输入（含标题行）：客户 ID、x = 重复购买次数（不同购买日期数 − 1）、t_x = 最后一次购买 − 首次购买（只买过一次为 0）、T = 截至日期 − 首次购买。同一天的多次购买只算一次（Python lifetimes 的约定）。将这些列用于 SEGMENT.BGNBD、PALIVE 和 EXPECTED。",
    parameters: {
      customer_ids: "每条订单行的客户 ID。",
      dates: "每条订单行的日期（Excel 日期；文本日期不计入）。",
      as_of: "观察期的结束日。默认：数据中最近的订单日期。之后的行不计入。",
      unit: '"days"（默认）或 "weeks"（天数 ÷ 7）。SEGMENT.EXPECTED 中的 horizon 请使用相同单位。',
    },
  },
  RFM: {
    description:
      "每个客户的 RFM 评分 1–5：R、F、M 三列（5 为最佳；最近购买的客户 R = 5）。分箱方式与 R 语言 rfm 包相同：在客户值的 20/40/60/80 % PERCENTILE.INC 处切分，等于切分点的值进入较高档，因此相同的值得分相同。SEGMENT.RFMEXPLAIN 显示切分点，并在某个维度用到的分数少于 5 档时给出提示。",
    parameters: {
      recency_days: "每个客户距最近一次下单的天数（越少越好），例如 SEGMENT.SUMMARY 的第 6 列。",
      frequency: "每个客户的订单数（或订单行数）。",
      monetary: "每个客户的总金额。",
      bins: '自定义分档边界，代替分位数：3 行（R、F、M）× 4 个递增的数字；某行留空则该维度仍用分位数。R 的边界为天数：小于第一个边界时 R = 5。或填 "rfm-package"：使用 R 包 rfm 0.3 的切分点（分位数 + 1），得分与 R 相同。',
    },
  },
  RFMCODE: {
    description: '把每个客户的 RFM 评分按 R、F、M 顺序合成一个文本代码，例如 "545"。评分与 SEGMENT.RFM 相同。',
    parameters: {
      recency_days: "每个客户距最近一次下单的天数（越少越好）。",
      frequency: "每个客户的订单数（或订单行数）。",
      monetary: "每个客户的总金额。",
      bins: '同 SEGMENT.RFM：3 行（R、F、M）× 4 个递增的边界，或 "rfm-package"（R rfm 0.3 的切分点）。默认：分位数分档。',
    },
  },
  RFMSEGMENT: {
    description:
      "根据 R、F、M 评分得出每个客户的 RFM 客户群名称：Champions（冠军客户）、Potential loyalist（潜在忠诚）、Loyal customers（忠诚客户）、Promising（有潜力）、New customers（新客户）、Can't lose them（不能失去）、At risk（流失风险）、Need attention（需要关注）、About to sleep（即将沉睡）、Lost（已流失）（methods.md §7，先匹配的规则优先）；都不匹配时为 OTHERS。",
    parameters: {
      r: "每个客户的 R 评分（1–5），例如 SEGMENT.RFM 的第一列。",
      f: "每个客户的 F 评分（1–5）。",
      m: "每个客户的 M 评分（1–5）。",
      rules: "自定义规则表：每行一条规则，7 列 name、r_min、r_max、f_min、f_max、m_min、m_max（含两端；可带标题行）。先匹配的规则优先。",
    },
  },
  RFMEXPLAIN: {
    description:
      "说明 RFM 评分和客户群：每个维度（R、F、M）的四个切分点、它们来自分位数还是自定义边界、各评分 1–5 的客户数及实际用到的分数，并对用到的分数少于 5 档的维度（数据偏斜）给出提示；然后是各客户群（含 OTHERS）的客户数和金额。",
    parameters: {
      recency_days: "每个客户距最近一次下单的天数。",
      frequency: "每个客户的订单数（或订单行数）。",
      monetary: "每个客户的总金额。",
      bins: '同 SEGMENT.RFM：3 行 × 4 个边界，或 "rfm-package"（R rfm 0.3 的切分点）。默认：分位数分档。',
      rules: "同 SEGMENT.RFMSEGMENT。默认：标准规则表。",
      customer_ids: "每行的客户编号（与第一个参数等长）：会增加一行，说明有多少客户编号出现在多行中。",
    },
  },
  WHY: {
    description:
      '说明每个客户为何得到其 ABC、ABCD 或帕累托类别：每个客户一行，共 7 列——类别；一句说明（"B：距 A 分界 58,900 还差 4,200；比 B 分界 55,800 高 3,100"）；本类别的阈值（不低于它即保持该类别）；金额 − 该阈值；上一级类别的阈值；该阈值 − 金额；下一级类别的阈值。阈值均为金额：不低于某类别阈值即属于该类别或更高类别。与相同参数的 SEGMENT.ABC / ABCD / PARETO 类别一致。',
    parameters: {
      values: "每个客户的金额：一列或一行。空白和文本单元格不计为客户（返回空行）。",
      method: '"ABC"（默认）、"ABCD" 或 "PARETO"。',
      cuts: '同对应方法的函数：{0.8,0.95}、"80/95"、"80/15/5"、"auto" 等；PARETO 为一个小数（默认 0.8）。',
      rule: '同 SEGMENT.ABC："reach"（默认）或 "byhand"。PARETO 只用 "reach"。',
      basis: '同 SEGMENT.ABC："value"（默认）或 "count"。PARETO 只用 "value"。',
    },
  },
  RFMWHY: {
    description:
      '说明每个客户为何得到其 RFM 评分和细分：每个客户一行，共 11 列——细分；一句说明（首条匹配规则及各评分所在区间，例如 "R 4 (30 ≤ 距今天数 < 90)"）；然后是 R 及其区间的下边界（含）和上边界（不含），F 及其边界，M 及其边界（开放区间为空）。与相同 bins 和 rules 的 SEGMENT.RFM 评分、SEGMENT.RFMSEGMENT 细分一致。',
    parameters: {
      recency_days: "每个客户距最近一次下单的天数（越少越好）。",
      frequency: "每个客户的订单数（或订单行数）。",
      monetary: "每个客户的总金额。",
      bins: '同 SEGMENT.RFM：3 行 × 4 个边界，或 "rfm-package"（R rfm 0.3 的切分点）。默认：分位数分档。',
      rules: "同 SEGMENT.RFMSEGMENT。默认：标准规则表。",
    },
  },
  QUADRANTWHY: {
    description:
      '说明每个客户为何落入其象限：每个客户一行，共 6 列——代码；一句说明（"EII：x 比阈值 900（中位数）高 300：高；y 比阈值 0.45（中位数）低 0.15：低"）；x 阈值；x − 阈值（大于 0 为高，相等为低）；y 阈值；y − 阈值。与相同参数的 SEGMENT.QUADRANT 代码一致。',
    parameters: {
      x: "每个客户的第一个指标，同 SEGMENT.QUADRANT。",
      y: "每个客户的第二个指标，长度和方向与 x 相同。",
      x_split: '"median"（默认）、"mean"、百分位数如 "p75"，或一个数字。等于阈值的值为低。',
      y_split: '"median"（默认）、"mean"、百分位数如 "p75"，或一个数字。',
      label_set: '"existing"（默认）、"prospects"、"tenure" 或 "plain"。',
    },
  },
  RFM8CLASS: {
    description:
      "RFM 八大类：R、F、M 分别与其均值（默认）或中位数比较，分出高低，得到 IMPORTANT-VALUE（重要价值客户：近、频、高额）、IMPORTANT-DEVELOP（重要发展客户）、IMPORTANT-RETAIN（重要保持客户）、IMPORTANT-WINBACK（重要挽留客户）以及四类 GENERAL（一般客户：金额低）。“近”指天数少于阈值；等于阈值的值为低。",
    parameters: {
      recency_days: "每个客户距最近一次下单的天数（越少 R 越高）。",
      frequency: "每个客户的订单数。",
      monetary: "每个客户的总金额。",
      compare: '"mean"（默认）或 "median"：各维度用来比较的阈值。',
    },
  },
  RFM8EXPLAIN: {
    description: "说明 RFM 八大类：各类的客户数、客户占比、金额及金额占比，然后是所用的三个阈值（距今天数、频次、金额的均值或中位数）。",
    parameters: {
      recency_days: "每个客户距最近一次下单的天数。",
      frequency: "每个客户的订单数。",
      monetary: "每个客户的总金额。",
      compare: '"mean"（默认）或 "median"。',
      customer_ids: "每行的客户编号（与第一个参数等长）：会增加一行，说明有多少客户编号出现在多行中。",
    },
  },
  LIFECYCLE: {
    description:
      "每个客户的生命周期阶段：CHURNED（流失：超过 churn_days 天未下单）、DISSATISFIED（不满意：满意度 ≤ 2 分，满分 5）、AT-RISK（潜在流失：距最近下单天数 > k × 自身平均下单间隔）、NEW（新客户：new_days 天内首次下单）、LOYAL（忠诚：活跃、订单 ≥ loyal_orders、合作 ≥ loyal_days 天）、ACTIVE（活跃：active_days 天内下过单）、SILENT（沉默：其余）。按此顺序，先匹配的阶段优先。",
    parameters: {
      first_order: "每个客户的首次下单日期，例如 SEGMENT.SUMMARY 的第 2 列。",
      last_order: "每个客户的最近下单日期。",
      orders: "每个客户的订单数（不同日期数）。",
      as_of: "计算天数的截至日期。默认：数据中最近的订单日期（不是今天）。",
      new_days: "NEW：首次下单在此天数之内。默认 90。",
      active_days: "ACTIVE：最近下单在此天数之内。默认 90。",
      churn_days: "CHURNED：超过此天数未下单。默认 365。",
      k: "AT-RISK：距最近下单天数超过 k × 该客户自身的平均下单间隔（需至少 2 个订单）。默认 2。",
      satisfaction: "可选：每个客户的满意度，1–5 分（5 = 非常满意）；2 分及以下为 DISSATISFIED；空白 = 未调查。",
      loyal_orders: "LOYAL：订单数至少为此值。默认 5。",
      loyal_days: "LOYAL：首次下单至少在此天数之前。默认 365。",
    },
  },
  LIFECYCLEEXPLAIN: {
    description:
      "说明生命周期阶段：各阶段（按优先顺序）的客户数和客户占比、截至日期和所用的各个时间窗口，以及不计为客户、含错误值或输入自相矛盾的行数。",
    parameters: {
      first_order: "每个客户的首次下单日期。",
      last_order: "每个客户的最近下单日期。",
      orders: "每个客户的订单数。",
      as_of: "同 SEGMENT.LIFECYCLE。默认：数据中最近的订单日期。",
      new_days: "NEW：首次下单在此天数之内。默认 90。",
      active_days: "ACTIVE：最近下单在此天数之内。默认 90。",
      churn_days: "CHURNED：超过此天数未下单。默认 365。",
      k: "AT-RISK：距最近下单天数超过 k × 自身平均下单间隔。默认 2。",
      satisfaction: "可选：每个客户的满意度，1–5 分；2 分及以下为 DISSATISFIED。",
      loyal_orders: "LOYAL：订单数至少为此值。默认 5。",
      loyal_days: "LOYAL：首次下单至少在此天数之前。默认 365。",
      customer_ids: "每行的客户编号（与第一个参数等长）：会增加一行，说明有多少客户编号出现在多行中。",
    },
  },
  BGNBD: {
    description:
      "用最大似然法将 BG/NBD 模型（Fader、Hardie & Lee 2005）拟合到客户数据并显示参数：r 和 alpha（购买率，Gamma 分布）、a 和 b（流失，Beta 分布）、对数似然、客户数以及优化是否收敛。",
    parameters: {
      x: "每个客户的重复购买次数（只买过一次为 0），例如来自 SEGMENT.BGNBDINPUT。",
      t_x: "每个客户最后一次购买距首次购买的时间（最后 − 首次；只买过一次为 0）。",
      T: "每个客户的客龄：截至日期 − 首次购买，单位与 t_x 相同。",
    },
  },
  PALIVE: {
    description:
      "按拟合到全部所给客户的 BG/NBD 模型，每个客户仍然活跃（“存活”）的概率：没有重复购买的客户为 1；相对其自身购买节奏，沉默越久概率越低。",
    parameters: {
      x: "每个客户的重复购买次数（只买过一次为 0）。",
      t_x: "最后一次购买 − 首次购买（只买过一次为 0）。",
      T: "截至日期 − 首次购买，单位与 t_x 相同。",
    },
  },
  EXPECTED: {
    description: "按拟合到全部所给客户的 BG/NBD 模型，每个客户在预测期（horizon）内的预期购买次数（Fader、Hardie & Lee 2005 公式 10）。",
    parameters: {
      x: "每个客户的重复购买次数（只买过一次为 0）。",
      t_x: "最后一次购买 − 首次购买（只买过一次为 0）。",
      T: "截至日期 − 首次购买，单位与 t_x 相同。",
      horizon: "预测期长度：向后看多少个周期，单位与 t_x 和 T 相同（例如 90 天或 13 周）。",
    },
  },
  GAMMAGAMMA: {
    description:
      "用最大似然法对有重复购买且平均消费大于 0 的客户拟合 Gamma-Gamma 消费模型（Fader, Hardie & Lee 2005），显示 p、q、v、对数似然、使用和未使用的客户数（及原因）、总体平均消费，以及购买频次与消费的相关系数（模型假设二者无关；超过 0.3 时给出警告）。",
    parameters: {
      frequency: "每个客户的重复购买次数（x；只买过一次为 0），例如 SEGMENT.BGNBDINPUT 的结果。",
      average_spend: "每个客户重复购买的平均金额（不是总额）。平均为 0 或更低的客户不参与拟合并被计数。",
    },
  },
  SPEND: {
    description:
      "根据对全部客户拟合的 Gamma-Gamma 模型，给出每个客户未来每次购买的预期平均金额：客户自身平均与总体平均的加权平均（购买越多，自身平均的权重越大）。只买过一次的客户和平均为 0 或更低的客户取总体平均。",
    parameters: {
      frequency: "每个客户的重复购买次数（x；只买过一次为 0）。",
      average_spend: "每个客户重复购买的平均金额。",
    },
  },
  CLV: {
    description:
      "客户终身价值：每个客户未来若干个月购买的预期折现价值，由对全部客户拟合的 BG/NBD 模型（买几次）和 Gamma-Gamma 模型（每次花多少）得出。一个月按 30 天或 4.345 周计，与 Python lifetimes 相同，便于比较。",
    parameters: {
      x: "每个客户的重复购买次数（只买过一次为 0），例如 SEGMENT.BGNBDINPUT 的结果。",
      t_x: "最后一次购买 − 首次购买（只买过一次为 0）。",
      T: "截至日期 − 首次购买，与 t_x 单位相同。",
      average_spend: "每个客户重复购买的平均金额（只买过一次为 0）。",
      months: "向前看几个月，整数。默认 12。",
      discount: "月折现率，例如每月 1 %（约每年 12.7 %）为 0.01。默认 0.01。",
      unit: 't_x 和 T 的单位："days"（默认）、"weeks" 或 "months"，与给 SEGMENT.BGNBDINPUT 的单位相同。',
    },
  },
  BACKTEST: {
    description:
      "用您的订单回测购买模型：用 split_date 及之前的订单拟合 BG/NBD，对当时已有的客户，按分割日前的购买次数（0 … 6、7+）、按合计、按每位客户的平均绝对误差，比较之后的预测重复购买与实际发生的购买；并给出注明规则的评级，以及分割日后的预测与实际金额（Gamma-Gamma 消费）。",
    parameters: {
      customer_ids: "每条订单行的客户 ID。",
      dates: "每条订单行的日期（Excel 日期；文本日期不计入）。",
      amounts: "每条订单行的金额（用于比较分割日后的预测与实际金额）。",
      split_date: "拟合期间的最后一天；检验期间从次日到数据中最近的日期。",
      unit: '"days"（默认）或 "weeks"（天数 ÷ 7）：表中检验期间长度的单位。',
    },
  },
  XYZ: {
    description:
      "按客户购买的规律程度分为 X、Y、Z：各期销售额的变异系数 CV = 总体标准差 ÷ 均值（STDEV.P/AVERAGE，空白期间和退货按 0 计）。默认：CV ≤ 0.5 为 X，CV ≤ 1.0 为 Y，更高为 Z。所有期间都没有销售的客户为空白。",
    parameters: {
      period_sales: "客户各期销售额：每个客户一行，每月或每季度一列（至少 2 列）。客户行中的空白单元格表示该期没有销售。",
      cuts: "两个逐个增大的变异系数阈值 {x_max,y_max}：不超过第一个为 X，不超过第二个为 Y，更高为 Z。默认 {0.5,1}。",
    },
  },
  ABCXYZ: {
    description:
      "ABC–XYZ 矩阵：按各期合计销售额得出的 ABC 类别（默认：金额前 80 % 为 A，至 95 % 为 B），后接 XYZ 字母（各期销售额的 CV：不超过 0.5 为 X，不超过 1.0 为 Y，更高为 Z），即 AX、AY … CZ。所有期间都没有销售的客户为空白。",
    parameters: {
      period_sales: "客户各期销售额：每个客户一行，每月或每季度一列（至少 2 列）。客户行中的空白单元格表示该期没有销售。",
      abc_cuts: '对合计做 ABC 的累计阈值，与 SEGMENT.ABC 的 cuts 相同：{0.8,0.95}、预设 "80/95"、"70/90"、"50/80"、按类别占比 "80/15/5" 或 "auto"。默认 80/95。',
      xyz_cuts: "两个逐个增大的变异系数阈值 {x_max,y_max}。默认 {0.5,1}。",
    },
  },
  COHORT: {
    description:
      "按同期群的留存：每个同期群（客户首次下单的月份或季度，\"2024-01\"）一行，给出其客户数，以及首次下单后的每个期间（0、1、2 …）中下过单的客户占比，或相对首个期间的金额比例。数据最后日期之后的期间为空白。",
    parameters: {
      customer_ids: '每条订单行的客户 ID（文本或数字；7 与 "7" 视为同一客户，不区分大小写）。',
      dates: "每条订单行的日期（Excel 日期；文本日期不计入）。",
      period: '"month"（默认）或 "quarter"：同期群及之后每个期间的长度。',
      measure: '"customers"（默认：该期间下过单的同期群客户占比）或 "revenue"（同期群在该期间的金额 ÷ 首个期间的金额；需要 amounts）。',
      amounts: '每条订单行的金额，用于 measure "revenue"。负金额（退货）照常合计。',
    },
  },
};
