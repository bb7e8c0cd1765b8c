// The apply plan's view of the platform: documents by kind and name (read once per plan), and the resource
// endpoints that take a document as it is written.
import { useMemo } from 'react';
import type { ManifestKind } from '../../vocabulary';
import { api } from '../client';
import { paths } from '../contract/paths';
import { z } from 'zod';
import type { ManifestGateway } from './gateway-types';
import { readPlatformDocuments } from './platform-documents';

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
    update: async (kind, name, body) => ({ id: (await api.put(created, `${COLLECTIONS[kind]}/${encodeURIComponent(name)}`, body)).metadata.guid }),
  };
}

export const useManifestGateway = () => useMemo(() => createManifestGateway(), []);
