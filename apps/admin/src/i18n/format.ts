// Locale-aware formatting of numbers, rates and dates: the one place that knows how each
// language writes them.

import { type Locale, locales } from "@thidua/domain/labels";

const intlTag: { readonly [L in Locale]: string } = { vi: "vi-VN", en: "en-GB" };

// Vietnamese sets the sign apart ("81,7 %"); a no-break space keeps it on the number's line.
// ICU's vi-VN pattern omits that space, so the sign is placed here rather than by Intl.
const percentSuffix: { readonly [L in Locale]: string } = { vi: "\u00a0%", en: "%" };

const dateOptions: { readonly [L in Locale]: Intl.DateTimeFormatOptions } = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
  en: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
};

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

/** A rate given in percent points: 81.7 → "81,7 %" (vi) or "81.7%" (en). */
export function formatPercent(value: number, locale: Locale, fractionDigits = 1): string {
  const number = new Intl.NumberFormat(intlTag[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
  return number + percentSuffix[locale];
}

/** A count with the locale's grouping: 12345 → "12.345" (vi) or "12,345" (en). */
export function formatInteger(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: 0 }).format(value);
}

/**
 * A calendar date (YYYY-MM-DD, or a timestamp whose date part is taken as is):
 * "23/11/2022" (vi) or "23 Nov 2022" (en). Read as UTC so no time zone shifts the day.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(intlTag[locale], dateOptions[locale]).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Any figure with the locale's grouping and decimal sign, to at most `fractionDigits` decimals. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: fractionDigits }).format(value);
}

export type Measure = "COUNT" | "PERCENT" | "MONEY" | "SCORE";

/**
 * An indicator's value as its measure reads: a rate "81,7 %", a count "1.234", money (the unit is
 * in the indicator's name, e.g. million VND) and scores with one decimal at most.
 */
export function formatMeasure(value: number, measure: Measure, locale: Locale): string {
  if (measure === "PERCENT") return formatPercent(value, locale);
  if (measure === "COUNT") return formatInteger(value, locale);
  return formatNumber(value, locale, 1);
}

const pointsSuffix: { readonly [L in Locale]: string } = { vi: "\u00a0điểm\u00a0%", en: "\u00a0pts" };

/**
 * A change with its sign: a rate's change in percentage points ("+1,2 điểm %", "+1.2 pts"), any
 * other in percent ("−3,5 %", "−3.5%"). A true minus sign, as print does.
 */
export function formatChange(change: number, kind: "points" | "percent", locale: Locale): string {
  const rounded = Math.round(change * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "±";
  const magnitude = new Intl.NumberFormat(intlTag[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(rounded));
  return sign + magnitude + (kind === "points" ? pointsSuffix[locale] : percentSuffix[locale]);
}

/** A month's short name from its first day: "thg 3" (vi), "Mar" (en). */
export function formatMonth(isoDate: string, locale: Locale): string {
  const [year, month] = isoDate.slice(0, 7).split("-").map(Number);
  if (!year || !month) return isoDate;
  return new Intl.DateTimeFormat(intlTag[locale], { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
}
