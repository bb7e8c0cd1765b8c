// Which deployments (not stopped) use each device, network and package: built once per request, so listing 2,000
// devices does not scan 10,000 deployments 2,000 times.
import type { Platform } from '../../platform/api';
import { NOT_STOPPED_PHASES } from '../../vocabulary';

type Ref = { guid: string; name: string };

export interface Usage {
  byDevice: Map<string, Ref[]>;
  byNetwork: Map<string, Ref[]>;
  byPackage: Map<string, number>;
}

const push = (map: Map<string, Ref[]>, key: string, ref: Ref) => {
  const list = map.get(key);
  if (list) {
    if (!list.some((r) => r.guid === ref.guid)) list.push(ref);
  } else map.set(key, [ref]);
};

export function usage(platform: Platform): Usage {
  const out: Usage = { byDevice: new Map(), byNetwork: new Map(), byPackage: new Map() };
  for (const d of platform.listDeployments({ phases: [...NOT_STOPPED_PHASES] })) {
    const ref = { guid: d.id, name: d.name };
    for (const c of d.components) if (c.deviceId) push(out.byDevice, c.deviceId, ref);
    if (d.routedNetworkId) push(out.byNetwork, d.routedNetworkId, ref);
    out.byPackage.set(d.packageId, (out.byPackage.get(d.packageId) ?? 0) + 1);
  }
  return out;
}
