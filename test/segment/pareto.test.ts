import { readNumberColumn } from "../../src/segment/cells";
import { fitPareto, paretoGroupOf, PARETO_CODES } from "../../src/segment/pareto";

function groups(values: unknown[], cut = 0.8): string[] {
  const column = readNumberColumn(values);
  const model = fitPareto(column, cut);
  return values.map((v) => (typeof v === "number" ? PARETO_CODES[paretoGroupOf(model, v)] : ""));
}

describe("Pareto 80/20", () => {
  test("vital few = smallest top set reaching 80 % of positive value; losses apart", () => {
    // Positive total 200: 100 (.50) → 100+60 = .80 reached with two customers.
    expect(groups([100, 60, 20, 10, 10, 0, -15])).toEqual(["VITAL", "VITAL", "REST", "REST", "REST", "REST", "LOSS"]);
  });

  test("ratio, vital value and Gini", () => {
    const model = fitPareto(readNumberColumn([100, 60, 20, 10, 10, 0, -15]), 0.8);
    expect(model.vitalCount).toBe(2);
    expect(model.ratio).toBeCloseTo(2 / 7, 12);
    expect(model.vitalValue).toBe(160);
    expect(model.positiveTotal).toBe(200);
    // Gini with the loss as 0, ascending [0,0,10,10,20,60,100], n = 7, Σ = 200:
    // Σ(2i−n−1)x = (−6·0)+(−4·0)+(−2·10)+(0·10)+(2·20)+(4·60)+(6·100) = 860 → 860/(7·200).
    expect(model.gini).toBeCloseTo(860 / 1400, 12);
  });

  test("Gini: equal values 0, one customer has everything (n−1)/n", () => {
    expect(fitPareto(readNumberColumn([5, 5, 5, 5]), 0.8).gini).toBe(0);
    expect(fitPareto(readNumberColumn([0, 0, 0, 9]), 0.8).gini).toBeCloseTo(0.75, 12);
  });

  test("ties at the boundary are all vital", () => {
    expect(groups([50, 30, 30, 30])).toEqual(["VITAL", "VITAL", "VITAL", "VITAL"]);
  });

  test("no positive value: nobody is vital", () => {
    expect(groups([0, -1, 0])).toEqual(["REST", "LOSS", "REST"]);
    expect(fitPareto(readNumberColumn([0, -1]), 0.8).ratio).toBe(0);
  });
});
