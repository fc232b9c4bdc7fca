/** The task pane. For now it lists the formulas; the full pane (pick table, method, apply) follows. */
import type { ReactElement } from "react";
import { FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";

const FORMULAS: readonly [string, string][] = [
  ["=SEGMENT.ABC(B2:B500)", "A / B / C by cumulative share of value (80/95)"],
  ["=SEGMENT.ABCD(B2:B500)", "A / B / C / D (50/80/95)"],
  ["=SEGMENT.PARETO(B2:B500)", "Vital few, rest, loss-making"],
  ["=SEGMENT.SHARE(B2:B500)", "Each customer's cumulative share"],
  ["=SEGMENT.EXPLAIN(B2:B500)", "Customers and value per class, and the cuts"],
  ["=SEGMENT.ABCOF([@Revenue],[Revenue])", "Inside an Excel Table: one class per row"],
];

export function App(): ReactElement {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title2 as="h1">Customer Segments</Title2>
      <p>
        <Text>Type these formulas in any cell; results spill beside your data.</Text>
      </p>
      <ul>
        {FORMULAS.map(([formula, meaning]) => (
          <li key={formula}>
            <code>{formula}</code> — <Text>{meaning}</Text>
          </li>
        ))}
      </ul>
    </FluentProvider>
  );
}
