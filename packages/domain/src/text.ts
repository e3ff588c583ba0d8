// Vietnamese text helpers: names are stored NFC; search compares folded keys.

/** Normalises to NFC and collapses runs of white space, as every stored name is kept. */
export function normalizeName(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Normalises free text (notes, summaries) to NFC with \n line breaks, keeping its lines. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/gu, "\n").trim();
}

/**
 * A search key that ignores case and diacritics: "Hải Phòng", "HẢI PHÒNG" and "hai phong" all
 * fold to "hai phong". "đ"/"Đ" is a letter of its own, not a "d" with a mark, so it is mapped
 * explicitly; so is "Ð" (U+00D0, Icelandic eth), which legacy Vietnamese encodings put in its place.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐÐð]/gu, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded key of several fields, for one indexed search column. */
export function searchKeyOf(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map(searchKey)
    .join(" | ");
}
