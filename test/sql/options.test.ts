/** `npm run sql` options: defaults match the engine's, and every mistake is named, never ignored. */
import { SqlOptionError } from "../../src/sql/dialects";
import { generate } from "../../src/sql/options";

function message(words: string[]): string {
  try {
    generate(words);
  } catch (e) {
    if (e instanceof SqlOptionError) return e.message;
    throw e;
  }
  return "(no error)";
}

describe("npm run sql options", () => {
  test("defaults: ABC 80/95, reach rule, value basis; ABCD 50/80/95; count basis 20/30", () => {
    expect(generate(["abc"])).toContain("ABC by value, cuts 0.8/0.95, boundary rule \"reach\" (duckdb)");
    expect(generate(["abcd"])).toContain("cuts 0.5/0.8/0.95");
    expect(generate(["abc", "--basis", "count"])).toContain("cuts 0.2/0.3");
    expect(generate(["abc", "--preset", "70/20/10", "--rule", "byhand"])).toContain("cuts 0.7/0.9, boundary rule \"byhand\"");
    expect(generate(["abc", "--preset=80/15/5"])).toContain("cuts 0.8/0.95");
  });

  test("each mistake says what is wrong and what is allowed", () => {
    expect(message([])).toMatch(/name a method first: abc, abcd, pareto, quadrant, summary, rfm, lifecycle/);
    expect(message(["xyz"])).toMatch(/unknown method "xyz"/);
    expect(message(["abc", "--dialect", "oracle"])).toMatch(/allowed: duckdb, postgres, spark, bigquery, snowflake/);
    expect(message(["abc", "--cuts", "0.9,0.8"])).toBe("cuts must increase");
    expect(message(["abc", "--cuts", "0.8"])).toBe("3 classes need 2 cuts, got 1");
    expect(message(["abc", "--cuts", "0.8,1.5"])).toMatch(/not a fraction strictly between 0 and 1/);
    expect(message(["abc", "--preset", "80/95", "--cuts", "0.8,0.95"])).toBe("give --cuts or --preset, not both");
    expect(message(["abc", "--preset", "60/60"])).toMatch(/allowed 80\/95, 70\/90/);
    expect(message(["abc", "--rule", "lower"])).toMatch(/"lower" is not one of reach, byhand/);
    expect(message(["abc", "--colour", "red"])).toBe("unknown option --colour");
    expect(message(["abc", "--table"])).toBe("--table needs a value");
    expect(message(["abc", "--table", "sales; DROP TABLE x"])).toMatch(/not a plain table name/);
    expect(message(["abc", "--value", "Sales Amount"])).toMatch(/not a plain column name/);
    expect(message(["abc", "--table", "running"])).toMatch(/has the name of a step of the query; qualify it \(schema.running\)/);
    expect(message(["quadrant", "--x-split", "p150"])).toMatch(/allowed: "median" \(default\), "mean"/);
    expect(message(["summary", "--as-of", "2024-02-30"])).toMatch(/not a date written YYYY-MM-DD/);
    expect(message(["rfm", "--m-edges", "1,2,2,3"])).toMatch(/M edges: give 4 strictly increasing numbers/);
    expect(message(["lifecycle", "--active-days", "400"])).toMatch(/active ≤ churn/);
  });

  test("qualified table names pass (schema.table, project.dataset.table)", () => {
    expect(generate(["abc", "--table", "sales.customers", "--dialect", "postgres"])).toContain("FROM sales.customers");
    expect(generate(["abc", "--table", "my-project.crm.customers", "--dialect", "bigquery"])).toContain("FROM my-project.crm.customers");
    expect(generate(["abc", "--table", "schema.running"])).toContain("FROM schema.running");
  });

  test("--rules reads the user's RFM rule table from a file; a bad table is refused with its shape", () => {
    const files: Record<string, string> = {
      "good.csv": "name,r_min,r_max,f_min,f_max,m_min,m_max\nVIP,4,5,4,5,4,5\r\n\nSLEEPING,1,2,1,5,1,5\n",
      "short.csv": "VIP,4,5,4\n",
      "reversed.csv": "VIP,5,4,4,5,4,5\n",
    };
    const read = (path: string) => files[path];
    const sql = generate(["rfm", "--rules", "good.csv"], read);
    expect(sql).toContain("WHEN r_score BETWEEN 4 AND 5 AND f_score BETWEEN 4 AND 5 AND m_score BETWEEN 4 AND 5 THEN 'VIP'");
    expect(sql).toContain("THEN 'SLEEPING'\n    ELSE 'OTHERS'");
    expect(sql).not.toContain("CHAMPIONS");
    for (const bad of ["short.csv", "reversed.csv"]) {
      expect(() => generate(["rfm", "--rules", bad], read)).toThrow(/each line needs 7 values — name, r_min, r_max/);
    }
    expect(() => generate(["rfm", "--rules", "x.csv"])).toThrow(SqlOptionError);
  });
});
