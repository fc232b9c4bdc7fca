/**
 * The localised function metadata the build writes (dist/functions.ko.json, functions.zh-CN.json)
 * against the English dist/functions.json: the same functions in the same order, the same ids
 * and names (names are not localised: README, "Languages"), the same parameters in the same
 * order with the same names, types and options — and every description present, translated
 * (not the English text) and in the right script. Run `npm run build` first (`npm test` does).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, FunctionMetadata } from "../harness/builtAddin";
import { LOCALIZED_METADATA, localizeMetadata } from "../../src/i18n/functionHelp";

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u4e00-\u9fff]/;

function read(file: string): { functions: FunctionMetadata[] } & Record<string, unknown> {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(fs.readFileSync(full, "utf8"));
}

const english = read("functions.json");

describe.each(LOCALIZED_METADATA.map((t) => [t.file, t] as const))("dist/%s", (file, target) => {
  const localized = read(file);
  const script = target.language === "ko" ? HANGUL : HAN;

  test("the same functions, ids and names as functions.json, in the same order", () => {
    expect(localized.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    expect(localized.functions.length).toBeGreaterThan(30);
    // Everything but the descriptions is the English file's: types, dimensionality, options, result.
    const strip = (f: FunctionMetadata): unknown => ({ ...f, description: undefined, parameters: f.parameters.map((p) => ({ ...p, description: undefined })) });
    expect(localized.functions.map(strip)).toEqual(english.functions.map(strip));
    expect({ ...localized, functions: undefined }).toEqual({ ...english, functions: undefined });
  });

  test("the same parameter count and names, in order, for every function", () => {
    for (const [i, fn] of english.functions.entries()) {
      expect({ id: fn.id, parameters: localized.functions[i].parameters.map((p) => p.name) }).toEqual({ id: fn.id, parameters: fn.parameters.map((p) => p.name) });
    }
  });

  test("every function and parameter description is present, translated and in the language's script", () => {
    const problems: string[] = [];
    for (const [i, fn] of english.functions.entries()) {
      const loc = localized.functions[i];
      const texts: [string, string | undefined, string | undefined][] = [
        [fn.id, fn.description, loc.description],
        ...fn.parameters.map((p, k): [string, string | undefined, string | undefined] => [`${fn.id}(${p.name})`, p.description, loc.parameters[k].description]),
      ];
      for (const [where, en, text] of texts) {
        if (!text || !text.trim()) problems.push(`${where}: empty`);
        else if (text === en) problems.push(`${where}: English`);
        else if (!script.test(text)) problems.push(`${where}: not ${target.language}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("localizeMetadata (what the build step does)", () => {
  const metadata = {
    allowCustomDataForDataTypeAny: true,
    functions: [{ id: "ABC", name: "ABC", description: "Classifies", parameters: [{ name: "values", description: "Values", type: "any" }], result: {} }],
  };

  test("copies everything but the descriptions", () => {
    const out = localizeMetadata(metadata, { ABC: { description: "분류합니다", parameters: { values: "금액" } } }, "ko");
    expect(out).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "ABC", name: "ABC", description: "분류합니다", parameters: [{ name: "values", description: "금액", type: "any" }], result: {} }],
    });
  });

  test("fails the build, naming what is missing or left over", () => {
    expect(() => localizeMetadata(metadata, {}, "ko")).toThrow("ABC: no ko help");
    expect(() => localizeMetadata(metadata, { ABC: { description: "분류", parameters: {} } }, "ko")).toThrow("ABC(values): no ko description");
    expect(() => localizeMetadata(metadata, { ABC: { description: "분류", parameters: { values: "금액", cuts: "기준점" } } }, "ko")).toThrow(
      "ABC(cuts): in the ko table but not a parameter",
    );
    expect(() =>
      localizeMetadata(metadata, { ABC: { description: "분류", parameters: { values: "금액" } }, GONE: { description: "없음", parameters: {} } }, "ko"),
    ).toThrow("GONE: in the ko table but not a function");
  });
});
