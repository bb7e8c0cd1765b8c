export const packageKeys = {
  all: ['packages'] as const,
  list: () => [...packageKeys.all, 'list'] as const,
  detail: (id: string) => [...packageKeys.all, 'detail', id] as const,
};
