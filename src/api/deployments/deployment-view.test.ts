import { describe, expect, it } from 'vitest';
import type { DeploymentTelemetry, ServedDeployment } from '../contract';
import { toDeploymentListView, toDeploymentView, toDeploymentViews } from './deployment-view';

const doc = (name: string, guid: string, over: Partial<ServedDeployment['spec']> = {}, status: Partial<NonNullable<ServedDeployment['status']>> = {}): ServedDeployment => ({
  apiVersion: 'apiextensions.rapyuta.io/v1',
  kind: 'Deployment',
  metadata: { name, guid, labels: { team: 'yard' }, region: 'jp', generation: 2, depends: { kind: 'package', nameOrGUID: 'yard-agent', version: '1.0.0' } },
  spec: { runtime: 'cloud', ...over },
  status: { phase: 'Succeeded', status: 'Running', error_codes: [], executables_status: { agent: { name: 'agent', status: 'running', restart_count: 1 } }, ...status },
});

const telemetry = (guid: string, documents: { guid: string; component: string }[], over: Partial<DeploymentTelemetry> = {}): DeploymentTelemetry => ({
  apiVersion: 'api.rapyuta.io/v2',
  kind: 'DeploymentTelemetry',
  metadata: { guid, name: 'hybrid' },
  phase: 'Succeeded',
  documents,
  package: { guid: 'pkg-1', name: 'hybrid-pkg' },
  restartCount: 0,
  components: [],
  executables: {},
  cloudBridges: [],
  phaseHistory: [],
  ...over,
});

describe('the console’s view of served deployment documents', () => {
  it('reads a platform document without telemetry as a deployment of one component, named after its package', () => {
    const view = toDeploymentView([doc('yard-agent-01', 'dep-a', { envArgs: [{ name: 'RIO_ROS_ENV_ALIAS', value: 'yard' }, { name: 'THEME', value: 'dark' }] })]);
    expect(view.metadata).toMatchObject({ name: 'yard-agent-01', guid: 'dep-a', labels: { team: 'yard' }, generation: 2, depends: { nameOrGUID: 'yard-agent', name: 'yard-agent', version: '1.0.0' } });
    expect(view.spec.components).toEqual([{ name: 'yard-agent', runtime: 'cloud', alias: 'yard', executables: [{ name: 'agent' }] }]);
    expect(view.status.executables_status['yard-agent/agent']).toMatchObject({ status: 'running', stage: 'running', restart_count: 1, stoppedByHand: false });
    expect(view.spec.configuration).toEqual({ 'spec.envArgs': [{ name: 'RIO_ROS_ENV_ALIAS', value: 'yard' }, { name: 'THEME', value: 'dark' }] });
    expect(view.status.cloudBridges).toEqual([]);
  });

  it('hides Gantry’s own labels and takes the component from them', () => {
    const labelled = doc('yard-agent-01', 'dep-a');
    labelled.metadata.labels = { team: 'yard', 'gantry.rapyuta.io/component': 'agent-core', 'gantry.rapyuta.io/package': 'yard-agent', 'gantry.rapyuta.io/deployment': 'yard-agent-01' };
    const view = toDeploymentView([labelled]);
    expect(view.metadata.labels).toEqual({ team: 'yard' });
    expect(view.spec.components[0]?.name).toBe('agent-core');
  });

  it('joins the documents a telemetry entry names into one deployment, in its order, and keeps other documents apart', () => {
    const cloud = doc('hybrid-cloud', 'dep-h-cloud');
    const device = doc('hybrid-device', 'dep-h-device', { runtime: 'device', device: { depends: { kind: 'device', nameOrGUID: 'dev-1' } }, restart: 'never' });
    const other = doc('solo', 'dep-s');
    const t = telemetry('dep-h', [{ guid: 'dep-h-cloud', component: 'cloud' }, { guid: 'dep-h-device', component: 'device' }]);
    const views = toDeploymentViews([device, other, cloud], [t]);
    expect(views.map((v) => v.metadata.guid)).toEqual(['dep-h', 'dep-s']);
    expect(views[0]?.spec.components.map((c) => [c.name, c.runtime])).toEqual([['cloud', 'cloud'], ['device', 'device']]);
    expect(views[0]?.metadata.depends).toMatchObject({ nameOrGUID: 'pkg-1', name: 'hybrid-pkg' });
  });

  it('reads the status of a partly deprovisioned deployment from the documents still running, its phase from telemetry', () => {
    const stopped = doc('hybrid-cloud', 'dep-h-cloud', {}, { phase: 'Stopped', status: 'Stopped' });
    const failing = doc('hybrid-device', 'dep-h-device', { runtime: 'device' }, { status: 'Error', error_codes: ['DEP_E151'] });
    const t = telemetry('dep-h', [{ guid: 'dep-h-cloud', component: 'cloud' }, { guid: 'dep-h-device', component: 'device' }], { phase: 'PartiallyDeprovisioned' });
    const view = toDeploymentView([stopped, failing], t);
    expect(view.status).toMatchObject({ phase: 'PartiallyDeprovisioned', status: 'Error', error_codes: ['DEP_E151'] });
  });

  it('counts a page by its telemetry’s total, else by what the page shows', () => {
    const list = { apiVersion: 'apiextensions.rapyuta.io/v1' as const, kind: 'DeploymentList' as const, metadata: { continue: 1 }, items: [doc('a', 'dep-a')] };
    expect(toDeploymentListView(list, undefined, 0).metadata).toEqual({ continue: 1, total: 2 });
    const t = { apiVersion: 'api.rapyuta.io/v2' as const, kind: 'DeploymentTelemetryList' as const, metadata: { total: 40 }, items: [] };
    expect(toDeploymentListView(list, t, 0).metadata.total).toBe(40);
  });
});
