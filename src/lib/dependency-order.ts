// A topological order that is also stable: an item comes after every item it depends on; among the items ready
// together, the one with the lowest rank comes first. What waits on a cycle is returned as `left`.

export interface DependencyOrder<T> {
  ordered: T[];
  left: T[];
}

export function dependencyOrder<T>(items: readonly T[], dependsOn: (item: T) => readonly T[], rank: (item: T) => number): DependencyOrder<T> {
  const waiting = new Map<T, number>();
  const dependents = new Map<T, T[]>();
  for (const item of items) {
    const distinct = new Set(dependsOn(item));
    waiting.set(item, distinct.size);
    for (const to of distinct) dependents.set(to, [...(dependents.get(to) ?? []), item]);
  }
  // Kept sorted with the next to take at the end.
  const ready = items.filter((i) => waiting.get(i) === 0).sort((a, b) => rank(b) - rank(a));
  const ordered: T[] = [];
  while (ready.length > 0) {
    const next = ready.pop()!;
    ordered.push(next);
    for (const d of dependents.get(next) ?? []) {
      const count = waiting.get(d)! - 1;
      waiting.set(d, count);
      if (count === 0) {
        const at = ready.findIndex((r) => rank(r) < rank(d));
        ready.splice(at === -1 ? ready.length : at, 0, d);
      }
    }
  }
  const placed = new Set(ordered);
  return { ordered, left: items.filter((i) => !placed.has(i)) };
}
