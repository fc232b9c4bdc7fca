/**
 * Loads the *built* functions bundle (dist/functions.js) the way Excel's runtime does: in a
 * fresh JavaScript context whose only add-in API is a `CustomFunctions` global, recording every
 * `associate(id, fn)` call. Tests then check the ids against dist/functions.json and run the
 * functions in a real formula engine. Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { makeCustomFunctionsNamespace } from "../setup/customFunctionsStandIn";

export const DIST = path.resolve(__dirname, "../../dist");

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: { volatile?: boolean };
}

export type AddinFunction = (...args: unknown[]) => unknown;

export interface BuiltAddin {
  readonly associations: Map<string, AddinFunction>;
  readonly metadata: FunctionMetadata[];
}

let cached: BuiltAddin | undefined;

export function loadBuiltAddin(): BuiltAddin {
  if (cached) return cached;
  const script = path.join(DIST, "functions.js");
  const json = path.join(DIST, "functions.json");
  if (!fs.existsSync(script) || !fs.existsSync(json)) {
    throw new Error("dist/ is missing: run `npm run build` before the tests (npm test does).");
  }
  const ns = makeCustomFunctionsNamespace();
  const sandbox: Record<string, unknown> = { CustomFunctions: ns, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.runInNewContext(fs.readFileSync(script, "utf8"), sandbox, { filename: script });
  const metadata = (JSON.parse(fs.readFileSync(json, "utf8")) as { functions: FunctionMetadata[] }).functions;
  cached = { associations: ns.associations, metadata };
  return cached;
}
