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
 * The tree cut down to the units whose code or names match every word of `query` (case and
 * diacritics ignored: "hai phong" finds "Hải Phòng", "da nang" "Đà Nẵng"), with the units above
 * them; `open` lists those ancestors, to expand. An empty query keeps the whole tree.
 */
export function filterUnitTree<U extends TreeUnit>(roots: readonly UnitNode<U>[], query: string): { roots: UnitNode<U>[]; open: string[]; matches: number } {
  const words = searchKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return { roots: [...roots], open: [], matches: 0 };
  const open: string[] = [];
  let matches = 0;
  const keep = (node: UnitNode<U>): UnitNode<U> | null => {
    const { code, name, nameEn, shortName } = node.unit;
    const key = searchKey([code, name, nameEn, shortName].filter(Boolean).join(" "));
    const hit = words.every((word) => key.includes(word));
    const children = node.children.map(keep).filter((child): child is UnitNode<U> => child !== null);
    if (hit) matches++;
    if (children.length > 0) open.push(code);
    return hit || children.length > 0 ? { unit: node.unit, children } : null;
  };
  return { roots: roots.map(keep).filter((node): node is UnitNode<U> => node !== null), open, matches };
}
