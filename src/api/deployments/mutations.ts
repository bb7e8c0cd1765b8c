// Changing deployments: each mutation reads the changed deployment whole (the answer is one platform document),
// seeds the detail cache with it and invalidates what it affects.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { CreateDeploymentBody, DeploymentResource, UpdateDeploymentBody } from '../contract';
import { deviceKeys } from '../devices/devices';
import { networkKeys } from '../networks/networks';
import { packageKeys } from '../packages/packages';
import { volumeKeys } from '../volumes/volumes';
import { deploymentKeys } from './deployments';
import { readChanged } from './read-deployments';

/** A deployment's create or deprovision changes what its package, devices, network and disks show as in use. */
function settle(queryClient: QueryClient, dep: DeploymentResource, alsoWorld: boolean) {
  queryClient.setQueryData(deploymentKeys.detail(dep.metadata.guid), dep);
  const keys: (readonly unknown[])[] = [deploymentKeys.lists(), deploymentKeys.detail(dep.metadata.guid)];
  if (alsoWorld) keys.push(packageKeys.all, deviceKeys.all, networkKeys.all, volumeKeys.all);
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDeploymentBody) => api.post('servedDeployment', paths.deployments(), body).then(readChanged),
    onSuccess: (dep) => settle(queryClient, dep, true),
  });
}

export type UpdateDeploymentVariables = { id: string } & UpdateDeploymentBody;

export function useUpdateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateDeploymentVariables) => api.patch('servedDeployment', paths.deployment(id), body).then(readChanged),
    onSuccess: (dep) => settle(queryClient, dep, false),
  });
}

export function useRollbackDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, generation }: { id: string; generation: number }) =>
      api.post('servedDeployment', paths.deploymentRollback(id), { generation }).then(readChanged),
    onSuccess: (dep) => settle(queryClient, dep, false),
  });
}

export function useDeprovisionDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('servedDeployment', paths.deployment(id)).then(readChanged),
    onSuccess: (dep) => settle(queryClient, dep, true),
  });
}
