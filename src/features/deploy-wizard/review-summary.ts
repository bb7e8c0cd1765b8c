// What the review dialog lists: exactly what the request will create, in the words of the form.
import { restartPolicyLabel } from '../../lib/labels';
import { needsRoutedNetwork } from './choices';
import { deviceLabel } from './device-eligibility';
import type { WizardValues } from './form-model';
import type { WizardWorld } from './wizard-validation';

export interface SummaryEntry {
  term: string;
  details: string[];
}

const orNone = (items: string[]) => (items.length > 0 ? items : ['None']);

export function reviewSummary(values: WizardValues, world: WizardWorld): SummaryEntry[] {
  const { pkg } = world;
  const nameOf = <T extends { metadata: { guid: string; name: string } }>(items: readonly T[], id: string) =>
    items.find((i) => i.metadata.guid === id)?.metadata.name ?? id;

  const components = pkg.spec.components.map((spec): SummaryEntry => {
    const choice = values.components.find((c) => c.name === spec.name);
    if (spec.runtime === 'cloud' || !choice) return { term: `Component ${spec.name}`, details: ['Runs in the cloud'] };
    const device = world.devices.find((d) => d.metadata.guid === choice.deviceId);
    return {
      term: `Component ${spec.name}`,
      details: [`Device: ${device ? deviceLabel(device) : choice.deviceId}`, `Restart policy: ${restartPolicyLabel(choice.restart)}`],
    };
  });

  return [
    { term: 'Name', details: [values.name] },
    { term: 'Package', details: [`${pkg.metadata.name} ${pkg.metadata.version}`] },
    { term: 'Labels', details: orNone(values.labels.map((l) => `${l.key}: ${l.value}`)) },
    ...components,
    ...(needsRoutedNetwork(pkg.spec.components)
      ? [{ term: 'Routed network', details: [nameOf(world.networks, values.routedNetworkId)] }]
      : []),
    {
      term: 'Dependencies',
      details: orNone(values.dependencies.map((d) => `${nameOf(world.deployments, d.deploymentId)} (${d.deploymentId})`)),
    },
    {
      term: 'Volumes',
      details: orNone(
        values.volumes.map((v) => `${nameOf(world.disks, v.volumeId)} mounted at ${v.mountPath} on ${v.component}`),
      ),
    },
  ];
}
