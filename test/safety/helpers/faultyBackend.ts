/**
 * An ExcelJS backend whose k-th mutating call throws, once — the fault the interrupted-apply and
 * interrupted-refresh tests inject at every k. k = Infinity never fails; the count is kept, so a
 * clean run tells how many writes there are.
 */
import { ExcelJsBackend } from "../../../src/workbook/exceljsAdapter";
import { GridBackend } from "../../../src/workbook/model/backend";

/** Every GridBackend method that changes the workbook (reads pass through uncounted). */
const MUTATORS = new Set<keyof GridBackend>([
  "setCell", "setStyle", "addRules", "addMark", "removeRules", "addValidation", "removeValidation", "addSheet", "deleteSheet", "setColumnWidth", "addChart", "setSetting",
]);

export function faultyBackend(backend: ExcelJsBackend, at: number): { backend: GridBackend; count: () => number } {
  let count = 0;
  const proxy = new Proxy(backend, {
    get(target, prop) {
      const member = Reflect.get(target, prop, target) as unknown;
      if (typeof member !== "function") return member;
      const method = member as (...args: unknown[]) => unknown;
      if (!MUTATORS.has(prop as keyof GridBackend)) return method.bind(target);
      return (...args: unknown[]) => {
        if (++count === at) throw new Error(`write ${at} failed (injected)`);
        return method.apply(target, args);
      };
    },
  });
  return { backend: proxy as unknown as GridBackend, count: () => count };
}
