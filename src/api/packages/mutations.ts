// Write hooks, imported by the screens that change packages (not through the api index), so they load with those
// screens rather than with the shell.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { CreatePackageBody } from '../contract';
import { packageKeys } from './packages';
import { readChangedPackage, readDeletedPackage } from './read-packages';

export function useCreatePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePackageBody) => api.post('servedPackage', paths.packages(), body).then(readChangedPackage),
    onSuccess: (pkg) => {
      queryClient.setQueryData(packageKeys.detail(pkg.metadata.guid), pkg);
      return queryClient.invalidateQueries({ queryKey: packageKeys.list() });
    },
  });
}

export function useDeletePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    // A deleted package is gone: its view is what its last document says.
    mutationFn: (id: string) => api.delete('servedPackage', paths.package(id)).then(readDeletedPackage),
    onSuccess: (pkg) => {
      queryClient.removeQueries({ queryKey: packageKeys.detail(pkg.metadata.guid) });
      return queryClient.invalidateQueries({ queryKey: packageKeys.list() });
    },
  });
}
