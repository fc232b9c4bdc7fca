/**
 * Excel dates are serial numbers in the 1900 date system: days since 1899-12-30 (Excel's
 * fictitious 1900-02-29 makes day 60 ambiguous; serials from 61 on, i.e. 1900-03-01 onward,
 * match this epoch exactly, which covers every real order date).
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A Date's calendar day and time, read in UTC (how spreadsheet libraries hand dates over). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_UTC) / MS_PER_DAY;
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_UTC + serial * MS_PER_DAY);
}
