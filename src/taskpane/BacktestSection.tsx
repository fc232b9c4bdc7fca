/**
 * Under the preview of a method with a purchase model (Future value): the backtest on the order
 * lines (src/workbook/ordersBacktest.ts) — a split date, two-thirds of the way through the orders
 * unless the user picks one; the chart of predicted and actual repeat purchases by purchases
 * before the split; the sentence ("The model predicted 212 repeat purchases in the 26 weeks after
 * 2024-06-30; there were 209."), the grade with its rule, and the value after the split. Without
 * order lines it says how to get them. Reads the lines once per orders; re-tests on a new split.
 */
import { useEffect, useState, type ReactElement } from "react";
import { Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { customerText } from "../i18n/customerText";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { BacktestResult, GRADE_LIMITS } from "../segment/backtest";
import { TimeUnit } from "../segment/customerSummary";
import { OrderLines, OrdersSource, readOrderLines, runBacktest, splitOf } from "../workbook/ordersBacktest";
import { WorkbookPort } from "../workbook/port";
import { isoToSerial, serialToIso } from "./AsOfField";
import { BacktestChart } from "./BacktestChart";
import { messageOf } from "./errorMessage";
import { formatDate, formatNumber } from "./format";

export interface BacktestSectionProps {
  readonly port: WorkbookPort;
  /** The order lines to test on; null when the pane knows none. */
  readonly orders: OrdersSource | null;
  readonly unit: TimeUnit;
  readonly language: Language;
}

/** The section's lines sit close together: the gap between them is the section's. */
const TIGHT = { margin: 0 } as const;

type State = { readonly lines: OrderLines; readonly split: number; readonly result: BacktestResult } | { readonly error: unknown } | null;

/** "The model predicted 212 repeat purchases in the 26 weeks after 2024-06-30; there were 209." */
export function backtestSentence(result: BacktestResult, split: number, language: Language): string {
  return customerText(
    "backtest.sentence",
    {
      predicted: formatNumber(result.predictedTotal, language),
      length: formatNumber(result.holdoutLength, language, Number.isInteger(result.holdoutLength) ? 0 : 1),
      unit: customerText(`backtest.unit.${result.unit}`, {}, language),
      split: serialToIso(split),
      actual: formatNumber(result.actualTotal, language),
    },
    language,
  );
}

export function BacktestSection({ port, orders, unit, language }: BacktestSectionProps): ReactElement {
  const t = (k: Parameters<typeof paneText>[0], p?: Record<string, string | number>): string => paneText(k, language, p);
  const [chosen, setChosen] = useState("");
  const [lines, setLines] = useState<OrderLines | null>(null);
  const [state, setState] = useState<State>(null);

  // New orders: read them once, and start again from the default split.
  useEffect(() => {
    let cancelled = false;
    setLines(null);
    setState(null);
    setChosen("");
    if (!orders) return;
    readOrderLines(port, orders)
      .then((read) => !cancelled && setLines(read))
      .catch((error: unknown) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
    };
  }, [port, orders]);

  useEffect(() => {
    if (!lines) return;
    // Let the pane paint "Testing …" first: a fit on many lines takes a moment.
    const timer = setTimeout(() => {
      try {
        const split = splitOf(lines, unit, isoToSerial(chosen));
        setState({ lines, split, result: runBacktest(lines, split, unit) });
      } catch (error) {
        setState({ error });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [lines, chosen, unit]);

  const done = state && "result" in state ? state : null;
  const defaultSplit = lines?.range ? splitOf(lines, unit) : null;
  return (
    <section aria-labelledby="backtest-heading" data-testid="backtest" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Subtitle2 as="h2" id="backtest-heading">
        {t("backtestHeading")}
      </Subtitle2>
      {!orders ? (
        <Caption1 block as="p" style={TIGHT} data-testid="backtest-no-orders">
          {t("backtestNoOrders")}
        </Caption1>
      ) : (
        <>
          <Caption1 block as="p" style={TIGHT}>
            {t("backtestIntro")}
          </Caption1>
          <Caption1 block as="p" style={TIGHT} data-testid="backtest-orders">
            {t("backtestOrders", { sheet: orders.ref.sheet })}
          </Caption1>
          <Field
            label={t("backtestSplit")}
            size="small"
            hint={chosen === "" && defaultSplit !== null ? t("backtestSplitHint", { date: formatDate(defaultSplit, language) }) : undefined}
          >
            <Input
              type="date"
              value={chosen || (defaultSplit !== null ? serialToIso(defaultSplit) : "")}
              data-testid="backtest-split"
              onChange={(_, d) => setChosen(d.value)}
            />
          </Field>
          {state && "error" in state && (
            <MessageBar intent="warning" layout="multiline" data-testid="backtest-error">
              <MessageBarBody>{messageOf(state.error, language)}</MessageBarBody>
            </MessageBar>
          )}
          {!state && (
            <Caption1 block as="p" style={TIGHT}>
              {t("backtestWorking")}
            </Caption1>
          )}
          {done && (
            <>
              <Text as="p" weight="semibold" data-testid="backtest-sentence" style={{ margin: 0 }}>
                {backtestSentence(done.result, done.split, language)}
              </Text>
              <BacktestChart bins={done.result.bins} title={t("backtestChartTitle", { split: serialToIso(done.split) })} language={language} />
              <Caption1 block as="p" style={TIGHT} data-testid="backtest-grade">
                {t("backtestGrade", {
                  grade: customerText(`backtest.grade.${done.result.grade}`, {}, language),
                  rule: customerText("backtest.rule", { good: GRADE_LIMITS.good * 100, fair: GRADE_LIMITS.fair * 100 }, language),
                })}
              </Caption1>
              {Number.isFinite(done.result.predictedValue) && (
                <Caption1 block as="p" style={TIGHT}>
                  {t("backtestValue", { predicted: formatNumber(done.result.predictedValue, language), actual: formatNumber(done.result.actualValue, language) })}
                </Caption1>
              )}
              {done.result.newInHoldout > 0 && <Caption1 block as="p" style={TIGHT}>{t("backtestNew", { count: formatNumber(done.result.newInHoldout, language) })}</Caption1>}
            </>
          )}
        </>
      )}
    </section>
  );
}
