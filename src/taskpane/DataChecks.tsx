/**
 * Under step 1: what the data checks found (dataChecks.ts, textNumbers.ts) and the fixes the user
 * can choose — total rows are named (they are left out), repeated customer IDs can be added up per
 * customer, numbers stored as text can be shown and converted (asking the decimal mark when the
 * column does not tell it). Nothing here writes to the sheet except Convert, which the user presses.
 */
import { useState, type ReactElement } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { DataFindings, TotalRow } from "../workbook/dataChecks";
import { formatNumber } from "./format";
import { DecimalMark, decimalMarkOf, parseTextNumber, TextNumberCellFound } from "../workbook/textNumbers";

export interface DataChecksProps {
  readonly findings: DataFindings;
  /** The sheet row (1-based) of the first data row. */
  readonly firstRow: number;
  /** The method's name, and whether its rows can be added up. */
  readonly methodName: string;
  readonly canAddUp: boolean;
  /** Rows were added up: how many customers they made. */
  readonly addedUp: { readonly customers: number; readonly rows: number } | null;
  readonly textNumbers: readonly TextNumberCellFound[];
  /** The rows look like order lines: offer a customer sheet. */
  readonly ordersOffer: boolean;
  onSummariseOrders(): void;
  readonly busy: boolean;
  readonly language: Language;
  onAddUp(on: boolean): void;
  onConvert(mark: DecimalMark): void;
  onShow(cell: TextNumberCellFound): void;
}

/** "row 12, row 40 and 3 more": a list a person reads, never hundreds of numbers. */
function listed(items: readonly string[], language: Language, limit = 4): string {
  const shown = items.slice(0, limit).join(", ");
  return items.length > limit ? `${shown} ${paneText("moreRows", language, { count: items.length - limit })}` : shown;
}

function totalText(t: TotalRow, props: DataChecksProps): string {
  const row = props.firstRow + t.row;
  if (t.reason === "tableTotals") return paneText("totalByTable", props.language, { row });
  if (t.reason === "formula") return paneText("totalByFormula", props.language, { row, formula: "SUM" });
  return paneText("totalByLabel", props.language, { row, label: t.label ?? "" });
}

export function DataChecks(props: DataChecksProps): ReactElement | null {
  const { findings, language, textNumbers } = props;
  const t = (k: Parameters<typeof paneText>[0], p?: Record<string, string | number>): string => paneText(k, language, p);
  const [mark, setMark] = useState<DecimalMark | null>(null);
  const [next, setNext] = useState(0);
  const texts = textNumbers.map((c) => c.text);
  const decided = decimalMarkOf(texts);
  const asking = decided === "ask";
  const example = textNumbers.find((c) => /^[^.,]*\d[.,]\d{3}\D*$/.test(c.text))?.text ?? texts[0] ?? "";
  const separator = example.includes(",") ? "," : ".";
  if (!findings.totals.length && !findings.repeated && !textNumbers.length && !props.ordersOffer) return null;
  return (
    <div data-testid="data-checks" style={{ display: "flex", flexDirection: "column", gap: 6, marginTop: 6 }} aria-label={t("checksHeading")} role="group">
      {props.ordersOffer && (
        <MessageBar intent="info" layout="multiline" data-testid="check-orders">
          <MessageBarBody>{t("ordersOffer")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={props.busy} onClick={props.onSummariseOrders} data-testid="summarise-orders">
              {t("summariseOrders")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {findings.totals.length > 0 && (
        <MessageBar intent="info" data-testid="check-totals">
          <MessageBarBody>{t("totalsLeftOut", { rows: listed(findings.totals.map((r) => totalText(r, props)), language) })}</MessageBarBody>
        </MessageBar>
      )}
      {findings.repeated && props.addedUp && (
        <MessageBar intent="success" data-testid="check-repeated">
          <MessageBarBody>{t("addedUp", { customers: formatNumber(props.addedUp.customers, language), rows: formatNumber(props.addedUp.rows, language) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={props.busy} onClick={() => props.onAddUp(false)}>
              {t("classifyRows")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {findings.repeated && !props.addedUp && (
        <MessageBar intent="warning" layout="multiline" data-testid="check-repeated">
          <MessageBarBody>
            {t(findings.repeated.role === "id" ? "repeatedIds" : "repeatedNames", {
              customers: formatNumber(findings.repeated.customers, language),
              rows: formatNumber(findings.repeated.rows, language),
              examples: findings.repeated.examples.join(", "),
            })}{" "}
            {!props.canAddUp && t("cannotAddUp", { method: props.methodName })}
          </MessageBarBody>
          {props.canAddUp && (
            <MessageBarActions>
              <Button size="small" appearance="primary" disabled={props.busy} onClick={() => props.onAddUp(true)} data-testid="add-up">
                {t("addUp")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {textNumbers.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="check-text-numbers">
          <MessageBarBody>
            {t("textNumbers", { count: formatNumber(textNumbers.length, language), rows: listed(textNumbers.map((c) => String(c.row + 1)), language) })}
            {asking && (
              <RadioGroup
                aria-label={t("decimalQuestion", { example })}
                value={mark ?? ""}
                onChange={(_, d) => setMark(d.value as DecimalMark)}
                data-testid="decimal-mark"
              >
                <span>{t("decimalQuestion", { example })}</span>
                {/* "." reads "1,234" as 1234 and "1.234" as 1.234; "," the other way round. */}
                <Radio value="." label={t(separator === "," ? "commaGroups" : "pointDecimal", { number: String(parseTextNumber(example, ".")) })} />
                <Radio value="," label={t(separator === "," ? "commaDecimal" : "pointGroups", { number: String(parseTextNumber(example, ",")) })} />
              </RadioGroup>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              disabled={props.busy}
              onClick={() => {
                props.onShow(textNumbers[next % textNumbers.length]);
                setNext(next + 1);
              }}
              data-testid="show-text-numbers"
            >
              {next === 0 ? t("showTextNumbers") : t("showNext")}
            </Button>
            <Button size="small" appearance="primary" disabled={props.busy || (asking && mark === null)} onClick={() => props.onConvert(asking ? (mark as DecimalMark) : decided)} data-testid="convert">
              {t("convertNumbers")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
