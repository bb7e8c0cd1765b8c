import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { deploymentQueries, type NetworkResource } from '../../api';
import { aliasesInUse } from './alias-model';
import type { NetworkAliases } from './wizard-validation';

// A network's deployments come in one page of up to the list's maximum.
const LIMIT = 500;

/** The aliases in use on the chosen routed network, read from the deployments routed through it. */
export function useNetworkAliases(networks: readonly NetworkResource[], networkId: string): NetworkAliases | undefined {
  const query = useQuery({ ...deploymentQueries.list({ network: networkId, limit: LIMIT }), enabled: networkId !== '' });
  // The list keeps the previous network's answer while the next one loads: that one says nothing about this network.
  const items = query.isPlaceholderData ? undefined : query.data?.items;
  const name = networks.find((n) => n.metadata.guid === networkId)?.metadata.name ?? networkId;
  return useMemo(() => (items && networkId ? { networkId, networkName: name, used: aliasesInUse(items) } : undefined), [items, networkId, name]);
}
