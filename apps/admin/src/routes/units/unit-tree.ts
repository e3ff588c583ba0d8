// The unit tree built from a flat list, and its diacritic-insensitive filter.
import { searchKey } from "@thidua/domain/text";

export interface TreeUnit {
  code: string;
  name: string;
  nameEn: string;
  shortName?: string | null;
  parent?: { code: string } | null;
}

export interface UnitNode<U extends TreeUnit = TreeUnit> {
  unit: U;
  children: UnitNode<U>[];
}

/** Roots (units whose parent is not in the list) with their children, in the list's order. */
export function buildUnitTree<U extends TreeUnit>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map(units.map((unit) => [unit.code, { unit, children: [] as UnitNode<U>[] }]));
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent.code) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The tree cut down to the units whose code or names match `query` (case and diacritics ignored:
 * "hai phong" finds "Hải Phòng", "da nang" "Đà Nẵng"), with the units above them; `open` lists
 * those ancestors, to expand. The words as a phrase first ("hai phong" is not "Phòng … Hải
 * Dương"); when no unit has the phrase, every word at the start of some word of the unit. An
 * empty query keeps the whole tree.
 */
export function filterUnitTree<U extends TreeUnit>(roots: readonly UnitNode<U>[], query: string): { roots: UnitNode<U>[]; open: string[]; matches: number } {
  const phrase = searchKey(query);
  if (!phrase) return { roots: [...roots], open: [], matches: 0 };
  const words = phrase.split(" ");
  const keyOf = ({ code, name, nameEn, shortName }: U) => ` ${searchKey([code, name, nameEn, shortName].filter(Boolean).join(" "))}`;
  const asPhrase = (key: string) => key.includes(` ${phrase}`);
  const byWords = (key: string) => words.every((word) => key.includes(` ${word}`));
  const cut = (matches: (key: string) => boolean) => {
    const open: string[] = [];
    let count = 0;
    const keep = (node: UnitNode<U>): UnitNode<U> | null => {
      const hit = matches(keyOf(node.unit));
      const children = node.children.map(keep).filter((child): child is UnitNode<U> => child !== null);
      if (hit) count++;
      if (children.length > 0) open.push(node.unit.code);
      return hit || children.length > 0 ? { unit: node.unit, children } : null;
    };
    return { roots: roots.map(keep).filter((node): node is UnitNode<U> => node !== null), open, matches: count };
  };
  const phrased = cut(asPhrase);
  return phrased.matches > 0 ? phrased : cut(byWords);
}
