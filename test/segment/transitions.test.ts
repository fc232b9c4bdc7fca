/**
 * The transition engine on hand-worked snapshots: exact matrices in customers and in value,
 * directions, the movers order, duplicate IDs, number/text IDs, blanks and error cells.
 */
import { ERROR_ROW, NOT_A_CUSTOMER } from "../../src/segment/classifyRows";
import { SegmentError } from "../../src/segment/segmentError";
import {
  compareSnapshots,
  defaultClassOrder,
  DIRECTION_CODES,
  movers,
  previousClasses,
  readClassOrder,
  SnapshotCells,
  TableCell,
  transitionTable,
  Transitions,
} from "../../src/segment/transitions";
import { CURRENT_MONTH, PREVIOUS_MONTH } from "../fixtures/handWorkedMonth";

type Row = [unknown, unknown, unknown?];

function snapshot(rows: Row[], withValues = true): SnapshotCells {
  return {
    ids: rows.map((r) => r[0]),
    classes: rows.map((r) => r[1]),
    values: withValues ? rows.map((r) => r[2]) : null,
  };
}

const directionsOf = (direction: Int32Array): string[] =>
  Array.from(direction, (d) => (d >= 0 ? DIRECTION_CODES[d] : d === NOT_A_CUSTOMER ? "" : "ERROR"));

/** Cells as plain values; an error cell as its code. */
const plain = (table: TableCell[][]): unknown[][] =>
  table.map((row) => row.map((c) => (c !== null && typeof c === "object" ? c.code : c)));

function thrown(body: () => unknown): SegmentError {
  try {
    body();
  } catch (error) {
    if (error instanceof SegmentError) return error;
    throw error;
  }
  throw new Error("expected a SegmentError");
}

const PREVIOUS: Row[] = PREVIOUS_MONTH.map((r) => [...r]);
const CURRENT: Row[] = CURRENT_MONTH.map((r) => [...r]);

describe("the hand-worked month", () => {
  const t = compareSnapshots(snapshot(PREVIOUS), snapshot(CURRENT));

  test("order from the codes: A > B > C (no D, since no customer is D)", () => {
    expect(t.order).toEqual(["A", "B", "C"]);
  });

  test("matrix in customers: rows A, B, C, NEW, Total; columns A, B, C, GONE, Total", () => {
    expect(transitionTable(t, "customers")).toEqual([
      [1, 0, 1, 1, 3], // A: C1 stayed, C2 fell to C, C7 gone
      [1, 1, 0, 0, 2], // B: C3 up to A, C4 stayed
      [0, 1, 1, 0, 2], // C: C5 up to B, C6 stayed
      [0, 1, 1, null, 2], // NEW: C8 (B), C9 (C)
      [2, 3, 3, 1, 9], // 9 customers in the union C1…C9
    ]);
  });

  test("matrix in value: current values, previous value in GONE", () => {
    expect(transitionTable(t, "value")).toEqual([
      [120, 0, 20, 70, 210],
      [90, 45, 0, 0, 135],
      [0, 30, 4, 0, 34],
      [0, 60, 3, null, 63],
      [210, 135, 27, 70, 442], // class columns = SUMIF over the current snapshot
    ]);
  });

  test("directions per current row and per previous row", () => {
    expect(directionsOf(t.currentDirection)).toEqual(["SAME", "DOWN", "UP", "SAME", "UP", "SAME", "NEW", "NEW"]);
    expect(directionsOf(t.previousDirection)).toEqual(["SAME", "DOWN", "UP", "SAME", "UP", "SAME", "GONE"]);
  });

  test("movers: the downgrade first, then upgrades by value gained", () => {
    expect(movers(t).map((m) => [m.id, m.previousClass, m.currentClass, m.direction, m.steps])).toEqual([
      ["C2", "A", "C", "DOWN", 2],
      ["C3", "B", "A", "UP", 1], // gained 40
      ["C5", "C", "B", "UP", 1], // gained 20
    ]);
    expect(movers(t)[0]).toMatchObject({ previousRow: 1, currentRow: 1, previousValue: 80, currentValue: 20 });
  });

  test("previous class per current row, blank (null) when new", () => {
    expect(previousClasses(snapshot(PREVIOUS), snapshot(CURRENT))).toEqual(["A", "A", "B", "B", "C", "C", null, null]);
  });
});

