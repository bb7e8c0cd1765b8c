// Device: a robot or edge machine the platform can deploy to.
import { z } from 'zod';
import { architecture, baseMetadata, deviceRuntime, listOf, restartPolicy, rosDistro, timestamp } from './common';
import { API_VERSION } from './values';

export const deviceResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Device'),
  metadata: baseMetadata,
  spec: z.object({
    architecture,
    runtimes: z.array(deviceRuntime),
    rosDistro: rosDistro.optional(),
    pythonVersion: z.enum(['2', '3']),
    networkInterfaces: z.array(z.string()),
  }),
  status: z.object({
    /** Device status (platform-domain §2.6); a rebooting device is OFFLINE with `rebootingUntil` set. */
    status: z.enum(['ONLINE', 'OFFLINE']),
    lastSeenAt: timestamp,
    bootedAt: timestamp,
    rebootingUntil: timestamp.optional(),
    /** Being re-onboarded (it is rebooting too): the platform's software is reinstalled when it is back. */
    reonboarding: z.boolean().optional(),
    pathCommands: z.array(z.string()),
    platformImages: z.boolean(),
    bridgeLibraries: z.object({ compression: z.boolean(), transport: z.boolean(), actionlib: z.boolean() }),
    rosMaster: z
      .object({ ownerDeployment: z.string(), restart: restartPolicy, running: z.boolean() })
      .optional(),
    /** Deployments (not stopped) with a component on this device. */
    deployments: z.array(z.object({ guid: z.string(), name: z.string() })),
  }),
});
export type DeviceResource = z.infer<typeof deviceResource>;

export const deviceList = listOf('DeviceList', deviceResource);
export type DeviceList = z.infer<typeof deviceList>;
