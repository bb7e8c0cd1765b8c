// The create-routed-network form: its values, the rules checked before sending (the platform stays the authority),
// the request body, and where the platform's refusals land.
import { z } from 'zod';
import { resourceName, rosDistro, runtime } from '../../api/contract';
import type { CreateNetworkBody, DeviceResource } from '../../api';
import { NAME_REQUIRED, NETWORK_FIELDS } from '../../vocabulary';
import { hostEligibility } from './network-hosts';


export function networkFormSchema(devices: readonly DeviceResource[]) {
  return z
    .object({
      name: z.string().min(1, NAME_REQUIRED).pipe(resourceName),
      runtime,
      rosDistro: z.string().min(1, 'Choose a ROS distro.').pipe(rosDistro),
      deviceId: z.string(),
      networkInterface: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.runtime !== 'device') return;
      const device = devices.find((d) => d.metadata.guid === values.deviceId);
      if (!device) {
        ctx.addIssue({ code: 'custom', path: ['deviceId'], message: 'Select the device that hosts the network.' });
        return;
      }
      const eligibility = hostEligibility(device);
      if (!eligibility.eligible) {
        ctx.addIssue({ code: 'custom', path: ['deviceId'], message: eligibility.message });
      }
      if (!device.spec.networkInterfaces.includes(values.networkInterface)) {
        ctx.addIssue({ code: 'custom', path: ['networkInterface'], message: 'Select the network interface the network binds to.' });
      }
    });
}

/** What the fields hold (the ROS distro is empty until chosen) and what a valid form yields. */
export type NetworkFormValues = z.input<ReturnType<typeof networkFormSchema>>;
export type ValidNetworkForm = z.output<ReturnType<typeof networkFormSchema>>;

export const NETWORK_FORM_DEFAULTS: NetworkFormValues = { name: '', runtime: 'cloud', rosDistro: '', deviceId: '', networkInterface: '' };

export function toCreateNetworkBody(values: ValidNetworkForm): CreateNetworkBody {
  const distro = values.rosDistro;
  if (values.runtime === 'cloud') {
    return { metadata: { name: values.name }, spec: { type: 'routed', runtime: 'cloud', rosDistro: distro } };
  }
  return {
    metadata: { name: values.name },
    spec: {
      type: 'routed',
      runtime: 'device',
      rosDistro: distro,
      depends: { kind: 'device', nameOrGUID: values.deviceId },
      networkInterface: values.networkInterface,
    },
  };
}

/** Wire paths of the create body (and their sections, as the body's own validation names them) → the form field. */
export const NETWORK_WIRE_FIELDS = {
  [NETWORK_FIELDS.name]: 'name',
  metadata: 'name',
  [NETWORK_FIELDS.runtime]: 'runtime',
  [NETWORK_FIELDS.rosDistro]: 'rosDistro',
  'spec.depends': 'deviceId',
  [NETWORK_FIELDS.deviceId]: 'deviceId',
  [NETWORK_FIELDS.networkInterface]: 'networkInterface',
} as const satisfies Record<string, keyof NetworkFormValues>;
