// The simulated network's conditions on the wire, as they stand now (an ended outage is not reported).
import { SIMULATOR_API_VERSION } from '../../api/contract';
import type { NetworkConditions, NetworkSettings as WireNetworkSettings } from '../../api/contract';
import { currentSettings, type NetworkSettings } from '../api-conditions';
import { compact, isoOpt } from './common';

export function toNetworkSettings(settings: NetworkSettings, now: number): WireNetworkSettings {
  const { latencyMs, failPercent, outageUntil } = currentSettings(settings, now);
  return compact({ latencyMs, failPercent, outageUntil: isoOpt(outageUntil) });
}

export const toNetworkConditions = (settings: NetworkSettings, now: number): NetworkConditions => ({
  apiVersion: SIMULATOR_API_VERSION,
  kind: 'NetworkConditions',
  ...toNetworkSettings(settings, now),
});
