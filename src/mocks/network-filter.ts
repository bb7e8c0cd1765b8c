// The routed networks a list query asks for.
import type { NetworkListQuery } from '../api/contract';
import type { Platform } from '../platform/api';
import type { RoutedNetwork } from '../platform/types';
import { resourceMatcher } from './list-filters';
import { NOT_STOPPED_PHASES } from '../vocabulary';

/** Stopped networks only when `phases` asks for them; every simulated network is routed. */
export function filterNetworks(platform: Platform, q: NetworkListQuery): RoutedNetwork[] {
  const matches = resourceMatcher(q);
  const phases = q.phases === 'all' ? undefined : q.phases?.length ? q.phases : NOT_STOPPED_PHASES;
  const onDevices = q.deviceName === undefined ? undefined : new Set(platform.listDevices().filter((d) => d.name === q.deviceName).map((d) => d.id));
  const routed = q.networkType === undefined || q.networkType.includes('routed');
  return platform
    .listNetworks()
    .filter(
      (n) =>
        routed &&
        matches(n) &&
        (phases === undefined || phases.includes(n.phase)) &&
        (q.status === undefined || q.status.includes(n.status)) &&
        (onDevices === undefined || (n.deviceId !== undefined && onDevices.has(n.deviceId))),
    );
}
