// Devices (read-only), routed networks, disks and the current user.
import { http } from 'msw';
import { createDiskBody, createNetworkBody, diskListQuery, networkListQuery, type ApiRoutes } from '../../api/contract';
import { networkField, volumeField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readBody, readQuery } from '../http';
import { resourceMatcher } from '../list-filters';
import { filterNetworks } from '../network-filter';
import { toCreateNetworkRequest, toCreateVolumeRequest } from '../requests';
import { findDevice, findNetwork, findVolume } from '../resolve';
import { toDevice, toDisk, toNetwork, toUser } from '../wire/world';
import { usage } from '../wire/usage';
import { command, created, listBody, pageBody, safe, safeChange } from './util';

type Id = { id: string };

export const worldHandlers = (host: PlatformHost, routes: ApiRoutes) => [
  http.get(
    routes.devices,
    safe(() => {
      const platform = host.platform();
      const used = usage(platform);
      return json(listBody('DeviceList', platform.listDevices().map((d) => toDevice(d, used))));
    }),
  ),
  http.get<Id>(
    routes.device,
    safe(({ params }) => {
      const platform = host.platform();
      const device = findDevice(platform, params.id);
      return device ? json(toDevice(device, usage(platform))) : notFound('device', params.id, 'unknown-device');
    }),
  ),

  http.get(
    routes.networks,
    safe(({ request }) => {
      const query = readQuery(request, networkListQuery);
      if (!query.ok) return query.response;
      const platform = host.platform();
      const used = usage(platform);
      return json(pageBody('NetworkList', filterNetworks(platform, query.value), query.value, (n) => toNetwork(n, used)));
    }),
  ),
  http.post(
    routes.networks,
    safeChange(host, async ({ request }) => {
      const body = await readBody(request, createNetworkBody);
      if (!body.ok) return body.response;
      const platform = host.platform();
      const result = platform.createNetwork(toCreateNetworkRequest(body.value, platform));
      return command(host, result, (net) => created(request, net.id, toNetwork(net, usage(platform))), networkField);
    }),
  ),
  http.get<Id>(
    routes.network,
    safe(({ params }) => {
      const platform = host.platform();
      const net = findNetwork(platform, params.id);
      return net ? json(toNetwork(net, usage(platform))) : notFound('routed network', params.id, 'unknown-network');
    }),
  ),
  http.delete<Id>(
    routes.network,
    safeChange(host, ({ params }) => {
      const platform = host.platform();
      const net = findNetwork(platform, params.id);
      if (!net) return notFound('routed network', params.id, 'unknown-network');
      return command(host, platform.deleteNetwork(net.id), (n) => json(toNetwork(n, usage(platform))));
    }),
  ),

  http.get(
    routes.disks,
    safe(({ request }) => {
      const query = readQuery(request, diskListQuery);
      if (!query.ok) return query.response;
      const q = query.value;
      const platform = host.platform();
      const matches = resourceMatcher(q);
      const items = platform.listVolumes().filter((v) => matches(v) && (q.status === undefined || q.status.includes(v.phase)));
      return json(pageBody('DiskList', items, q, (v) => toDisk(v, platform)));
    }),
  ),
  http.post(
    routes.disks,
    safeChange(host, async ({ request }) => {
      const body = await readBody(request, createDiskBody);
      if (!body.ok) return body.response;
      const platform = host.platform();
      return command(host, platform.createVolume(toCreateVolumeRequest(body.value)), (v) => created(request, v.id, toDisk(v, platform)), volumeField);
    }),
  ),
  http.get<Id>(
    routes.disk,
    safe(({ params }) => {
      const platform = host.platform();
      const volume = findVolume(platform, params.id);
      return volume ? json(toDisk(volume, platform)) : notFound('volume', params.id, 'unknown-volume');
    }),
  ),
  http.delete<Id>(
    routes.disk,
    safeChange(host, ({ params }) => {
      const platform = host.platform();
      const volume = findVolume(platform, params.id);
      if (!volume) return notFound('volume', params.id, 'unknown-volume');
      return command(host, platform.deleteVolume(volume.id), (v) => json(toDisk(v, platform)));
    }),
  ),

  http.get(routes.me, safe(() => json(toUser(host.platform().currentUser())))),
];
