export const networkKeys = {
  all: ['networks'] as const,
  list: () => [...networkKeys.all, 'list'] as const,
  detail: (id: string) => [...networkKeys.all, 'detail', id] as const,
};
