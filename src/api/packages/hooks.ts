import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { CreatePackageBody } from '../contract';
import { packageKeys } from './keys';
import { packageQueries } from './queries';

export const usePackages = () => useQuery(packageQueries.list());

export const usePackage = (id: string | undefined) => useQuery({ ...packageQueries.detail(id ?? ''), enabled: Boolean(id) });

export function useCreatePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePackageBody) => api.post('packageResource', paths.packages(), body),
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.metadata.guid), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.list() });
    },
  });
}

export function useDeletePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('packageResource', paths.package(id)),
    onSuccess: (pkg) => {
      queryClient.removeQueries({ queryKey: packageKeys.detail(pkg.metadata.guid) });
      return queryClient.invalidateQueries({ queryKey: packageKeys.list() });
    },
  });
}
