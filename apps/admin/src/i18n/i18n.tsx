import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type EnumValue, type LabelledEnumName, type Locale, label } from "@thidua/domain/labels";
import { formatChange, formatDate, formatInteger, formatMeasure, formatMonth, formatNumber, formatPercent, isLocale, type Measure } from "./format.ts";
import { type CoreMessages, type MessageKey, type PageMessages, vi } from "./vi.ts";

// Vietnamese ships with the first page; English is fetched when first chosen (or remembered).
// The messages of the pages that load on demand come with the first of them (withPageMessages),
// and thereafter in every language chosen.
const messages: { [L in Locale]?: CoreMessages } = { vi };
const loaders: { readonly [L in Locale]: () => Promise<CoreMessages> } = {
  vi: async () => vi,
  en: () => import("./en.ts").then((module) => module.en),
};
const pageMessages: { [L in Locale]?: PageMessages } = {};
const pageLoaders: { readonly [L in Locale]: () => Promise<PageMessages> } = {
  vi: () => import("./vi-pages.ts").then((module) => module.viPages),
  en: () => import("./en-pages.ts").then((module) => module.enPages),
};
let pagesWanted = false;
const storageKey = "thidua.locale";

async function loadMessages(locale: Locale): Promise<void> {
  messages[locale] ??= await loaders[locale]();
  if (pagesWanted) pageMessages[locale] ??= await pageLoaders[locale]();
}

/** Loads the remembered language's messages, for the entry to await before the first render. */
export function loadStoredLocale(): Promise<void> {
  return loadMessages(storedLocale());
}

/**
 * A page's module, loaded together with the messages of the pages that load on demand
 * (vi-pages.ts, en-pages.ts) in the shown language; from then on they load with every language
 * chosen. For a page extension's `load`: `() => withPageMessages(import("./x-page.tsx"))`.
 */
export async function withPageMessages<Module>(loading: Promise<Module>): Promise<Module> {
  pagesWanted = true;
  const [module] = await Promise.all([loading, ...[...new Set<Locale>(["vi", storedLocale()])].map(loadMessages)]);
  return module;
}

export type MessageParams = Readonly<Record<string, string | number>>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** The English form of a name when English is shown and one exists, else the Vietnamese. */
  pick(name: string, nameEn: string | null | undefined): string;
  /** The label of an enum value or rank in the shown language, from @thidua/domain. */
  enumLabel<N extends LabelledEnumName>(enumName: N, value: EnumValue<N>): string;
  percent(value: number): string;
  integer(value: number): string;
  date(isoDate: string): string;
  number(value: number, fractionDigits?: number): string;
  /** An indicator's value as its measure reads (rate, count, money, score). */
  measure(value: number, measure: Measure): string;
  /** A signed change: percentage points for rates, percent otherwise. */
  change(change: number, kind: "points" | "percent"): string;
  month(isoDate: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(storageKey);
    return isLocale(saved) ? saved : "vi";
  } catch {
    // storage can be disabled (private mode, sandboxed frames): fall back to Vietnamese
    return "vi";
  }
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  // a language whose messages are not here yet shows Vietnamese until they arrive
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? storedLocale());
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!messages[locale]) void loadMessages(locale).then(() => setLoaded((count) => count + 1));
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // not remembered across visits, but the switch still applies to this one
    }
    void loadMessages(next).then(() => setLocaleState(next));
  }, []);

  const shown: Locale = messages[locale] ? locale : "vi";
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo<I18n>(() => {
    const locale = shown;
    const table: CoreMessages = messages[locale] ?? vi;
    return {
      locale,
      setLocale,
      t: (key, params) => {
        // read at call time: a page's messages arrive after this value was made (withPageMessages);
        // a page's key before they arrive shows as the key, which the pages loaded with them never do
        const pages: Partial<Record<MessageKey, string>> | undefined = pageMessages[locale] ?? pageMessages.vi;
        const text = (table as Partial<Record<MessageKey, string>>)[key] ?? pages?.[key] ?? key;
        return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
      },
      pick: (name, nameEn) => (locale === "en" && nameEn ? nameEn : name),
      enumLabel: (enumName, value) => label(enumName, value, locale),
      percent: (rate) => formatPercent(rate, locale),
      integer: (count) => formatInteger(count, locale),
      date: (isoDate) => formatDate(isoDate, locale),
      number: (value, fractionDigits) => formatNumber(value, locale, fractionDigits),
      measure: (value, measure) => formatMeasure(value, measure, locale),
      change: (change, kind) => formatChange(change, kind, locale),
      month: (isoDate) => formatMonth(isoDate, locale),
    };
  }, [shown, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() needs an <I18nProvider> above it");
  return i18n;
}
