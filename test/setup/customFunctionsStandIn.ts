/** A faithful-enough `CustomFunctions` namespace for tests and for loading the built bundle in a VM. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Like the runtime's `CustomFunctions.Error`: a code (the cell text) and an optional message. */
export class StandInCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface StandInNamespace {
  Error: typeof StandInCustomFunctionError;
  ErrorCode: typeof ERROR_CODES;
  associate: (id: string | Record<string, unknown>, fn?: unknown) => void;
  readonly associations: Map<string, (...args: unknown[]) => unknown>;
}

export function makeCustomFunctionsNamespace(): StandInNamespace {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StandInCustomFunctionError,
    ErrorCode: ERROR_CODES,
    associations,
    associate(id, fn) {
      if (typeof id === "string") {
        associations.set(id, fn as (...args: unknown[]) => unknown);
      } else {
        for (const [key, value] of Object.entries(id)) associations.set(key, value as (...args: unknown[]) => unknown);
      }
    },
  };
}

export function installCustomFunctionsGlobal(target: Record<string, unknown>): StandInNamespace {
  const ns = makeCustomFunctionsNamespace();
  target.CustomFunctions = ns;
  return ns;
}
