// Devices, routed networks, disks, registry secrets and the current user. Each create takes Gantry's body or the
// platform's document (src/mocks/documents.ts).
import { http } from 'msw';
import { createDeviceBody, createDiskBody, createNetworkBody, createSecretBody, diskListQuery, networkListQuery, type ApiRoutes } from '../../api/contract';
import { fromPlatformDevice, fromPlatformDisk, fromPlatformNetwork, fromPlatformSecret } from '../../api/contract/platform';
import { readResourceBody } from '../documents';
import { deviceField, networkField, secretField, volumeField } from '../fields';
import type { PlatformHost } from '../host';
import { json, notFound, readQuery } from '../http';
import { resourceMatcher } from '../list-filters';
import { filterNetworks } from '../network-filter';
import { toCreateDeviceRequest, toCreateNetworkRequest, toCreateSecretRequest, toCreateVolumeRequest } from '../requests';
import { findDevice, findNetwork, findSecret, findVolume } from '../resolve';
import { toDevice, toDisk, toNetwork, toSecret, toUser } from '../wire/world';
import { usage } from '../wire/usage';
import { command, created, listBody, pageBody, safe, safeChange } from './util';

type Id = { id: string };

const bracketed = (_doc: unknown, path: string) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
const NETWORK_FORM = { kind: 'Network', schema: createNetworkBody, toBody: fromPlatformNetwork, pathOf: bracketed } as const;
const DISK_FORM = { kind: 'Disk', schema: createDiskBody, toBody: fromPlatformDisk, pathOf: bracketed } as const;
const DEVICE_FORM = { kind: 'Device', schema: createDeviceBody, toBody: fromPlatformDevice, pathOf: bracketed } as const;
const SECRET_FORM = { kind: 'Secret', schema: createSecretBody, toBody: fromPlatformSecret, pathOf: bracketed } as const;

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
  http.post(
    routes.devices,
    safeChange(host, async ({ request }) => {
      const read = await readResourceBody(request, DEVICE_FORM);
      if (!read.ok) return read.response;
      const platform = host.platform();
      const result = platform.createDevice(toCreateDeviceRequest(read.value.body));
      return command(host, result, (d) => created(request, d.id, toDevice(d, usage(platform))), (f) => read.value.fieldOf(deviceField(f)));
    }),
  ),
  http.delete<Id>(
    routes.device,
    safeChange(host, ({ params }) => {
      const platform = host.platform();
      const device = findDevice(platform, params.id);
      if (!device) return notFound('device', params.id, 'unknown-device');
      const used = usage(platform);
      return command(host, platform.deleteDevice(device.id), (d) => json(toDevice(d, used)));
    }),
  ),

  http.get(routes.secrets, safe(() => json(listBody('SecretList', host.platform().listSecrets().map(toSecret))))),
  http.post(
    routes.secrets,
    safeChange(host, async ({ request }) => {
      const read = await readResourceBody(request, SECRET_FORM);
      if (!read.ok) return read.response;
      const result = host.platform().createSecret(toCreateSecretRequest(read.value.body));
      return command(host, result, (secret) => created(request, secret.id, toSecret(secret)), (f) => read.value.fieldOf(secretField(f)));
    }),
  ),
  http.get<Id>(
    routes.secret,
    safe(({ params }) => {
      const secret = findSecret(host.platform(), params.id);
      return secret ? json(toSecret(secret)) : notFound('secret', params.id, 'unknown-secret');
    }),
  ),
  http.delete<Id>(
    routes.secret,
    safeChange(host, ({ params }) => {
      const platform = host.platform();
      const secret = findSecret(platform, params.id);
      if (!secret) return notFound('secret', params.id, 'unknown-secret');
      return command(host, platform.deleteSecret(secret.id), (s) => json(toSecret(s)));
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
      const read = await readResourceBody(request, NETWORK_FORM);
      if (!read.ok) return read.response;
      const platform = host.platform();
      const result = platform.createNetwork(toCreateNetworkRequest(read.value.body, platform));
      return command(host, result, (net) => created(request, net.id, toNetwork(net, usage(platform))), (f) => read.value.fieldOf(networkField(f)));
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
      const read = await readResourceBody(request, DISK_FORM);
      if (!read.ok) return read.response;
      const platform = host.platform();
      const result = platform.createVolume(toCreateVolumeRequest(read.value.body));
      return command(host, result, (v) => created(request, v.id, toDisk(v, platform)), (f) => read.value.fieldOf(volumeField(f)));
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
