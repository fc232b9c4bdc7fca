/**
 * Korean help for the custom functions (functions.ko.json), keyed by function id and parameter
 * name exactly as in the English functions.json. Argument values in quotes ("reach", "median" …)
 * and function names stay as typed in formulas: they are the same in every language.
 */
import { FunctionHelpTable } from "./localize";

export const KO_FUNCTION_HELP: FunctionHelpTable = {
  ABC: {
    description:
      "고객을 금액의 누적 비중에 따라 A, B, C 등급으로 나눕니다(기본값: 상위 80 %까지 A, 95 %까지 B, 나머지 C). 입력 옆에 고객마다 등급을 하나씩 분산 표시합니다.",
    parameters: {
      values: "고객별 금액(매출, 이익 등): 한 열 또는 한 행. 빈 셀과 텍스트 셀은 고객으로 보지 않으며, 0 이하인 값은 C입니다.",
      cuts: '누적 기준점: 소수 배열 {0.8,0.95}, 프리셋 "80/95", "70/90", "50/80", "55/85", 등급별 비중 "80/15/5", "70/20/10", "50/30/20", 또는 "auto"(데이터에서 기준점 계산). 기본값 80/95.',
      rule: '기준점에 걸친 고객의 등급: "reach"(기본값, 상위 등급: A는 80 %에 도달하는 가장 작은 상위 집합) 또는 "byhand"(비중 ≤ 기준점, SUMIF 시트와 같은 방식).',
      basis: '"value"(기본값: 금액 비중), "count"(고객 수 비중: 상위 20 %는 A, 다음 10 %는 B) 또는 "threshold"(기준점이 금액: 마지막을 뺀 각 등급의 최저 금액, 지난달 기준값을 유지할 때).',
    },
  },
  ABCD: {
    description: "고객을 금액의 누적 비중에 따라 A, B, C, D 등급으로 나눕니다(기본값: 상위 50 %까지 A, 80 %까지 B, 95 %까지 C, 나머지 D).",
    parameters: {
      values: "고객별 금액: 한 열 또는 한 행. 빈 셀과 텍스트 셀은 고객으로 보지 않으며, 0 이하인 값은 D입니다.",
      cuts: '누적 기준점 세 개 {0.5,0.8,0.95}, 프리셋 "50/80/95" 또는 등급별 비중 "50/30/15/5". 기본값 50/80/95.',
      rule: '"reach"(기본값: 기준점에 걸친 고객은 상위 등급) 또는 "byhand"(비중 ≤ 기준점, SUMIF 시트와 같은 방식).',
      basis: '"value"(기본값), "count"(고객 수 비중: 기본값 20/30/50) 또는 "threshold"(기준점이 금액: 마지막을 뺀 각 등급의 최저 금액, 지난달 기준값을 유지할 때).',
    },
  },
  SHARE: {
    description:
      '고객별 누적 비중: 이 고객과 같거나 더 높은 순위(동률 포함)에 있는 모든 고객의 금액 합계를 양수 금액 합계로 나눈 값입니다. 반품이 없는 시트의 SUMIF(v,">="&v)/SUM(v)와 같습니다.',
    parameters: {
      values: "고객별 금액: 한 열 또는 한 행.",
      basis: '"value"(기본값) 또는 "count"(이 고객과 같거나 더 높은 순위에 있는 고객 수의 비중).',
    },
  },
  ABCOF: {
    description:
      "고객 한 명의 ABC 등급으로, Excel 표 안의 열에 씁니다(표 안에서는 분산 결과가 #SPILL!이 됩니다): =SEGMENT.ABCOF([@Revenue],[Revenue]). 행마다 열을 한 번 훑으며, 열이 바뀌지 않는 동안 결과를 캐시합니다.",
    parameters: {
      value: "이 고객의 금액. 예: [@Revenue].",
      values: "전체 고객의 금액. 예: [Revenue].",
      cuts: 'SEGMENT.ABC와 같습니다: {0.8,0.95}, "80/95", "80/15/5", "auto" 등. 기본값 80/95.',
      rule: '"reach"(기본값) 또는 "byhand".',
      basis: '"value"(기본값), "count" 또는 "threshold"(기준점이 금액: 마지막을 뺀 각 등급의 최저 금액, 지난달 기준값을 유지할 때).',
    },
  },
  ABCDOF: {
    description: "고객 한 명의 ABCD 등급으로, Excel 표 안의 열에 씁니다: =SEGMENT.ABCDOF([@Revenue],[Revenue]).",
    parameters: {
      value: "이 고객의 금액. 예: [@Revenue].",
      values: "전체 고객의 금액. 예: [Revenue].",
      cuts: "SEGMENT.ABCD와 같습니다. 기본값 50/80/95.",
      rule: '"reach"(기본값) 또는 "byhand".',
      basis: '"value"(기본값), "count" 또는 "threshold"(기준점이 금액: 마지막을 뺀 각 등급의 최저 금액, 지난달 기준값을 유지할 때).',
    },
  },
  PARETO: {
    description:
      "파레토 80/20: 양수 금액의 기준 비중(기본값 80 %)을 차지하는 가장 작은 상위 고객 집합인 핵심 소수는 VITAL, 금액이 음수인 고객(가져오는 것보다 비용이 더 드는 고객)은 LOSS, 나머지는 REST입니다.",
    parameters: {
      values: "고객별 금액(이익 또는 매출): 한 열 또는 한 행. 빈 셀과 텍스트 셀은 고객으로 보지 않습니다.",
      cut: "핵심 소수가 차지해야 하는 금액 비중으로, 0과 1 사이의 소수입니다. 기본값 0.8.",
    },
  },
  PARETOOF: {
    description: "고객 한 명의 파레토 그룹으로, Excel 표 안의 열에 씁니다: =SEGMENT.PARETOOF([@Profit],[Profit]).",
    parameters: {
      value: "이 고객의 금액. 예: [@Profit].",
      values: "전체 고객의 금액. 예: [Profit].",
      cut: "핵심 소수가 차지해야 하는 금액 비중. 기본값 0.8.",
    },
  },
  EXPLAIN: {
    description:
      "분류 결과를 설명합니다: 등급별 고객 수, 고객 비중, 금액, 금액 비중(양수 합계 기준), 최저 금액, 등급을 마감하는 기준점, 그 아래 합계 행과 고객이 아닌 행의 개수.",
    parameters: {
      values: "고객별 금액: 한 열 또는 한 행.",
      method: '"ABC"(기본값), "ABCD" 또는 "PARETO".',
      cuts: '해당 방법의 함수와 같습니다: {0.8,0.95}, "80/95", "80/15/5", "auto" 등. PARETO는 소수 하나(기본값 0.8).',
      rule: '"reach"(기본값) 또는 "byhand".',
      basis: '"value"(기본값), "count" 또는 "threshold"(기준점이 금액: 마지막을 뺀 각 등급의 최저 금액, 지난달 기준값을 유지할 때).',
      customer_ids: "행마다의 고객번호 (첫 인수와 같은 길이): 여러 행에 나오는 고객번호가 몇 개인지 알려 주는 행이 추가됩니다.",
    },
  },
  QUADRANT: {
    description:
      "두 지표를 각각 기준값(기본값: 고객들의 중앙값)으로 나누어 고객을 4분면 중 하나에 배치합니다. 기준값보다 크면 높음, 같으면 낮음입니다. 코드: EI 높은 x·높은 y, EII 높은 x·낮은 y, EIII 낮은 x·높은 y, EIV 둘 다 낮음, 또는 다른 라벨 세트.",
    parameters: {
      x: "고객별 첫 번째 지표(기여도, 기대 기여도, 매출): 한 열 또는 한 행. x나 y가 빈 셀이거나 텍스트이면 고객으로 보지 않습니다.",
      y: "고객별 두 번째 지표(안정성, 구매 의도, 거래 기간). x와 길이와 방향이 같아야 합니다.",
      x_split: 'x를 나누는 기준: "median"(기본값), "mean", "p75" 같은 백분위수(고객 값의 PERCENTILE.INC) 또는 숫자. 기준값과 같은 값은 낮음입니다.',
      y_split: 'y를 나누는 기준. x_split과 같은 형식입니다. 기본값 "median".',
      label_set:
        '"existing"(기본값: EI 공고화, EII 전환, EIII 육성, EIV 정리), "prospects"(PI–PIV), "tenure"(x = 규모, y = 거래 연수(날짜가 아님): OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL) 또는 "plain"(HH, HL, LH, LL).',
    },
  },
  QUADRANTOF: {
    description:
      "고객 한 명의 4분면으로, Excel 표 안의 열에 씁니다(표 안에서는 분산 결과가 #SPILL!이 됩니다): =SEGMENT.QUADRANTOF([@Revenue],[@Profit],[Revenue],[Profit]). 전체 열에 대한 SEGMENT.QUADRANT와 기준값과 코드가 같으며, 기준값은 열이 바뀌지 않는 동안 한 번만 계산합니다.",
    parameters: {
      x_value: "이 고객의 x 지표. 예: [@Revenue]. x_value나 y_value가 빈 셀이거나 텍스트이면 고객이 아닙니다(빈 결과).",
      y_value: "이 고객의 y 지표. 예: [@Profit].",
      x: "전체 고객의 x 지표. 예: [Revenue]. 한 열 또는 한 행. 기준값은 x와 y가 모두 숫자인 행으로 계산합니다.",
      y: "전체 고객의 y 지표. 예: [Profit]. x와 길이와 방향이 같아야 합니다.",
      x_split: 'x를 나누는 기준: "median"(기본값), "mean", "p75" 같은 백분위수 또는 숫자. 기준값과 같은 값은 낮음입니다.',
      y_split: 'y를 나누는 기준. x_split과 같은 형식입니다. 기본값 "median".',
      label_set: '"existing"(기본값: EI–EIV), "prospects"(PI–PIV), "tenure"(OLD-LARGE … NEW-SMALL) 또는 "plain"(HH, HL, LH, LL).',
    },
  },
  QUADRANTEXPLAIN: {
    description:
      "4분면 분류 결과를 설명합니다: 코드별 고객 수, 고객 비중, x 합계, x 비중(양수 합계 기준), 합계 행, 고객이 아닌 행의 개수, x와 y에 쓴 기준값(기준값보다 크면 높음, 같으면 낮음).",
    parameters: {
      x: "고객별 첫 번째 지표. SEGMENT.QUADRANT와 같습니다.",
      y: "고객별 두 번째 지표. x와 길이와 방향이 같아야 합니다.",
      x_split: '"median"(기본값), "mean", "p75" 같은 백분위수 또는 숫자.',
      y_split: '"median"(기본값), "mean", "p75" 같은 백분위수 또는 숫자.',
      label_set: '"existing"(기본값), "prospects", "tenure" 또는 "plain".',
      customer_ids: "행마다의 고객번호 (첫 인수와 같은 길이): 여러 행에 나오는 고객번호가 몇 개인지 알려 주는 행이 추가됩니다.",
    },
  },
  CONTRIBUTION: {
    description:
      "고객별 총매출 기여도: 전체 기간의 순매출 ÷ 모든 고객의 양수 순매출 합계. 양수 기여도의 합은 1이며, 반품이 구매보다 많은 고객은 음수가 됩니다.",
    parameters: {
      period_sales: "고객별·기간별 매출: 고객마다 한 행, 월 또는 분기마다 한 열. 숫자가 없는 행은 고객으로 보지 않습니다.",
    },
  },
  STABILITY: {
    description:
      "고객이 얼마나 고르게 구매하는지를 0~1로 나타낸 안정성: 1 − CV/√(P−1). CV = 기간별 매출(반품은 0)의 모표준편차 ÷ 평균, P = 기간 수. 1 = 매 기간 매출이 같음, 0 = 한 기간에만 매출이 있거나 매출 없음.",
    parameters: {
      period_sales: "고객별·기간별 매출: 고객마다 한 행, 월 또는 분기마다 한 열(2열 이상). 고객 행의 빈 셀은 매출이 없는 기간입니다.",
    },
  },
  GROWTHSTREAK: {
    description:
      "최근 연도까지 연속으로 성장한 햇수: 마지막 열부터 거슬러 올라가며 매출이 전년보다 확실히 늘어난 해가 몇 년 연속인지 셉니다(최근 연도에 성장하지 않았으면 0).",
    parameters: {
      year_sales: "고객별·연도별 매출: 고객마다 한 행, 연도마다 한 열, 오래된 연도부터(2열 이상). 고객 행의 빈 셀은 매출이 없는 해입니다.",
    },
  },
  ABCGROWTH: {
    description:
      "성장 기준 ABC(seed 001): A = 최근 연도 매출 기준 상위 20 % 고객(동률 고객은 같은 등급), B = 나머지 중 최근 2년 연속 매출이 늘어난 고객, C = 그 밖의 모든 고객.",
    parameters: {
      year_sales: "고객별·연도별 매출: 고객마다 한 행, 연도마다 한 열, 오래된 연도부터(3열 이상). 고객 행의 빈 셀은 매출이 없는 해입니다.",
      top: "A 등급 고객의 비중으로, 0과 1 사이의 소수입니다. 기본값 0.2.",
    },
  },
  STRATEGY: {
    description:
      "SEGMENT 함수가 돌려준 등급 코드(A–D, VITAL/REST/LOSS, EI–EIV, PI–PIV, OLD-LARGE …, HH…LL)나 고객 유형 태그에 맞는 권장 전략입니다. 코드 범위를 주면 코드마다 전략을 하나씩 돌려줍니다.",
    parameters: {
      code: "등급 코드 또는 고객 유형(주도형, 분석형, 친화형, 표현형, 구경형, 할인 추구형, 비교 검토형, 충동 구매형, 목적 구매형, 전환 모색형, 망설임형 — 영어 이름도 됩니다), 또는 그 열이나 행. 대소문자는 구분하지 않습니다.",
      language: '"en", "ko" 또는 "zh-CN". 기본값: Office 표시 언어(작업창에서 바꾼 언어가 있으면 그 언어).',
    },
  },
  TRANSITIONS: {
    description:
      "두 시점의 분류 결과 사이의 등급 전환 행렬: 이전 등급마다 한 행(좋은 등급부터)과 NEW 행(현재에만 있는 고객), 현재 등급마다 한 열과 GONE 열(이전에만 있는 고객), 합계. 고객은 공백을 지운 뒤 COUNTIF처럼 맞춥니다(7 = \"7\", 대소문자 무시). 한 시점에 같은 ID가 두 번 나오면 오류입니다.",
    parameters: {
      previous: "이전 분류 결과, 고객마다 한 행: 고객 ID와 등급(2열) 또는 ID, 등급, 금액(3열). ID가 빈 행은 건너뛰고, 등급이 비어 있으면 그때 분류되지 않은 고객입니다.",
      current: "현재 분류 결과. previous와 열 구성이 같아야 하며, 고객의 행 순서는 달라도 됩니다.",
      order:
        '좋은 등급부터의 순서: {"A","B","C"} 같은 범위나 배열, 또는 텍스트 "A>B>C". 생략하면 찾은 코드에 따라 A > B > C > D, VITAL > REST > LOSS, EI > … > EIV 또는 PI > … > PIV.',
      measure: '"customers"(기본값: 고객 수) 또는 "value"(세 번째 열의 합계: 고객의 현재 금액, GONE은 이전 금액).',
    },
  },
  MOVE: {
    description:
      "previous 이후 current 고객 각각의 이동 방향: UP(더 좋은 등급), DOWN(더 낮은 등급), SAME, NEW(previous에서 분류되지 않음), GONE(previous에서 분류됐지만 지금은 등급이 비어 있음). ID가 빈 행은 빈칸. current의 행마다 결과가 하나씩 나와 그 옆에 분산 표시됩니다.",
    parameters: {
      previous: "이전 분류 결과, 고객마다 한 행: 고객 ID와 등급(2열) 또는 ID, 등급, 금액(3열; 여기서 금액은 쓰지 않습니다).",
      current: "현재 분류 결과. previous와 열 구성이 같아야 하며, 결과는 이 범위의 행과 나란히 나옵니다.",
      order:
        '좋은 등급부터의 순서: {"A","B","C"} 같은 범위나 배열, 또는 텍스트 "A>B>C". 생략하면 찾은 코드의 기본 순서(A > B > C > D, VITAL > REST > LOSS, EI > … > EIV, PI > … > PIV).',
    },
  },
  PREVIOUS: {
    description:
      'current 고객 각각이 previous에서 받았던 등급. 그때 분류되지 않았으면(신규) 빈칸입니다. 등급 순서가 필요 없어 어떤 분류에도 쓸 수 있습니다. 행 옆에 "A→C"처럼 표시하려면: =SEGMENT.PREVIOUS(prev,cur)&"→"&class.',
    parameters: {
      previous: "이전 분류 결과, 고객마다 한 행: 고객 ID와 등급(2열) 또는 ID, 등급, 금액(3열; 여기서 금액은 쓰지 않습니다).",
      current: "현재 분류 결과. previous와 열 구성이 같아야 하며, 결과는 이 범위의 행과 나란히 나옵니다.",
    },
  },
  SUMMARY: {
    description:
      "주문 행에서 고객마다 한 행을 만듭니다(머리글 행 포함): 고객 ID, 첫 주문일, 마지막 주문일, 주문 수(서로 다른 날짜), 금액, 마지막 주문 후 경과 일수(기준일까지), 평균 주문 간격 일수(주문이 한 번이면 빈칸), 주문 행 수. 고객은 UNIQUE()처럼 첫 주문 행의 순서로 나옵니다.",
    parameters: {
      customer_ids: '주문 행마다 고객 ID(텍스트 또는 숫자. 7과 "7"은 같은 고객이며 대소문자는 구분하지 않습니다).',
      dates: "주문 행마다 날짜(Excel 날짜). 텍스트로 입력된 날짜는 세지 않으며, 몇 건인지는 SEGMENT.SUMMARYEXPLAIN이 알려 줍니다.",
      amounts: "주문 행마다 금액. 음수 금액(반품)은 그대로 합산합니다.",
      as_of: "경과 일수를 잴 기준일. 기본값: 데이터의 가장 최근 주문일(오늘이 아님). 기준일 이후의 행은 제외합니다.",
    },
  },
  SUMMARYEXPLAIN: {
    description:
      "SEGMENT.SUMMARY가 센 것과 건너뛴 것: 읽은 행, 집계한 주문 행, 고객 수, 사용한 기준일, 그리고 제외한 행(빈 행, 오류 값, ID 없음, 날짜 없음, 텍스트 날짜, 기준일 이후)과 단서를 달고 집계한 행(금액 없음 또는 텍스트, 음수 금액)의 사유별 개수.",
    parameters: {
      customer_ids: "주문 행마다 고객 ID.",
      dates: "주문 행마다 날짜.",
      amounts: "주문 행마다 금액.",
      as_of: "SEGMENT.SUMMARY와 같습니다. 기본값: 데이터의 가장 최근 주문일.",
    },
  },
  BGNBDINPUT: {
    description:
      "주문 행에서 고객별 BG/NBD 입력값을 만듭니다(머리글 행 포함): 고객 ID, x = 재구매 횟수(서로 다른 구매일 수 − 1), t_x = 마지막 구매 − 첫 구매(한 번만 산 고객은 0), T = 기준일 − 첫 구매. 같은 날의 구매는 한 번으로 셉니다(Python lifetimes 방식). 이 열들을 SEGMENT.BGNBD, PALIVE, EXPECTED에 넣으십시오.",
    parameters: {
      customer_ids: "주문 행마다 고객 ID.",
      dates: "주문 행마다 날짜(Excel 날짜. 텍스트 날짜는 세지 않습니다).",
      as_of: "관찰 기간의 끝. 기본값: 데이터의 가장 최근 주문일. 이후의 행은 제외합니다.",
      unit: '"days"(기본값) 또는 "weeks"(일수 ÷ 7). SEGMENT.EXPECTED의 horizon도 같은 단위로 주십시오.',
    },
  },
  RFM: {
    description:
      "고객별 RFM 점수 1–5: R, F, M 세 열(5가 가장 좋음. 가장 최근에 산 고객이 R = 5). R 패키지 rfm과 같은 분위 구간: 고객 값의 20/40/60/80 % PERCENTILE.INC에서 나누고, 경계와 같은 값은 위 구간으로 가므로 같은 값은 같은 점수를 받습니다. 경계값과 5점 미만만 쓰이는 지표는 SEGMENT.RFMEXPLAIN이 보여 줍니다.",
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수(적을수록 좋음). 예: SEGMENT.SUMMARY의 6번째 열.",
      frequency: "고객별 주문 수(또는 주문 행 수).",
      monetary: "고객별 총 금액.",
      bins: '분위 대신 직접 정한 구간 경계: 3행(R, F, M) × 증가하는 숫자 4개. 빈 행이면 그 지표는 분위 구간을 씁니다. R 경계는 일수이며, 첫 경계보다 작으면 R = 5입니다. 또는 "rfm-package": R 패키지 rfm 0.3의 경계(분위수 + 1)로 R과 같은 점수를 냅니다.',
    },
  },
  RFMCODE: {
    description: 'RFM 점수를 R, F, M 순서의 텍스트 코드 하나로 돌려줍니다. 예: "545". 점수는 SEGMENT.RFM과 같습니다.',
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수(적을수록 좋음).",
      frequency: "고객별 주문 수(또는 주문 행 수).",
      monetary: "고객별 총 금액.",
      bins: 'SEGMENT.RFM과 같습니다: 3행(R, F, M) × 증가하는 경계 4개, 또는 "rfm-package"(R rfm 0.3의 경계). 기본값: 분위 구간.',
    },
  },
  RFMSEGMENT: {
    description:
      "R, F, M 점수로 정한 고객별 RFM 세그먼트 이름: Champions(최우수), Potential loyalist(충성 잠재), Loyal customers(충성), Promising(유망), New customers(신규), Can't lose them(놓치면 안 될 고객), At risk(이탈 위험), Need attention(관심 필요), About to sleep(휴면 직전), Lost(이탈). 먼저 맞는 규칙이 우선하며(methods.md §7), 맞는 규칙이 없으면 OTHERS입니다.",
    parameters: {
      r: "고객별 R 점수(1–5). 예: SEGMENT.RFM의 첫 번째 열.",
      f: "고객별 F 점수(1–5).",
      m: "고객별 M 점수(1–5).",
      rules: "직접 정한 규칙표: 한 행에 규칙 하나, 7열 name, r_min, r_max, f_min, f_max, m_min, m_max(양 끝 포함, 머리글 행은 있어도 됨). 먼저 맞는 규칙이 우선합니다.",
    },
  },
  RFMEXPLAIN: {
    description:
      "RFM 점수와 세그먼트를 설명합니다: 지표(R, F, M)마다 경계값 4개, 그것이 분위인지 직접 정한 경계인지, 점수 1–5별 고객 수와 쓰인 점수, 5점 미만만 쓰이는 지표(치우친 데이터)마다 안내, 그리고 세그먼트별(OTHERS 포함) 고객 수와 금액.",
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수.",
      frequency: "고객별 주문 수(또는 주문 행 수).",
      monetary: "고객별 총 금액.",
      bins: 'SEGMENT.RFM과 같습니다: 3행 × 경계 4개, 또는 "rfm-package"(R rfm 0.3의 경계). 기본값: 분위 구간.',
      rules: "SEGMENT.RFMSEGMENT와 같습니다. 기본값: 표준 규칙표.",
      customer_ids: "행마다의 고객번호 (첫 인수와 같은 길이): 여러 행에 나오는 고객번호가 몇 개인지 알려 주는 행이 추가됩니다.",
    },
  },
  WHY: {
    description:
      '고객마다 ABC, ABCD 또는 파레토 등급을 받은 이유: 고객당 한 행, 7열 — 등급, 설명 문장("B: A 기준 58,900까지 4,200 부족; B 기준 55,800보다 3,100 높음"), 자기 등급의 기준값(이 값 이상이면 등급 유지), 금액 − 그 기준값, 한 단계 위 등급의 기준값, 그 기준값 − 금액, 아래 등급의 기준값. 기준값은 금액입니다: 어떤 등급의 기준값 이상이면 그 등급 이상입니다. 같은 인수의 SEGMENT.ABC / ABCD / PARETO와 같은 등급입니다.',
    parameters: {
      values: "고객별 금액: 한 열 또는 한 행. 빈 셀과 텍스트 셀은 고객으로 보지 않습니다(빈 행).",
      method: '"ABC"(기본값), "ABCD" 또는 "PARETO".',
      cuts: '해당 방법의 함수와 같습니다: {0.8,0.95}, "80/95", "80/15/5", "auto" 등. PARETO는 소수 하나(기본값 0.8).',
      rule: 'SEGMENT.ABC와 같이 "reach"(기본값) 또는 "byhand". PARETO는 "reach"만 씁니다.',
      basis: 'SEGMENT.ABC와 같이 "value"(기본값) 또는 "count". PARETO는 "value"만 씁니다.',
    },
  },
  RFMWHY: {
    description:
      '고객마다 RFM 점수와 세그먼트를 받은 이유: 고객당 한 행, 11열 — 세그먼트, 설명 문장(처음 맞는 규칙과 점수별 구간, 예: "R 4 (30 ≤ 경과 일수 < 90)"), 그다음 R과 그 구간의 아래 경계(포함)와 위 경계(미포함), F와 그 경계, M과 그 경계(열린 구간은 빈칸). 같은 bins와 rules의 SEGMENT.RFM 점수, SEGMENT.RFMSEGMENT 세그먼트와 같습니다.',
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수(적을수록 좋음).",
      frequency: "고객별 주문 수(또는 주문 행 수).",
      monetary: "고객별 총 금액.",
      bins: 'SEGMENT.RFM과 같습니다: 3행 × 경계 4개, 또는 "rfm-package"(R rfm 0.3의 경계). 기본값: 분위 구간.',
      rules: "SEGMENT.RFMSEGMENT와 같습니다. 기본값: 표준 규칙표.",
    },
  },
  QUADRANTWHY: {
    description:
      '고객마다 사분면을 받은 이유: 고객당 한 행, 6열 — 코드, 설명 문장("EII: x: 기준값 900(중앙값)보다 300 큼 → 높음; y: 기준값 0.45(중앙값)보다 0.15 작음 → 낮음"), x 기준값, x − 기준값(0보다 크면 높음, 같으면 낮음), y 기준값, y − 기준값. 같은 인수의 SEGMENT.QUADRANT와 같은 코드입니다.',
    parameters: {
      x: "고객별 첫 번째 지표. SEGMENT.QUADRANT와 같습니다.",
      y: "고객별 두 번째 지표. x와 길이와 방향이 같아야 합니다.",
      x_split: '"median"(기본값), "mean", "p75" 같은 백분위수 또는 숫자. 기준값과 같은 값은 낮음입니다.',
      y_split: '"median"(기본값), "mean", "p75" 같은 백분위수 또는 숫자.',
      label_set: '"existing"(기본값), "prospects", "tenure" 또는 "plain".',
    },
  },
  RFM8CLASS: {
    description:
      "중국식 RFM 8분류(RFM 八大类): R, F, M을 각각 평균(기본값) 또는 중앙값과 비교해 높음/낮음을 정하면 IMPORTANT-VALUE(중요 가치: 최근, 자주, 고액), IMPORTANT-DEVELOP(중요 발전), IMPORTANT-RETAIN(중요 유지), IMPORTANT-WINBACK(중요 만회)과 네 가지 GENERAL(일반: 저액) 등급이 나옵니다. 최근 = 기준보다 일수가 적음이며, 기준과 같은 값은 낮음입니다.",
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수(적을수록 R이 높음).",
      frequency: "고객별 주문 수.",
      monetary: "고객별 총 금액.",
      compare: '"mean"(기본값) 또는 "median": 각 지표를 비교할 기준.',
    },
  },
  RFM8EXPLAIN: {
    description: "RFM 8분류를 설명합니다: 등급별 고객 수, 고객 비중, 금액, 금액 비중, 그리고 사용한 세 기준값(경과 일수, 빈도, 금액의 평균 또는 중앙값).",
    parameters: {
      recency_days: "고객별 마지막 주문 후 경과 일수.",
      frequency: "고객별 주문 수.",
      monetary: "고객별 총 금액.",
      compare: '"mean"(기본값) 또는 "median".',
      customer_ids: "행마다의 고객번호 (첫 인수와 같은 길이): 여러 행에 나오는 고객번호가 몇 개인지 알려 주는 행이 추가됩니다.",
    },
  },
  LIFECYCLE: {
    description:
      "고객별 생애주기 단계: CHURNED(이탈: churn_days보다 오래 주문 없음), DISSATISFIED(불만족: 만족도 5점 중 2 이하), AT-RISK(이탈 위험: 경과 일수 > k × 본인의 평균 주문 간격), NEW(신규: new_days 안에 첫 주문), LOYAL(충성: 활성이며 주문 loyal_orders건 이상, 거래 loyal_days일 이상), ACTIVE(활성: active_days 안에 주문), SILENT(휴면: 나머지). 이 순서로 먼저 맞는 단계가 우선합니다.",
    parameters: {
      first_order: "고객별 첫 주문일. 예: SEGMENT.SUMMARY의 2번째 열.",
      last_order: "고객별 마지막 주문일.",
      orders: "고객별 주문 수(서로 다른 날짜).",
      as_of: "경과 일수를 잴 기준일. 기본값: 데이터의 가장 최근 주문일(오늘이 아님).",
      new_days: "NEW: 이 일수 안에 첫 주문. 기본값 90.",
      active_days: "ACTIVE: 이 일수 안에 마지막 주문. 기본값 90.",
      churn_days: "CHURNED: 이 일수보다 오래 주문 없음. 기본값 365.",
      k: "AT-RISK: 마지막 주문 후 경과 일수가 k × 고객 본인의 평균 주문 간격을 넘음(주문 2건 이상 필요). 기본값 2.",
      satisfaction: "선택 사항: 고객별 만족도 1–5점(5 = 매우 만족). 2 이하는 DISSATISFIED, 빈칸 = 조사하지 않음.",
      loyal_orders: "LOYAL: 주문이 최소 이 건수 이상. 기본값 5.",
      loyal_days: "LOYAL: 첫 주문이 최소 이 일수 이전. 기본값 365.",
    },
  },
  LIFECYCLEEXPLAIN: {
    description:
      "생애주기 단계를 설명합니다: 단계별(우선순위 순) 고객 수와 고객 비중, 기준일과 사용한 모든 기간, 그리고 고객이 아닌 행, 오류가 있는 행, 입력이 서로 맞지 않는 행의 개수.",
    parameters: {
      first_order: "고객별 첫 주문일.",
      last_order: "고객별 마지막 주문일.",
      orders: "고객별 주문 수.",
      as_of: "SEGMENT.LIFECYCLE과 같습니다. 기본값: 데이터의 가장 최근 주문일.",
      new_days: "NEW: 이 일수 안에 첫 주문. 기본값 90.",
      active_days: "ACTIVE: 이 일수 안에 마지막 주문. 기본값 90.",
      churn_days: "CHURNED: 이 일수보다 오래 주문 없음. 기본값 365.",
      k: "AT-RISK: 마지막 주문 후 경과 일수가 k × 본인의 평균 주문 간격을 넘음. 기본값 2.",
      satisfaction: "선택 사항: 고객별 만족도 1–5점. 2 이하는 DISSATISFIED.",
      loyal_orders: "LOYAL: 주문이 최소 이 건수 이상. 기본값 5.",
      loyal_days: "LOYAL: 첫 주문이 최소 이 일수 이전. 기본값 365.",
      customer_ids: "행마다의 고객번호 (첫 인수와 같은 길이): 여러 행에 나오는 고객번호가 몇 개인지 알려 주는 행이 추가됩니다.",
    },
  },
  BGNBD: {
    description:
      "BG/NBD 모형(Fader, Hardie & Lee 2005)을 최대우도법으로 고객 데이터에 적합하고 모수를 보여 줍니다: r과 alpha(구매율, 감마 분포), a와 b(이탈, 베타 분포), 로그우도, 고객 수, 최적화의 수렴 여부.",
    parameters: {
      x: "고객별 재구매 횟수(한 번만 산 고객은 0). 예: SEGMENT.BGNBDINPUT의 결과.",
      t_x: "고객별 첫 구매 이후 마지막 구매 시점(마지막 − 첫 구매. 한 번만 산 고객은 0).",
      T: "고객별 거래 기간: 기준일 − 첫 구매, t_x와 같은 단위.",
    },
  },
  PALIVE: {
    description:
      "주어진 전체 고객에 적합한 BG/NBD 모형에서 각 고객이 아직 활성(\"alive\")일 확률: 재구매가 없는 고객은 1이고, 고객 본인의 구매 주기에 비해 공백이 길수록 낮아집니다.",
    parameters: {
      x: "고객별 재구매 횟수(한 번만 산 고객은 0).",
      t_x: "마지막 구매 − 첫 구매(한 번만 산 고객은 0).",
      T: "기준일 − 첫 구매, t_x와 같은 단위.",
    },
  },
  EXPECTED: {
    description:
      "주어진 전체 고객에 적합한 BG/NBD 모형에서 각 고객이 예측 기간(horizon) 동안 구매할 것으로 기대되는 횟수(Fader, Hardie & Lee 2005의 식 10).",
    parameters: {
      x: "고객별 재구매 횟수(한 번만 산 고객은 0).",
      t_x: "마지막 구매 − 첫 구매(한 번만 산 고객은 0).",
      T: "기준일 − 첫 구매, t_x와 같은 단위.",
      horizon: "예측 기간: 앞으로 몇 기간을 볼지, t_x 및 T와 같은 단위(예: 90일 또는 13주).",
    },
  },
  GAMMAGAMMA: {
    description:
      "감마-감마 구매액 모형(Fader, Hardie & Lee 2005)을 재구매가 있고 평균 구매액이 0보다 큰 고객에 최대우도법으로 적합하고 p, q, v, 로그우도, 사용한 고객과 제외한 고객(과 이유), 전체 평균 구매액, 구매 빈도와 구매액의 상관계수를 보여 줍니다(모형은 상관이 없다고 가정하며 0.3을 넘으면 경고합니다).",
    parameters: {
      frequency: "고객별 재구매 횟수(x. 한 번만 산 고객은 0). 예: SEGMENT.BGNBDINPUT의 결과.",
      average_spend: "고객별 재구매의 평균 금액(합계가 아님). 평균이 0 이하인 고객은 적합에서 빼고 그 수를 셉니다.",
    },
  },
  SPEND: {
    description:
      "주어진 전체 고객에 적합한 감마-감마 모형에서 고객별로 앞으로 구매 1회당 기대되는 평균 금액: 고객 본인의 평균과 전체 평균의 가중평균입니다(구매가 많을수록 본인 평균의 비중이 큽니다). 한 번만 산 고객과 평균이 0 이하인 고객은 전체 평균을 받습니다.",
    parameters: {
      frequency: "고객별 재구매 횟수(x. 한 번만 산 고객은 0).",
      average_spend: "고객별 재구매의 평균 금액.",
    },
  },
  CLV: {
    description:
      "고객 생애 가치: 앞으로 몇 달 동안 고객별 구매의 기대 할인 가치. BG/NBD 모형(몇 번 살지)과 감마-감마 모형(한 번에 얼마를 쓸지)을 주어진 전체 고객에 적합해 구합니다. Python lifetimes와 비교할 수 있도록 한 달은 30일 또는 4.345주입니다.",
    parameters: {
      x: "고객별 재구매 횟수(한 번만 산 고객은 0). 예: SEGMENT.BGNBDINPUT의 결과.",
      t_x: "마지막 구매 − 첫 구매(한 번만 산 고객은 0).",
      T: "기준일 − 첫 구매, t_x와 같은 단위.",
      average_spend: "고객별 재구매의 평균 금액(한 번만 산 고객은 0).",
      months: "앞으로 몇 개월을 볼지, 정수. 기본값 12.",
      discount: "월 할인율. 예: 월 1 %(연 약 12.7 %)는 0.01. 기본값 0.01.",
      unit: 't_x와 T의 단위: "days"(기본값), "weeks" 또는 "months". SEGMENT.BGNBDINPUT에 준 단위와 같게.',
    },
  },
  BACKTEST: {
    description:
      "주문 데이터로 구매 모형을 검증합니다: split_date까지의 주문으로 BG/NBD를 적합하고, 그때 알던 고객에 대해 이후의 예측 재구매와 실제 재구매를 분할일 이전 구매 수(0 … 6, 7+)별로, 합계로, 고객당 평균 절대 오차로 비교합니다. 규칙을 밝힌 등급과 분할일 이후 예측·실제 금액(감마-감마 구매액)도 보여 줍니다.",
    parameters: {
      customer_ids: "주문 행마다 고객 ID.",
      dates: "주문 행마다 날짜(Excel 날짜. 텍스트 날짜는 세지 않습니다).",
      amounts: "주문 행마다 금액(분할일 이후 예측·실제 금액 비교에 씁니다).",
      split_date: "적합 기간의 마지막 날. 검증 기간은 그다음 날부터 데이터의 가장 최근 날짜까지입니다.",
      unit: '"days"(기본값) 또는 "weeks"(일수 ÷ 7): 표의 검증 기간 길이 단위.',
    },
  },
  XYZ: {
    description:
      "고객이 얼마나 규칙적으로 구매하는지에 따라 X, Y, Z로 나눕니다: 기간별 매출의 변동계수 CV = 모표준편차 ÷ 평균(STDEV.P/AVERAGE, 빈 기간과 반품은 0). 기본값: CV ≤ 0.5는 X, CV ≤ 1.0은 Y, 그 위는 Z. 어느 기간에도 매출이 없는 고객은 빈칸입니다.",
    parameters: {
      period_sales: "고객별·기간별 매출: 고객마다 한 행, 월 또는 분기마다 한 열(2열 이상). 고객 행의 빈 셀은 매출이 없는 기간입니다.",
      cuts: "차례로 커지는 변동계수 기준값 두 개 {x_max,y_max}: 첫째 값까지 X, 둘째 값까지 Y, 그 위는 Z. 기본값 {0.5,1}.",
    },
  },
  ABCXYZ: {
    description:
      "ABC–XYZ 매트릭스: 기간 합계 매출에 따른 고객의 ABC 등급(기본값: 금액 상위 80 %까지 A, 95 %까지 B) 뒤에 XYZ 문자(기간별 매출의 CV: 0.5 이하 X, 1.0 이하 Y, 그 위 Z)를 붙여 AX, AY … CZ로 나눕니다. 어느 기간에도 매출이 없는 고객은 빈칸입니다.",
    parameters: {
      period_sales: "고객별·기간별 매출: 고객마다 한 행, 월 또는 분기마다 한 열(2열 이상). 고객 행의 빈 셀은 매출이 없는 기간입니다.",
      abc_cuts: '합계에 대한 ABC의 누적 기준점, SEGMENT.ABC의 cuts와 같습니다: {0.8,0.95}, 프리셋 "80/95", "70/90", "50/80", 등급별 비중 "80/15/5" 또는 "auto". 기본값 80/95.',
      xyz_cuts: "차례로 커지는 변동계수 기준값 두 개 {x_max,y_max}. 기본값 {0.5,1}.",
    },
  },
  COHORT: {
    description:
      "코호트별 재구매율: 코호트(고객의 첫 주문 월 또는 분기, \"2024-01\")마다 한 행으로, 고객 수와 첫 주문 이후 기간(0, 1, 2 …)마다 그 기간에 주문한 코호트 고객의 비율, 또는 첫 기간 대비 금액 비율을 보여 줍니다. 데이터의 마지막 날짜 이후 기간은 빈칸입니다.",
    parameters: {
      customer_ids: '주문 행마다 고객 ID(텍스트 또는 숫자. 7과 "7"은 같은 고객이며 대소문자는 구분하지 않습니다).',
      dates: "주문 행마다 날짜(Excel 날짜. 텍스트 날짜는 세지 않습니다).",
      period: '"month"(기본값) 또는 "quarter": 코호트와 이후 각 기간의 길이.',
      measure: '"customers"(기본값: 그 기간에 주문한 코호트 고객의 비율) 또는 "revenue"(그 기간의 코호트 금액 ÷ 첫 기간의 금액, amounts 필요).',
      amounts: '주문 행마다 금액, measure "revenue"에 씁니다. 음수 금액(반품)은 그대로 합산합니다.',
    },
  },
};
