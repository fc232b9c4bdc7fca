/**
 * Real-looking order lines, seeded, for the COHORT checks (the LibreOffice sheet) and benchmark:
 * customers arrive over the period at a steady pace with a seasonal swing, each buys at its own
 * rate (a Gamma mix of rates, so a few buy often and many rarely) and may stop after any order;
 * an order has one to three lines; amounts are log-normal with a few returns; IDs are text
 * ("C-00042") with now and then the same customer written another way ("c-00042 ", or the number
 * in a sheet that mixes both). Lines come in date order, as an export usually does.
 */
import { seededRandom } from "../../src/preview/sampleData";

export interface OrderSheet {
  readonly ids: (string | number)[];
  /** Excel serials; a few carry a time of day. */
  readonly dates: number[];
  readonly amounts: number[];
}

export interface OrderSheetOptions {
  /** First day (Excel serial) and number of days the orders span. */
  readonly start?: number;
  readonly days?: number;
  /** Spell about 1 in 20 IDs another way (case, a trailing space). */
  readonly respell?: boolean;
}

export function orderSheet(lines: number, seed: number, options: OrderSheetOptions = {}): OrderSheet {
  const random = seededRandom(seed);
  const start = options.start ?? 45_292; // 2024-01-01
  const days = options.days ?? 730;
  const rows: [string | number, number, number][] = [];
  // Roughly ten lines per customer on average: arrivals until there are enough lines.
  let customer = 0;
  while (rows.length < lines * 1.15) {
    customer++;
    // Arrivals: uniform over the span, thinned by a seasonal swing (more in autumn and winter).
    let first: number;
    do {
      first = start + Math.floor(random() * days);
    } while (random() > 0.75 + 0.25 * Math.cos(((first - start) / 365.25) * 2 * Math.PI));
    // Gamma(shape 0.8) orders per 30 days, by a sum of exponentials for the whole part and a scaled one for the rest.
    const rate = (-Math.log(1 - random()) * 0.8 + 0.05) * 0.9;
    const stop = 0.05 + 0.25 * random();
    const basket = Math.exp(3.5 + 1.2 * normal(random));
    const id = `C-${String(customer).padStart(5, "0")}`;
    let day = first;
    for (;;) {
      const orderLines = random() < 0.75 ? 1 : random() < 0.7 ? 2 : 3;
      for (let k = 0; k < orderLines && rows.length < lines * 1.15; k++) {
        const amount = Math.round(basket * Math.exp(0.5 * normal(random)) * 100) / 100;
        rows.push([spelling(random, id, options.respell ?? true), random() < 0.05 ? day + Math.round(random() * 96) / 96 : day, random() < 0.02 ? -amount : amount]);
      }
      if (random() < stop) break;
      day += Math.max(1, Math.round((-Math.log(1 - random()) * 30) / rate));
      if (day >= start + days) break;
    }
  }
  rows.sort((a, b) => a[1] - b[1]);
  rows.length = lines;
  return { ids: rows.map((r) => r[0]), dates: rows.map((r) => r[1]), amounts: rows.map((r) => r[2]) };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function spelling(random: () => number, id: string, respell: boolean): string {
  if (!respell || random() >= 0.05) return id;
  return random() < 0.5 ? id.toLowerCase() : `${id} `;
}
