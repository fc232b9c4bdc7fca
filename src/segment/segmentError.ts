/**
 * A mistake in what the user gave a method (a bad cut, ranges of different lengths …).
 * It carries a message *key* and parameters, not a sentence, so each caller (a cell error,
 * the task pane) can say it in the user's language. The texts live in src/i18n/.
 */
export class SegmentError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = "SegmentError";
  }
}
