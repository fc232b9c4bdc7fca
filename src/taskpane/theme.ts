/**
 * Following the Office theme: Office tells the pane its body background colour; a dark one
 * means a dark theme (Excel's "Black" and "Dark Gray" themes). The preview passes its own choice.
 */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance } from "../workbook/palette";

export type PaneTheme = "light" | "dark";

export function themeFromBackground(color: string | undefined | null): PaneTheme {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return "light";
  return luminance(color) < 0.2 ? "dark" : "light";
}

export function fluentTheme(theme: PaneTheme): Theme {
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
