import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { deploymentKeys, type DeploymentResource } from '../../api';
import { paths } from '../../lib/paths';

/**
 * A deployment opened by name (`/deployments/nav-amr-01`, which the API resolves) moves to its id's address, so
 * links, reloads and the cache updates that follow a mutation all speak of the same deployment. The id's cache
 * entry is seeded first, so the page does not flash a loading state on the way.
 */
export function useCanonicalUrl(requested: string, deployment: DeploymentResource | undefined): void {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  useEffect(() => {
    const guid = deployment?.metadata.guid;
    if (!guid || guid === requested) return;
    queryClient.setQueryData(deploymentKeys.detail(guid), deployment);
    void navigate({ pathname: paths.deployment.href(guid), search }, { replace: true });
  }, [deployment, requested, search, navigate, queryClient]);
}
