// How a list page's new answer keeps the parts of the one it replaces: item by item, matched by guid. React Query's
// default compares the two answers position by position, so a page whose rows moved, or a page of another search
// standing in for this one, compared each deployment with a different one and made copies of them all; matched by
// guid, a deployment that did not change stays the same object (its row is not drawn again) and one that did is new.
import { replaceEqualDeep } from '@tanstack/react-query';

interface Item {
  metadata: { guid: string };
}
interface ItemList<T extends Item> {
  items: readonly T[];
}

const isItemList = (value: unknown): value is ItemList<Item> =>
  typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);

/** `next`, with every item equal to one of `previous`'s (the same guid) replaced by that one; `previous` if all alike. */
export function shareListItems(previous: unknown, next: unknown): unknown {
  if (!isItemList(previous) || !isItemList(next)) return replaceEqualDeep(previous, next);
  const before = new Map(previous.items.map((item) => [item.metadata.guid, item]));
  const items = next.items.map((item) => {
    const earlier = before.get(item.metadata.guid);
    return earlier ? replaceEqualDeep(earlier, item) : item;
  });
  const { items: _previousItems, ...previousRest } = previous;
  const { items: _nextItems, ...nextRest } = next;
  const rest = replaceEqualDeep(previousRest, nextRest);
  const same = rest === previousRest && items.length === previous.items.length && items.every((item, i) => item === previous.items[i]);
  return same ? previous : { ...rest, items };
}
