import { API_VERSION } from '../../api/contract';
import type { DeploymentConfig, DeploymentHistory } from '../../api/contract';
import type { Platform } from '../../platform/api';
import type { Deployment, DeploymentConfig as EngineConfig } from '../../platform/types';
import { compact, iso } from './common';

function config(c: EngineConfig, platform: Platform): DeploymentConfig {
  const ref = (guid: string, name: string | undefined) => ({ guid, name: name ?? guid });
  const net = c.routedNetworkId ? platform.getNetwork(c.routedNetworkId) : undefined;
  return compact({
    labels: c.labels,
    routedNetwork: c.routedNetworkId ? ref(c.routedNetworkId, net?.name) : undefined,
    dependencies: c.dependencies.map((id) => ref(id, platform.getDeployment(id)?.name)),
    volumes: c.volumes.map((v) => ({ disk: ref(v.volumeId, platform.getVolume(v.volumeId)?.name), component: v.component, mountPath: v.mountPath })),
    components: c.components.map((comp) =>
      compact({
        name: comp.name,
        device: comp.deviceId ? ref(comp.deviceId, platform.getDevice(comp.deviceId)?.name) : undefined,
        restart: comp.restartPolicy,
        executables: comp.executables.map((e) => compact({ name: e.name, image: e.image, tag: e.tag, digest: e.digest })),
      }),
    ),
  });
}

export function toHistory(dep: Deployment, platform: Platform): DeploymentHistory {
  return {
    apiVersion: API_VERSION,
    kind: 'DeploymentHistory',
    metadata: { name: dep.name, guid: dep.id, generation: dep.generation },
    items: dep.history.map((h) => ({
      generation: h.generation,
      at: iso(h.at),
      user: h.user,
      action: h.action,
      outcome: h.outcome,
      error_codes: h.errorCodes,
      components: h.components,
      config: config(h.config, platform),
    })),
  };
}
