/**
 * Who moved between two snapshots: the transition matrix (customers or value; rows = class on
 * the first date + NEW, columns = class on the second date + GONE, with totals — the engine's
 * transitionTable) and the movers in money order (moneyAtStake.ts), each with why it moved when known.
 */
import { useState, type ReactElement } from "react";
import { Caption1, Radio, RadioGroup, Subtitle2, tokens } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { IdKey, idKey } from "../segment/customerIds";
import { historyText } from "../i18n/historyText";
import { MoveReason } from "../workbook/cutChanges";
import { moversByMoney } from "../workbook/moneyAtStake";
import { Movement } from "../workbook/movement";
import { resolveTones } from "../workbook/palette";
import { matrixRows, stakeSummary } from "../workbook/planTransitions";
import { ClassChip } from "./ClassChip";
import { formatNumber } from "./format";

/** Movers shown in the pane; the transitions sheet lists them all. */
export const MOVERS_SHOWN = 50;

export interface MovementViewProps {
  readonly from: string;
  readonly to: string;
  readonly movement: Movement;
  readonly names: ReadonlyMap<IdKey, string>;
  readonly tones?: Readonly<Record<string, string>>;
  readonly language: Language;
  /** Why each of movement.movers moved (same order), when the refresh could tell. */
  readonly reasons?: readonly (MoveReason | null)[];
}

export function MovementView({ from, to, movement, names, tones, language, reasons }: MovementViewProps): ReactElement {
  const [measure, setMeasure] = useState<"customers" | "value">("customers");
  const t = movement.transitions;
  const rows = matrixRows(t, measure, language);
  const colours = resolveTones(t.order, tones ?? {});
  // Money order: the most valuable downgrades first (moneyAtStake.ts); reasons follow their movers.
  const reasonOf = new Map(movement.movers.map((m, i) => [m, reasons?.[i] ?? null]));
  const movers = moversByMoney(movement.movers);
  const cell = (v: unknown): string => (typeof v === "number" ? formatNumber(v, language) : v === null || v === undefined ? "" : String(v));
  return (
    <div data-testid="movement">
      {t.hasValues && (
        <p data-testid="stake-summary" style={{ margin: "4px 0", fontWeight: 600, fontSize: 12 }}>
          {stakeSummary(movement.movers, language)}
        </p>
      )}
      <Caption1 block as="p">
        {paneText("matrixCaption", language, { from, to })}
      </Caption1>
      {t.hasValues && (
        <RadioGroup layout="horizontal" value={measure} onChange={(_, d) => setMeasure(d.value as "customers" | "value")} aria-label={paneText("movementHeading", language)}>
          <Radio value="customers" label={paneText("measureCustomers", language)} data-testid="measure-customers" />
          <Radio value="value" label={paneText("measureValue", language)} data-testid="measure-value" />
        </RadioGroup>
      )}
      <div style={{ overflowX: "auto" }}>
        <table data-testid="transition-matrix" data-measure={measure} style={{ borderCollapse: "collapse", fontSize: 12, marginTop: 4 }}>
          <thead>
            <tr>
              {rows[0].map((h, c) => (
                <th key={c} scope="col" style={{ padding: "2px 6px", textAlign: c === 0 ? "left" : "right", fontWeight: 600, whiteSpace: "nowrap" }}>
                  {String(h ?? "")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(1).map((row, r) => (
              <tr key={r} data-testid={`matrix-row-${String(row[0])}`}>
                <th scope="row" style={{ padding: "2px 6px", textAlign: "left", fontWeight: 600 }}>
                  {String(row[0])}
                </th>
                {row.slice(1).map((v, c) => {
                  // Diagonal = same class: shaded lightly; below it (downgrades) in the D tone's text colour.
                  const downgrade = r < t.order.length && c < t.order.length && c > r && typeof v === "number" && v !== 0;
                  return (
                    <td key={c} data-value={typeof v === "number" ? String(v) : ""} style={{ padding: "2px 6px", textAlign: "right", fontWeight: downgrade ? 600 : 400, color: downgrade ? tokens.colorPaletteRedForeground1 : undefined, borderTop: "1px solid rgba(128,128,128,0.3)" }}>
                      {cell(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Subtitle2 as="h3" style={{ display: "block", marginTop: 8 }}>
        {paneText("moversHeading", language)}
      </Subtitle2>
      {movers.length === 0 && <Caption1 block as="p">{paneText("noMovers", language)}</Caption1>}
      <ol data-testid="movers" style={{ margin: 0, paddingLeft: 20 }}>
        {movers.slice(0, MOVERS_SHOWN).map((m, i) => {
          const key = idKey(typeof m.id === "string" ? m.id.trim() : m.id);
          const name = key === null ? "" : names.get(key) ?? "";
          const change = (Number.isFinite(m.currentValue) ? m.currentValue : 0) - (Number.isFinite(m.previousValue) ? m.previousValue : 0);
          const reason = reasonOf.get(m) ?? null;
          return (
            <li key={i} data-testid="mover" data-id={String(m.id)} data-direction={m.direction} data-steps={m.steps} data-reason={reason ?? ""} style={{ marginBottom: 2, fontSize: 12 }}>
              <span style={{ fontWeight: 600 }}>{String(m.id)}</span> {name}{" "}
              <span style={{ whiteSpace: "nowrap" }}>
                <ClassChip code={m.previousClass} tone={colours[m.previousClass]} /> → <ClassChip code={m.currentClass} tone={colours[m.currentClass]} />{" "}
                <span aria-hidden="true" style={{ color: m.direction === "DOWN" ? tokens.colorPaletteRedForeground1 : tokens.colorPaletteGreenForeground1, fontWeight: 600 }}>
                  {m.direction === "DOWN" ? "▼" : "▲"}
                  {m.steps}
                </span>{" "}
                <span style={{ opacity: 0.8 }}>{`${change > 0 ? "+" : ""}${formatNumber(change, language)}`}</span>
              </span>
              {reason && <span style={{ marginLeft: 4, fontStyle: "italic", opacity: 0.85 }}>({historyText(reason, language)})</span>}
            </li>
          );
        })}
      </ol>
      {movers.length > MOVERS_SHOWN && <Caption1 block as="p">{paneText("moreMovers", language, { count: movers.length - MOVERS_SHOWN })}</Caption1>}
    </div>
  );
}
