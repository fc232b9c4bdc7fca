/** The built bundle registers exactly the functions that functions.json describes. */
import { loadBuiltAddin } from "../harness/builtAddin";

describe("built functions bundle", () => {
  const addin = loadBuiltAddin();

  test("associates one function per id in functions.json, one for one", () => {
    const associated = [...addin.associations.keys()].sort();
    const described = addin.metadata.map((m) => m.id).sort();
    expect(associated).toEqual(described);
    expect(new Set(described).size).toBe(described.length);
    for (const id of associated) expect(typeof addin.associations.get(id)).toBe("function");
  });

  test("every function and every parameter has a description", () => {
    for (const meta of addin.metadata) {
      expect(meta.description?.trim().length ?? 0).toBeGreaterThan(20);
      for (const p of meta.parameters) {
        expect({ fn: meta.id, param: p.name, ok: (p.description?.trim().length ?? 0) > 10 }).toEqual({
          fn: meta.id,
          param: p.name,
          ok: true,
        });
      }
    }
  });

  test("ships the first formulas", () => {
    const ids = addin.metadata.map((m) => m.id);
    for (const id of ["ABC", "ABCD", "PARETO", "SHARE", "EXPLAIN", "ABCOF", "ABCDOF", "PARETOOF"]) expect(ids).toContain(id);
  });
});
