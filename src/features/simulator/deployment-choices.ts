import type { DeploymentFilter } from '../../api';

/** The deployments the panel and the timeline filter offer: every phase, by name, one page large enough for a demo fleet (a bigger one is narrowed by search). */
export const DEPLOYMENT_CHOICES = { phases: 'all', sort: 'name', limit: 200 } as const satisfies DeploymentFilter;