describe("movers order", () => {
  test("most steps down, then most value lost, then ID (numbers before text); then upgrades likewise", () => {
    const previous: Row[] = [
      ["X1", "A", 100],
      ["X2", "A", 500],
      ["X3", "B", 50],
      ["X4", "A", 10],
      ["x10", "B", 7],
      [9, "B", 7],
      ["X6", "C", 1],
      ["X7", "B", 1],
    ];
    const current: Row[] = [
      ["X1", "C", 10], // down 2, lost 90
      ["X2", "B", 100], // down 1, lost 400
      ["X3", "C", 0], // down 1, lost 50
      ["X4", "C", 10], // down 2, lost 0
      ["X10", "A", 7], // up 1, gained 0
      ["9", "A", 7], // up 1, gained 0 — the text "9" is the number 9
      ["X6", "A", 2], // up 2
      ["X7", "B", 1], // same: not a mover
    ];
    const list = movers(compareSnapshots(snapshot(previous), snapshot(current)));
    expect(list.map((m) => m.id)).toEqual(["X1", "X4", "X2", "X3", "X6", "9", "X10"]);
    expect(list.map((m) => m.direction)).toEqual(["DOWN", "DOWN", "DOWN", "DOWN", "UP", "UP", "UP"]);
  });

  test("without values the order falls back to steps and ID", () => {
    const t = compareSnapshots(
      snapshot([["b", "A"], ["a", "A"], ["c", "B"]], false),
      snapshot([["b", "B"], ["a", "B"], ["c", "A"]], false),
    );
    expect(movers(t).map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(t.hasValues).toBe(false);
  });
});

describe("matching IDs like COUNTIF, trimmed", () => {
  test('the number 7, the text "7" and " 007 " are one customer; text ignores case and outer spaces', () => {
    const t = compareSnapshots(
      snapshot([[7, "A", 1], ["c-001", "B", 1], ["Shop\u00a0", "C", 1]]),
      snapshot([[" 007 ", "B", 1], ["C-001", "B", 1], [" SHOP", "A", 1]]),
    );
    expect(directionsOf(t.currentDirection)).toEqual(["DOWN", "SAME", "UP"]);
    expect(transitionTable(t, "customers")[4][4]).toBe(3);
  });

  test("inner spaces still count: 'C 1' and 'C1' are two customers", () => {
    const t = compareSnapshots(snapshot([["C 1", "A"]], false), snapshot([["C1", "A"]], false));
    expect(directionsOf(t.currentDirection)).toEqual(["NEW"]);
    expect(directionsOf(t.previousDirection)).toEqual(["GONE"]);
  });

  test("a date ID is its serial number", () => {
    const t = compareSnapshots(snapshot([[new Date(Date.UTC(2024, 0, 1)), "A"]], false), snapshot([[45292, "B"]], false));
    expect(directionsOf(t.currentDirection)).toEqual(["DOWN"]);
  });
});

describe("duplicates", () => {
  test("a repeated ID in one snapshot is refused, naming the first repeat and both rows", () => {
    const error = thrown(() =>
      compareSnapshots(snapshot([["K1", "A"], ["K2", "B"], ["k2 ", "C"], ["K1", "A"]], false), snapshot([["K1", "A"]], false)),
    );
    expect(error.key).toBe("transitions.duplicate");
    expect(error.params).toEqual({ id: "k2", name: "previous", first: 2, second: 3 });
  });

  test('the number 7 and the text "7" in one snapshot are a duplicate', () => {
    const error = thrown(() => compareSnapshots(snapshot([["Z", "A"]], false), snapshot([[7, "A"], ["7", "B"]], false)));
    expect(error.params).toEqual({ id: "7", name: "current", first: 1, second: 2 });
  });

  test("a repeated ID with a blank class is still a duplicate (two rows for one customer)", () => {
    const error = thrown(() => compareSnapshots(snapshot([["Q", "A"], ["Q", ""]], false), snapshot([], false)));
    expect(error.key).toBe("transitions.duplicate");
  });
});

describe("blanks", () => {
  const previous: Row[] = [
    ["P1", "A", 10],
    ["", "A", 99], // blank ID: skipped
    ["P2", "B", 20],
    ["P3", "", 30], // known, not classified last month
    [null, null, null],
  ];
  const current: Row[] = [
    ["P1", "", 5], // class blank now: GONE, counted from its previous class
    ["   ", "B", 99], // only spaces: a blank ID
    ["P2", "B", 25],
    ["P3", "C", 35], // classified for the first time: NEW
    ["P4", "", 1], // never classified: not a customer
  ];
  const t = compareSnapshots(snapshot(previous), snapshot(current));

  test("blank ID rows are skipped; blank classes are absent from that snapshot", () => {
    expect(t.order).toEqual(["A", "B", "C"]);
    expect(transitionTable(t, "customers")).toEqual([
      [0, 0, 0, 1, 1],
      [0, 1, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 1, null, 1],
      [0, 1, 1, 1, 3],
    ]);
    expect(transitionTable(t, "value")[0]).toEqual([0, 0, 0, 10, 10]); // GONE: the previous value
  });

  test("directions: GONE on a current row whose class went blank, blank for non-customers", () => {
    expect(directionsOf(t.currentDirection)).toEqual(["GONE", "", "SAME", "NEW", ""]);
    expect(directionsOf(t.previousDirection)).toEqual(["GONE", "", "SAME", "NEW", ""]);
  });

  test("values that are blank or text add nothing (as SUMIFS)", () => {
    const u = compareSnapshots(snapshot([["a", "A", "n/a"]]), snapshot([["a", "A", ""], ["b", "B", "1,234"]]));
    expect(transitionTable(u, "value").slice(2)).toEqual([[0, 0, null, 0], [0, 0, 0, 0]]);
    expect(transitionTable(u, "customers").slice(2)).toEqual([[0, 1, null, 1], [1, 1, 0, 2]]);
  });
});

describe("error cells", () => {
  const NA = { code: "#N/A" };
  const REF = { code: "#REF!" };

  test("an error class leaves that customer out of the matrix and gives its current row that error", () => {
    const t = compareSnapshots(
      snapshot([["a", "A"], ["b", NA], ["c", "B"]], false),
      snapshot([["a", "B"], ["b", "A"], ["c", REF], [REF, "A"]], false),
    );
    expect(transitionTable(t, "customers")).toEqual([
      [0, 1, 0, 1], // a: A → B; b left out (its previous class is an error)
      [0, 0, 0, 0], // c left out: its current class is an error
      [0, 0, null, 0],
      [0, 1, 0, 1],
    ]);
    expect(directionsOf(t.currentDirection)).toEqual(["DOWN", "ERROR", "ERROR", "ERROR"]);
    expect([1, 2, 3].map((i) => t.currentErrors.get(i)?.code)).toEqual(["#N/A", "#REF!", "#REF!"]);
    expect(t.previous.errorRowCount).toBe(1);
    expect(t.current.errorRowCount).toBe(2);
  });

  test("an error value makes its value cell and totals that error, counts unchanged", () => {
    const t = compareSnapshots(snapshot([["a", "A", 1], ["b", "A", 2]]), snapshot([["a", "A", NA], ["b", "B", 5]]));
    expect(plain(transitionTable(t, "value"))).toEqual([
      ["#N/A", 5, 0, "#N/A"],
      [0, 0, 0, 0],
      [0, 0, null, 0],
      ["#N/A", 5, 0, "#N/A"],
    ]);
    expect(transitionTable(t, "customers")[3]).toEqual([1, 1, 0, 2]);
    expect(directionsOf(t.currentDirection)).toEqual(["SAME", "DOWN"]);
  });

  test("previousClasses: the previous error class shows as that error", () => {
    const out = previousClasses(snapshot([["a", NA]], false), snapshot([["a", "B"], ["b", "A"]], false));
    expect(out).toEqual([NA, null]);
  });
});

describe("class order", () => {
  test("built-in orders, from the best class through the worst class found", () => {
    expect(defaultClassOrder(["C", "A"])).toEqual(["A", "B", "C"]);
    expect(defaultClassOrder(["a", " d "])).toEqual(["A", "B", "C", "D"]);
    expect(defaultClassOrder(["LOSS", "VITAL"])).toEqual(["VITAL", "REST", "LOSS"]);
    expect(defaultClassOrder(["REST", "VITAL"])).toEqual(["VITAL", "REST"]);
    expect(defaultClassOrder(["EIII", "EI"])).toEqual(["EI", "EII", "EIII"]);
    expect(defaultClassOrder(["PIV"])).toEqual(["PI", "PII", "PIII", "PIV"]);
    expect(defaultClassOrder([])).toEqual([]);
  });

  test("codes of no built-in order, or of two orders, need an explicit order", () => {
    for (const codes of [["A", "VITAL"], ["NEW", "LOYAL"], ["OLD-LARGE"]]) {
      const error = thrown(() => defaultClassOrder(codes));
      expect(error.key).toBe("transitions.orderNeeded");
      expect(String(error.params.known)).toContain("A > B > C > D; VITAL > REST > LOSS; EI > EII > EIII > EIV");
    }
    expect(thrown(() => defaultClassOrder(["NEW", "LOYAL"])).params.example).toBe('{"NEW","LOYAL"}');
  });

  test("an explicit order: cells best first, or text split at > , ;; blanks skipped; case ignored", () => {
    expect(readClassOrder(["Gold", "", null, "Silver", "Bronze"])).toEqual(["Gold", "Silver", "Bronze"]);
    expect(readClassOrder(["A > B, C; D"])).toEqual(["A", "B", "C", "D"]);
    expect(readClassOrder([5, 4, 3])).toEqual(["5", "4", "3"]);
    expect(readClassOrder(["", null])).toBeNull();
    expect(readClassOrder(null)).toBeNull();
    expect(thrown(() => readClassOrder(["A", "B", "a"])).params).toEqual({ code: "a", order: "A > B > a" });
  });

  test("the order's spelling is shown; data codes match it ignoring case", () => {
    const t = compareSnapshots(
      snapshot([["1", "gold"], ["2", "SILVER"]], false),
      snapshot([["1", "Silver "], ["2", "gold"]], false),
      ["Gold", "Silver"],
    );
    expect(t.order).toEqual(["Gold", "Silver"]);
    expect(directionsOf(t.currentDirection)).toEqual(["DOWN", "UP"]);
    expect(movers(t).map((m) => [m.previousClass, m.currentClass])).toEqual([["Gold", "Silver"], ["Silver", "Gold"]]);
  });

  test("a code not in the order names the code, the snapshot and the order", () => {
    const error = thrown(() => compareSnapshots(snapshot([["1", "A"]], false), snapshot([["1", "class"]], false), ["A", "B", "C"]));
    expect(error.key).toBe("transitions.unknownCode");
    expect(error.params).toEqual({ code: "class", name: "current", order: "A > B > C", example: '{"A","B","C","class"}' });
  });

  test("an explicit order reverses what counts as up", () => {
    const p = snapshot([["1", "A"]], false);
    const c = snapshot([["1", "C"]], false);
    expect(directionsOf(compareSnapshots(p, c).currentDirection)).toEqual(["DOWN"]);
    expect(directionsOf(compareSnapshots(p, c, "C>B>A".split(">")).currentDirection)).toEqual(["UP"]);
  });
});

describe("shapes", () => {
  test("lists of different lengths within a snapshot are refused", () => {
    const error = thrown(() => compareSnapshots({ ids: ["a", "b"], classes: ["A"] }, snapshot([], false)));
    expect(error.key).toBe("shape.mismatch");
  });

  test("two empty snapshots give an empty matrix", () => {
    const t: Transitions = compareSnapshots(snapshot([], false), snapshot([], false));
    expect(transitionTable(t, "customers")).toEqual([[null, 0], [0, 0]]);
  });

  test("marker values are the shared ones", () => {
    const t = compareSnapshots(snapshot([["a", { code: "#N/A" }]], false), snapshot([["b", ""]], false));
    expect(Array.from(t.previousClass)).toEqual([ERROR_ROW]);
    expect(Array.from(t.currentClass)).toEqual([NOT_A_CUSTOMER]);
  });
});
