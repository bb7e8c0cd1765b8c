// Write hooks, imported by the screens that change volumes (not through the api index), so they load with those
// screens rather than with the shell.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { CreateDiskBody } from '../contract';
import { volumeKeys } from './volumes';

export function useCreateVolume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDiskBody) => api.post('diskResource', paths.disks(), body),
    onSuccess: (disk) => {
      queryClient.setQueryData(volumeKeys.detail(disk.metadata.guid), disk);
      return queryClient.invalidateQueries({ queryKey: volumeKeys.list() });
    },
  });
}

export function useDeleteVolume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('diskResource', paths.disk(id)),
    onSuccess: (disk) => {
      queryClient.removeQueries({ queryKey: volumeKeys.detail(disk.metadata.guid) });
      return queryClient.invalidateQueries({ queryKey: volumeKeys.list() });
    },
  });
}
