// The kinds of document `rio apply` takes, and the order it applies them in (riocli/apply: a resource waits for
// what it depends on; among resources ready together, this order).

/** The kinds Gantry applies, in the CLI's order: secrets, devices, disks, networks, packages, deployments. */
export const MANIFEST_KINDS = ['Secret', 'Device', 'Disk', 'Network', 'Package', 'Deployment'] as const;
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

/** Kinds the CLI applies that Gantry does not model: refused by name, never half-applied. */
export const UNMODELLED_MANIFEST_KINDS = [
  'Organization',
  'Project',
  'Role',
  'RoleBinding',
  'UserGroup',
  'ServiceAccount',
  'StaticRoute',
  'ManagedService',
  'ManagedServiceBinding',
  'OAuth2Client',
] as const;

/** The `apiVersion`s a manifest may carry: the CLI's schemas allow both. */
export const MANIFEST_API_VERSIONS = ['apiextensions.rapyuta.io/v1', 'api.rapyuta.io/v2'] as const;
