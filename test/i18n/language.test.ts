/**
 * Which language the add-in speaks: Office's display language, or the pane's remembered pick
 * (localStorage, under Office's partition key where there is one); and the language of the
 * custom functions lives on globalThis, so the two bundles of the shared runtime share it.
 */
import { currentLanguage, languageFromLocale, setCurrentLanguage } from "../../src/i18n/language";
import {
  effectiveLanguage,
  KeyValueStore,
  LANGUAGE_STORAGE_KEY,
  rememberChoice,
  storedChoice,
} from "../../src/i18n/languagePreference";
import { formatMessage } from "../../src/i18n/messages";
import { strategyFor } from "../../src/i18n/playbook";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe("the add-in's language", () => {
  afterEach(() => setCurrentLanguage("en"));

  test("Office display languages map to the three we speak", () => {
    expect(["ko-KR", "ko", "zh-CN", "zh-Hans-CN", "zh-TW", "en-US", "de-DE", "", null].map(languageFromLocale)).toEqual([
      "ko",
      "ko",
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "en",
      "en",
      "en",
      "en",
    ]);
  });

  test("the pane's pick is remembered and wins over Office; 'auto' forgets it", () => {
    const store = memoryStore();
    expect(storedChoice(store)).toBe("auto");
    expect(effectiveLanguage(storedChoice(store), "ko-KR")).toBe("ko");
    rememberChoice(store, "zh-CN");
    expect(store.map.get(LANGUAGE_STORAGE_KEY)).toBe("zh-CN");
    expect(effectiveLanguage(storedChoice(store), "ko-KR")).toBe("zh-CN");
    rememberChoice(store, "auto");
    expect(store.map.size).toBe(0);
    expect(effectiveLanguage(storedChoice(store), "en-US")).toBe("en");
  });

  test("keys carry Office's partition key (Excel on the web); junk and broken storage read as 'auto'", () => {
    const store = memoryStore();
    rememberChoice(store, "ko", "p1");
    expect([...store.map.keys()]).toEqual([`p1${LANGUAGE_STORAGE_KEY}`]);
    expect(storedChoice(store, "p1")).toBe("ko");
    expect(storedChoice(store, "p2")).toBe("auto");
    store.map.set(LANGUAGE_STORAGE_KEY, "fr");
    expect(storedChoice(store)).toBe("auto");
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(storedChoice(broken)).toBe("auto");
    expect(() => rememberChoice(broken, "ko")).not.toThrow();
    expect(storedChoice(null)).toBe("auto");
  });

  test("the functions' language is one slot on globalThis, shared by both bundles of the runtime", () => {
    setCurrentLanguage("ko");
    expect((globalThis as Record<string, unknown>).__customerSegmentsLanguage).toBe("ko");
    expect(currentLanguage()).toBe("ko");
    expect(formatMessage("value.scalar", { name: "cut" })).toBe("cut은(는) 셀 하나여야 합니다.");
    setCurrentLanguage("zh-CN");
    expect(formatMessage("value.scalar", { name: "cut" })).toBe("cut 必须是单个单元格。");
  });

  test("customer types are found by their name in any language; codes stay codes", () => {
    expect(strategyFor("할인 추구형", "en")).toBe(strategyFor("DISCOUNT-SEEKER", "en"));
    expect(strategyFor("优惠导向型", "ko")).toBe(strategyFor("Discount seeker", "ko"));
    expect(strategyFor("驾驭型", "zh-CN")).toBe(strategyFor("DRIVER", "zh-CN"));
    expect(strategyFor("A", "ko")).not.toBe(strategyFor("A", "en"));
    expect(strategyFor("없는 유형", "ko")).toBeUndefined();
  });
});
