// Post titles as analysts type them: "Giám đốc", "giam doc" and "Director" name the same post.
// Titles are few, so the stored ones are folded in JavaScript and matched exactly.
import { searchKey } from "@thidua/domain/text";
import type { Context } from "../context.js";
import { distinctValues } from "../schema/filters/folded-text.js";

/** The stored Vietnamese and English titles that equal `title` once case and diacritics are folded. */
export async function matchingTitles(context: Pick<Context, "prisma">, title: string): Promise<{ title: string[]; titleEn: string[] }> {
  const wanted = searchKey(title);
  const [vietnamese, english] = await Promise.all([
    distinctValues(context, "PostAssignment", "title"),
    distinctValues(context, "PostAssignment", "titleEn"),
  ]);
  return {
    title: vietnamese.filter((stored) => searchKey(stored) === wanted),
    titleEn: english.filter((stored) => searchKey(stored) === wanted),
  };
}
