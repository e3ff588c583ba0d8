// Post titles as analysts type them: "Giám đốc", "giam doc" and "Director" name the same post.
// Titles are few, so the stored ones are folded in JavaScript and matched exactly.
//
// The stored titles are kept per process (per database client) rather than read on every request:
// they change only when a post is created. This process forgets them when its assignPost commits;
// a one-minute lifetime bounds how long titles written elsewhere (another API instance, an import
// or the seed run beside a running API) stay unseen.
import type { PrismaClient } from "@thidua/db/prisma";
import { searchKey } from "@thidua/domain/text";
import type { Context } from "../context.js";

export const POST_TITLES_TTL_MS = 60_000;

/** The stored titles by their folded form, in either language. */
type FoldedTitles = Map<string, { title: string[]; titleEn: string[] }>;

interface StoredTitles {
  readAt: number;
  titles: Promise<FoldedTitles>;
}

const stored = new WeakMap<PrismaClient, StoredTitles>();

function storedTitles(prisma: PrismaClient): StoredTitles["titles"] {
  const cached = stored.get(prisma);
  if (cached && Date.now() - cached.readAt < POST_TITLES_TTL_MS) return cached.titles;
  // one statement for both languages, folded once; a failed read is not kept
  const titles = prisma.postAssignment.groupBy({ by: ["title", "titleEn"] }).then(foldTitles);
  const entry = { readAt: Date.now(), titles };
  stored.set(prisma, entry);
  titles.catch(() => stored.get(prisma) === entry && stored.delete(prisma));
  return titles;
}

/** Forget the stored titles (after a post is created, once its transaction has committed). */
export function forgetPostTitles(prisma: PrismaClient): void {
  stored.delete(prisma);
}

function foldTitles(pairs: Array<{ title: string; titleEn: string }>): FoldedTitles {
  const folded: FoldedTitles = new Map();
  const add = (value: string, language: "title" | "titleEn") => {
    const key = searchKey(value);
    let entry = folded.get(key);
    if (!entry) {
      entry = { title: [], titleEn: [] };
      folded.set(key, entry);
    }
    if (!entry[language].includes(value)) entry[language].push(value);
  };
  for (const pair of pairs) {
    add(pair.title, "title");
    add(pair.titleEn, "titleEn");
  }
  return folded;
}

/** The stored Vietnamese and English titles that equal `title` once case and diacritics are folded. */
export async function matchingTitles(context: Pick<Context, "prisma">, title: string): Promise<{ title: string[]; titleEn: string[] }> {
  const found = (await storedTitles(context.prisma)).get(searchKey(title));
  return { title: [...(found?.title ?? [])], titleEn: [...(found?.titleEn ?? [])] };
}
