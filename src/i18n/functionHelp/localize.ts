/**
 * Localised custom-function metadata. Excel reads one metadata file per language (the manifest
 * points ko-KR and zh-CN at theirs with bt:Override); the build writes functions.ko.json and
 * functions.zh-CN.json from the English functions.json (generated from the JSDoc) and the
 * tables in this folder, keyed by function id and parameter name.
 *
 * Only descriptions are translated. Ids, names, parameter names, types and options are copied
 * as they are: the function *names* stay SEGMENT.ABC … in every language, so a formula typed
 * by a Korean team works unchanged for a Chinese one, and no localised name can collide with a
 * built-in Excel function name of that language. The README says so too.
 */
export interface FunctionHelp {
  readonly description: string;
  /** Parameter name (as in functions.json) → description. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Function id → help. */
export type FunctionHelpTable = Readonly<Record<string, FunctionHelp>>;

interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}

interface MetadataFile {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

/**
 * The localised metadata: the English file with every description replaced. A function or a
 * parameter the table lacks, or one the table has but the metadata does not, is an error (the
 * build fails and names it), so a new function cannot ship with English help in Korean Excel.
 */
export function localizeMetadata(english: MetadataFile, table: FunctionHelpTable, language: string): MetadataFile {
  const problems: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: in the ${language} table but not a function`);
  const functions = english.functions.map((fn) => {
    const help = table[fn.id];
    if (!help) {
      problems.push(`${fn.id}: no ${language} help`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(help.parameters)) {
      if (!names.has(name)) problems.push(`${fn.id}(${name}): in the ${language} table but not a parameter`);
    }
    const parameters = fn.parameters.map((p) => {
      const text = help.parameters[p.name];
      if (!text) problems.push(`${fn.id}(${p.name}): no ${language} description`);
      return { ...p, description: text || p.description };
    });
    return { ...fn, description: help.description, parameters };
  });
  if (problems.length) throw new Error(`functions.${language}.json: ${problems.join("; ")}`);
  return { ...english, functions };
}
