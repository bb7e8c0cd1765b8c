// The values a package, device or routed network is described by (platform-domain §2).

export const RUNTIMES = ['cloud', 'device'] as const;
export type Runtime = (typeof RUNTIMES)[number];

export const ARCHITECTURES = ['amd64', 'arm32v7', 'arm64v8'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** Cloud components always run on this architecture. */
export const CLOUD_ARCHITECTURE = 'amd64' satisfies Architecture;

export const ROS_DISTROS = ['kinetic', 'melodic', 'noetic', 'foxy'] as const;
export type RosDistro = (typeof ROS_DISTROS)[number];

/** What a device can run: docker images, or commands preinstalled on its $PATH. */
export const DEVICE_RUNTIMES = ['docker', 'preinstalled'] as const;
export type DeviceRuntime = (typeof DEVICE_RUNTIMES)[number];

/** How an executable is run; a `preInstalled` executable needs the device's `preinstalled` runtime. */
export const EXECUTABLE_TYPES = ['docker', 'preInstalled'] as const;
export type ExecutableType = (typeof EXECUTABLE_TYPES)[number];

export const deviceRuntimeOf = (type: ExecutableType): DeviceRuntime => (type === 'docker' ? 'docker' : 'preinstalled');

/** Restart policy of a device component (v2 package `device.restart`, default `always`). */
export const RESTART_POLICIES = ['always', 'onfailure', 'never'] as const;
export type RestartPolicy = (typeof RESTART_POLICIES)[number];

/**
 * The platform's built-in persistent-volume package (its id and its name): a cloud volume is a running deployment of
 * it, a volume deployment, which the deployments list leaves out unless asked (as the platform's SDK does).
 */
export const PERSISTENT_VOLUME_PACKAGE = 'io-public-persistent-volume';

/** The disk sizes the platform offers, in GiB. */
export const VOLUME_CAPACITIES = [4, 8, 16, 32, 64, 128, 256, 512] as const;

/** When a docker executable's image is pulled again (the platform's `imagePullPolicy`); `IfNotPresent` by default. */
export const IMAGE_PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
export type ImagePullPolicy = (typeof IMAGE_PULL_POLICIES)[number];
