// Every screen's route pattern and link builder in one place, so links are never string-built in components and
// the router, the navigation and the features agree on the URLs.

const segment = encodeURIComponent;

export const paths = {
  home: { path: '/', href: () => '/' },
  catalog: { path: '/catalog', href: () => '/catalog' },
  /** Static, so it ranks above `/catalog/:packageId`; package ids are `pkg-…` and never `new`. */
  newPackage: { path: '/catalog/new', href: () => '/catalog/new' },
  package: { path: '/catalog/:packageId', href: (packageId: string) => `/catalog/${segment(packageId)}` },
  deployPackage: {
    path: '/catalog/:packageId/deploy',
    href: (packageId: string) => `/catalog/${segment(packageId)}/deploy`,
  },
  deployments: { path: '/deployments', href: () => '/deployments' },
  deployment: {
    path: '/deployments/:deploymentId',
    href: (deploymentId: string) => `/deployments/${segment(deploymentId)}`,
  },
  devices: { path: '/devices', href: () => '/devices' },
  /** A device's details open over the devices list, so the list's filters stay in place. */
  device: { path: '/devices', href: (deviceId: string) => `/devices?device=${segment(deviceId)}` },
  networks: { path: '/networks', href: () => '/networks' },
  volumes: { path: '/volumes', href: () => '/volumes' },
  applyManifests: { path: '/apply', href: () => '/apply' },
  simulator: { path: '/simulator', href: () => '/simulator' },
} as const;
