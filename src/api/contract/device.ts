// Device: a robot or edge machine the platform can deploy to.
import { z } from 'zod';
import { architecture, baseMetadata, configuration, deviceRuntime, labelsInput, listOf, nameText, restartPolicy, rosDistro, timestamp } from './common';
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
    /** Platform fields of the device's document Gantry keeps without simulating them (config variables, catkin workspace …). */
    configuration: configuration.optional(),
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

/** POST /api/v2/devices: a simulated device joins the fleet, online, with what its document says it runs. */
export const createDeviceBody = z.object({
  apiVersion: z.string().optional(),
  kind: z.literal('Device').optional(),
  metadata: z.object({ name: nameText.trim().min(1, 'Name is required'), labels: labelsInput.optional() }),
  spec: z.object({
    architecture: architecture.default('amd64'),
    runtimes: z.array(deviceRuntime).min(1, 'A device runs docker or preinstalled executables: enable one'),
    rosDistro: rosDistro.optional(),
    pythonVersion: z.enum(['2', '3']).default('3'),
    configuration: configuration.optional(),
  }),
});
export type CreateDeviceBody = z.input<typeof createDeviceBody>;
