// Deployments and packages read as the console reads them: the platform's documents joined with the simulation's
// telemetry, by the app's own functions, so journeys check what the console shows, not the wire's split.
import {
  deploymentTelemetry,
  deploymentTelemetryList,
  packageTelemetry,
  packageTelemetryList,
  servedDeployment,
  servedDeploymentList,
  servedPackage,
  servedPackageList,
} from '../../src/api/contract';
import { toDeploymentListView, toDeploymentView } from '../../src/api/deployments/deployment-view';
import { toPackageListView, toPackageView } from '../../src/api/packages/package-view';
import { inTelemetryOrder } from '../../src/api/telemetry-groups';

type Get = (path: string) => Promise<unknown>;

const RESOURCE = /^\/api\/v2\/(deployments|packages)\/?(?:([^/?]+)\/?)?(\?.*)?$/;

const offsetOf = (query: string) => Number(new URLSearchParams(query).get('continue') ?? 0);

async function deployment(get: Get, id: string) {
  const doc = servedDeployment.parse(await get(`/api/v2/deployments/${id}`));
  const telemetry = deploymentTelemetry.parse(await get(`/api/v2/deployments/${id}/telemetry`));
  const guids = telemetry.documents.map((d) => d.guid).join(',');
  const docs = servedDeploymentList.parse(await get(`/api/v2/deployments?guids=${guids}&phases=all&volumeDeployments=true`)).items;
  return toDeploymentView(inTelemetryOrder(telemetry, docs, (d) => d.metadata.guid, doc), telemetry);
}

async function pkg(get: Get, id: string, query: string) {
  const doc = servedPackage.parse(await get(`/api/v2/packages/${id}${query}`));
  const telemetry = packageTelemetry.parse(await get(`/api/v2/packages/${id}/telemetry${query}`));
  const docs = servedPackageList.parse(await get(`/api/v2/packages?guids=${telemetry.documents.map((d) => d.guid).join(',')}`)).items;
  return toPackageView(inTelemetryOrder(telemetry, docs, (d) => d.metadata.guid, doc), telemetry);
}

/** The console's view of a deployment or package path (one, or a list), or undefined for any other path. */
export async function resourceView(get: Get, path: string): Promise<unknown> {
  const match = RESOURCE.exec(path);
  if (!match) return undefined;
  const [, kind, id, query = ''] = match;
  if (kind === 'deployments') {
    if (id) return deployment(get, id);
    const list = servedDeploymentList.parse(await get(path));
    return toDeploymentListView(list, deploymentTelemetryList.parse(await get(`/api/v2/telemetry/deployments${query}`)), offsetOf(query));
  }
  if (id) return pkg(get, id, query);
  const list = servedPackageList.parse(await get(path));
  return toPackageListView(list, packageTelemetryList.parse(await get(`/api/v2/telemetry/packages${query}`)), offsetOf(query));
}
