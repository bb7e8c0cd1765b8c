// Reading packages: query keys, query options and hooks (write hooks are in ./mutations, loaded by the screens that change them).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { readPackage, readPackageList } from './read-packages';

export const packageKeys = {
  all: ['packages'] as const,
  list: () => [...packageKeys.all, 'list'] as const,
  detail: (id: string) => [...packageKeys.all, 'detail', id] as const,
};

export const packageQueries = {
  list: () =>
    queryOptions({ queryKey: packageKeys.list(), queryFn: ({ signal }) => readPackageList('', signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: packageKeys.detail(id), queryFn: ({ signal }) => readPackage(id, signal) }),
};

export const usePackages = () => useQuery(packageQueries.list());

export const usePackage = (id: string | undefined) => useQuery({ ...packageQueries.detail(id ?? ''), enabled: Boolean(id) });
