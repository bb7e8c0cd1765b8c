// The apply plan's view of the platform: documents by kind and name (read once per plan), and the resource
// endpoints that take a document as it is written.
import { useMemo } from 'react';
import type { ManifestKind } from '../../vocabulary';
import { api } from '../client';
import { paths } from '../contract/paths';
import { z } from 'zod';
import type { ManifestGateway } from './gateway-types';
import { readPlatformDocuments } from './platform-documents';
import { isDiskMoving, isNetworkMoving } from '../polling';
import { diskResource, networkResource } from '../contract';

/** How often, and how long (real time), a created network or disk is watched until it is ready. */
export const SETTLE_POLL_MS = 500;
export const SETTLE_TIMEOUT_MS = 120_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(kind: ManifestKind, id: string): Promise<void> {
  if (kind !== 'Network' && kind !== 'Disk') return;
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    if (kind === 'Network') {
      const network = await api.get(networkResource, paths.network(id));
      if (!isNetworkMoving(network)) {
        if (network.status.phase === 'Succeeded' && network.status.status === 'Running') return;
        throw new Error(`the routed network is ${network.status.phase} (${network.status.status})`);
      }
    } else {
      const disk = await api.get(diskResource, paths.disk(id));
      if (!isDiskMoving(disk)) return;
    }
    if (Date.now() > until) throw new Error(`still provisioning after ${SETTLE_TIMEOUT_MS / 1000} s; is the simulation paused?`);
    await pause(SETTLE_POLL_MS);
  }
}

const created = z.object({ metadata: z.object({ guid: z.string() }) });

const COLLECTIONS: Record<ManifestKind, string> = {
  Secret: paths.secrets(),
  Device: paths.devices(),
  Disk: paths.disks(),
  Network: paths.networks(),
  Package: paths.packages(),
  Deployment: paths.deployments(),
};

type Dict = Record<string, unknown>;
const nameOf = (doc: Dict) => String((doc['metadata'] as Dict | undefined)?.['name'] ?? '');

/** The platform never serves a secret's password, so a plan cannot tell whether it changed: it is left out. */
function withoutPassword(doc: Dict): Dict {
  const spec = (doc['spec'] ?? {}) as Dict;
  const docker = (spec['docker'] ?? {}) as Dict;
  if (!('password' in docker)) return doc;
  const { password: _password, ...rest } = docker;
  return { ...doc, spec: { ...spec, docker: rest } };
}

export function createManifestGateway(): ManifestGateway {
  // One read of the platform per plan: a plan asks for every kind at once.
  let snapshot: ReturnType<typeof readPlatformDocuments> | undefined;
  return {
    updatable: ['Secret'],
    normalize: (kind, body) => (kind === 'Secret' ? withoutPassword(body) : body),
    find: async (kind, names) => {
      snapshot ??= readPlatformDocuments().finally(() => queueMicrotask(() => (snapshot = undefined)));
      const docs = (await snapshot)[kind];
      const wanted = new Set(names);
      const found = new Map<string, unknown[]>();
      for (const doc of docs) {
        const name = nameOf(doc);
        if (wanted.has(name)) found.set(name, [...(found.get(name) ?? []), kind === 'Secret' ? withoutPassword(doc) : doc]);
      }
      return found;
    },
    create: async (kind, body) => ({ id: (await api.post(created, `${COLLECTIONS[kind]}/`, body)).metadata.guid }),
    settle,
    update: async (kind, name, body) => ({ id: (await api.put(created, `${COLLECTIONS[kind]}/${encodeURIComponent(name)}`, body)).metadata.guid }),
  };
}

export const useManifestGateway = () => useMemo(() => createManifestGateway(), []);
