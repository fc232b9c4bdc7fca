/** A yes/no question before something that cannot be taken back (replacing a snapshot, deleting the history). */
import type { ReactElement } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly testId: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(p: ConfirmDialogProps): ReactElement {
  return (
    <Dialog open={p.open} onOpenChange={(_, d) => (!d.open ? p.onCancel() : undefined)}>
      <DialogSurface data-testid={p.testId}>
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent>{p.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={p.onConfirm} data-testid={`${p.testId}-confirm`}>
              {p.confirm}
            </Button>
            <Button onClick={p.onCancel}>{p.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
