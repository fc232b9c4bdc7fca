/** What the pane says about an error, in the user's language (the engine's and the workbook's own errors; anything else as it came). */
import { Language } from "../i18n/language";
import { formatMessage } from "../i18n/messages";
import { paneText } from "../i18n/paneText";
import { SegmentError } from "../segment/segmentError";
import { TABLE_RESIZE_EXCEL_API, TableResizeUnsupportedError } from "../workbook/excelRequirements";
import { findMethod } from "../workbook/methods/registry";
import { localize, roleLabel } from "../workbook/methods/types";
import { RefreshInterruptedError, SourceChangedError } from "../workbook/refresh";
import { MissingRoleError } from "../workbook/segmentation";

export function messageOf(error: unknown, language: Language): string {
  if (error instanceof SegmentError) return formatMessage(error.key, error.params, language);
  if (error instanceof TableResizeUnsupportedError) return paneText("tableResizeUnsupported", language, { table: error.table, version: TABLE_RESIZE_EXCEL_API });
  if (error instanceof MissingRoleError) {
    const method = error.methodId === undefined ? undefined : findMethod(error.methodId);
    return paneText("missingRoles", language, { roles: error.roles.map((r) => roleLabel(method, r, language)).join(", ") });
  }
  if (error instanceof SourceChangedError) {
    const method = findMethod(error.saved.methodId);
    return paneText(error.problem === "dataSheetGone" ? "sourceGone" : "sourceColumnsChanged", language, { method: method ? localize(method.label, language) : error.saved.methodId });
  }
  if (error instanceof RefreshInterruptedError) {
    const method = findMethod(error.saved.methodId);
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return paneText("refreshInterrupted", language, { method: method ? localize(method.label, language) : error.saved.methodId, error: cause });
  }
  return error instanceof Error ? error.message : String(error);
}
