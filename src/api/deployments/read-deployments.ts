// Reading deployments as the console shows them: the platform's documents joined with the simulation's telemetry
// (asked for side by side; a platform that serves none answers 404, and the view shows what the documents say).
import { api } from '../client';
import { paths } from '../contract/paths';
import type { DeploymentFilter, DeploymentList, DeploymentResource, DeploymentTelemetry, ServedDeployment } from '../contract';
import { inTelemetryOrder, type NonEmpty } from '../telemetry-groups';
import { unlessAbsent } from '../unless-absent';

// The view builders use the platform's codec (and zod): they load with the first request, as the response schemas
// do, which waits for the platform anyway, so the shell paints without them.
const views = () => import('./deployment-view');

/** Fetches the view builders ahead of the first list read (a module is fetched once, however often asked for). */
export const preloadDeploymentViews = (): void => void views();

export async function readDeploymentList(filter: DeploymentFilter, signal?: AbortSignal): Promise<DeploymentList> {
  const [list, telemetry, { toDeploymentListView }] = await Promise.all([
    api.get('servedDeploymentList', paths.deployments(filter), signal),
    unlessAbsent(api.get('deploymentTelemetryList', paths.deploymentTelemetryList(filter), signal)),
    views(),
  ]);
  return toDeploymentListView(list, telemetry, filter.continue ?? 0);
}

/** One deployment by its guid or name (or one of its documents'): the document, and the others its telemetry names. */
export async function readDeployment(id: string, signal?: AbortSignal): Promise<DeploymentResource> {
  const [doc, telemetry, { toDeploymentView }] = await Promise.all([
    api.get('servedDeployment', paths.deployment(id), signal),
    unlessAbsent(api.get('deploymentTelemetry', paths.deploymentTelemetry(id), signal)),
    views(),
  ]);
  if (!telemetry) return toDeploymentView([doc]);
  return toDeploymentView(await documentsOf(telemetry, doc, signal), telemetry);
}

async function documentsOf(telemetry: DeploymentTelemetry, doc: ServedDeployment, signal?: AbortSignal): Promise<NonEmpty<ServedDeployment>> {
  const others = telemetry.documents.filter((d) => d.guid !== doc.metadata.guid).map((d) => d.guid);
  if (!others.length) return [doc];
  const rest = await api.get('servedDeploymentList', paths.deployments({ guids: others, phases: 'all', volumeDeployments: true }), signal);
  return inTelemetryOrder(telemetry, [doc, ...rest.items], (d) => d.metadata.guid, doc);
}

/** The views of documents a change answered with, read whole again (telemetry and all). */
export const readChanged = (doc: ServedDeployment): Promise<DeploymentResource> => readDeployment(doc.metadata.guid);
