// msw keeps request cookies in localStorage, which a worker does not have; the world needs none kept, so a store in
// memory stands in. Imported before anything that loads msw.
const scope = globalThis as { localStorage?: Storage };
if (scope.localStorage === undefined) {
  const items = new Map<string, string>();
  scope.localStorage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
