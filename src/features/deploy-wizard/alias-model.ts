// A ROS component's alias on its routed network: the platform's default (the device's name for a device component,
// the component's name in the cloud), or the first free variant of it (`<name>-2`, `<name>-3` …) when that is taken,
// so deploying a package twice on one network does not end in DEP_E171 / DEP_E176.
import type { ComponentSpec, DeploymentResource } from '../../api';

/** Alias → `<deployment>/<component>` of every ROS component still deployed on one routed network. */
export type AliasesInUse = ReadonlyMap<string, string>;

export function aliasesInUse(deployments: readonly DeploymentResource[]): AliasesInUse {
  const used = new Map<string, string>();
  for (const d of deployments) {
    for (const c of d.status.components) {
      if (c.alias !== undefined && !c.deprovisioned && !used.has(c.alias)) used.set(c.alias, `${d.metadata.name}/${c.name}`);
    }
  }
  return used;
}

export const rosComponents = (components: readonly ComponentSpec[]) => components.filter((c) => c.ros.enabled);

/** What the platform names the component's alias when none is given. */
export const defaultAlias = (spec: ComponentSpec, deviceName: string | undefined) => (spec.runtime === 'device' ? (deviceName ?? spec.name) : spec.name);

/** `base` when nothing else on the network (or elsewhere in this deployment) has it, else its first free variant. */
export function proposeAlias(base: string, used: AliasesInUse, others: readonly string[] = []): string {
  const taken = (alias: string) => used.has(alias) || others.includes(alias);
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
