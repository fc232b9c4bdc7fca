/** Asked before any non-empty cell would be written over: move to an empty column, replace (restorable), or cancel. */
import type { ReactElement } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { cellA1 } from "../workbook/address";
import { OccupiedReport } from "../workbook/port";

export interface OverwriteDialogProps {
  readonly report: OccupiedReport | null;
  readonly language: Language;
  onMove(): void;
  onOverwrite(): void;
  onCancel(): void;
}

export function OverwriteDialog({ report, language, onMove, onOverwrite, onCancel }: OverwriteDialogProps): ReactElement {
  const listed = report ? report.cells.slice(0, 12).map((c) => `${c.sheet}!${cellA1(c.row, c.col)}`).join(", ") : "";
  // Replacing is offered only when every cell is listed, so Remove can put each one back.
  const canReplace = report !== null && report.cells.length === report.total;
  return (
    <Dialog open={report !== null} onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{paneText("occupiedTitle", language)}</DialogTitle>
          <DialogContent>{paneText("occupiedBody", language, { total: report?.total ?? 0, cells: listed + (report && report.total > 12 ? " …" : "") })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onMove}>
              {paneText("occupiedMove", language)}
            </Button>
            {canReplace && <Button onClick={onOverwrite}>{paneText("occupiedOverwrite", language)}</Button>}
            <Button onClick={onCancel}>{paneText("cancel", language)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
