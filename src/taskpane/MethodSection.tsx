/** Step 2: the method (from the registry) and its parameters, each a set of preset choices. */
import type { ReactElement } from "react";
import { Caption1, Field, Radio, RadioGroup, Select, Subtitle2 } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { localize, MethodParams, SegmentMethod } from "../workbook/methods/types";

export interface MethodSectionProps {
  readonly methods: readonly SegmentMethod[];
  readonly method: SegmentMethod;
  readonly params: MethodParams;
  readonly language: Language;
  onMethod(id: string): void;
  onParams(params: MethodParams): void;
}

export function MethodSection({ methods, method, params, language, onMethod, onParams }: MethodSectionProps): ReactElement {
  return (
    <section aria-labelledby="method-heading">
      <Subtitle2 as="h2" id="method-heading">
        {paneText("methodHeading", language)}
      </Subtitle2>
      <RadioGroup aria-labelledby="method-heading" value={method.id} onChange={(_, data) => onMethod(data.value)} data-testid="methods">
        {methods.map((m) => (
          <Radio key={m.id} value={m.id} label={localize(m.label, language)} data-testid={`method-${m.id}`} />
        ))}
      </RadioGroup>
      <Caption1 block as="p">{localize(method.description, language)}</Caption1>
      {method.params.map((p) => (
        <Field key={p.key} label={localize(p.label, language)} size="small" style={{ minWidth: 0 }}>
          {/* As wide as the pane, never wider: a long choice ("Detect: dates or days …") is cut off in the closed box, not past the pane's edge. */}
          <Select style={{ width: "100%", minWidth: 0 }} select={{ style: { width: "100%", minWidth: 0, textOverflow: "ellipsis" } }} data-testid={`param-${p.key}`} value={params[p.key] ?? p.defaultValue} onChange={(_, data) => onParams({ ...params, [p.key]: data.value })}>
            {p.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {localize(c.label, language)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </section>
  );
}
