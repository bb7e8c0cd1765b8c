// Pushing a build to the simulated registry: the package's builds change, and deployments may run it next.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { PushBuildBody } from '../contract';

export function usePushBuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PushBuildBody) => api.post('pushBuildResult', paths.simulator.builds(), body),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => !(q.queryKey[0] === 'simulator' && q.queryKey[1] === 'scenarios') }),
  });
}
