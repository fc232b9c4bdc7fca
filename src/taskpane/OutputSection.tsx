/** Step 4: how to write the result (values or live formulas, summary, tag column), the colours, and Apply. */
import type { ReactElement, ReactNode } from "react";
import { Button, Caption1, Checkbox, Field, Radio, RadioGroup, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { PaneKey, paneText } from "../i18n/paneText";
import { TONE_IDS, TONES, ToneId } from "../workbook/palette";
import { OutputMode } from "../workbook/plan";
import { ClassName } from "./ClassName";

export interface OutputSectionProps {
  readonly codes: readonly string[];
  readonly tones: Readonly<Record<string, ToneId>>;
  readonly output: OutputMode;
  readonly formulasAvailable: boolean;
  /** Why live formulas are off for this data, when the method has them (rows added up, totals left out). */
  readonly formulasNote?: string;
  /** Why Apply is off, shown under it. */
  readonly applyBlocked?: string;
  readonly summary: boolean;
  readonly tags: boolean;
  /** Write the classes' names in the pane's language beside the codes. */
  readonly labels: boolean;
  readonly canApply: boolean;
  readonly busy: boolean;
  readonly language: Language;
  onOutput(output: OutputMode): void;
  onSummary(on: boolean): void;
  onTags(on: boolean): void;
  onLabels(on: boolean): void;
  onTone(code: string, tone: ToneId): void;
  onApply(): void;
  /** More choices shown right before Apply (the monthly history option). */
  readonly extra?: ReactNode;
}

const TONE_NAMES: Record<ToneId, PaneKey> = {
  green: "toneGreen",
  amber: "toneAmber",
  blueGrey: "toneBlueGrey",
  red: "toneRed",
  purple: "tonePurple",
  teal: "toneTeal",
  orange: "toneOrange",
  pink: "tonePink",
  olive: "toneOlive",
  slate: "toneSlate",
  sky: "toneSky",
};

export function OutputSection(p: OutputSectionProps): ReactElement {
  const t = (k: Parameters<typeof paneText>[0]): string => paneText(k, p.language);
  return (
    <section aria-labelledby="output-heading">
      <Subtitle2 as="h2" id="output-heading">
        {t("outputHeading")}
      </Subtitle2>
      <RadioGroup aria-labelledby="output-heading" value={p.formulasAvailable ? p.output : "values"} onChange={(_, d) => p.onOutput(d.value as OutputMode)}>
        <Radio value="values" label={t("outputValues")} />
        <Radio value="formulas" label={t("outputFormulas")} disabled={!p.formulasAvailable} />
      </RadioGroup>
      {!p.formulasAvailable && <Caption1 block as="p">{p.formulasNote ?? t("formulasUnavailable")}</Caption1>}
      <Checkbox checked={p.summary} label={t("summarySheet")} onChange={(_, d) => p.onSummary(Boolean(d.checked))} data-testid="summary" />
      <Checkbox checked={p.labels} label={t("labelColumn")} onChange={(_, d) => p.onLabels(Boolean(d.checked))} data-testid="labels" />
      <Checkbox checked={p.tags} label={t("tagColumn")} onChange={(_, d) => p.onTags(Boolean(d.checked))} data-testid="tags" />
      <fieldset style={{ border: "none", padding: 0, margin: "4px 0" }} data-testid="colour-list">
        <legend>
          <Caption1>{t("colours")}</Caption1>
        </legend>
        {p.codes.map((code) => (
          <div key={code} style={{ display: "flex", alignItems: "center", gap: 6, marginBottom: 2 }}>
            <span style={{ flex: "1 1 0", minWidth: 0, fontSize: 12, lineHeight: "16px" }}>
              <ClassName code={code} tone={TONES[p.tones[code]]} language={p.language} />
            </span>
            <Field size="small" style={{ flex: "0 0 112px" }}>
              <Select aria-label={`${t("colours")} ${code}`} data-testid={`tone-${code}`} value={p.tones[code]} onChange={(_, d) => p.onTone(code, d.value as ToneId)}>
                {TONE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(TONE_NAMES[id])}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ))}
      </fieldset>
      {p.extra}
      <Button appearance="primary" disabled={!p.canApply || p.busy} onClick={p.onApply} data-testid="apply" icon={p.busy ? <Spinner size="tiny" /> : undefined}>
        {p.busy ? t("applying") : t("apply")}
      </Button>
      {p.applyBlocked && (
        <Caption1 block as="p" data-testid="apply-blocked">
          {p.applyBlocked}
        </Caption1>
      )}
    </section>
  );
}
