// Every check the wizard makes before it sends anything: the platform's naming rules (from the wire contract) and
// the world as the wizard last loaded it (devices, networks, deployments, volumes). The server stays the
// authority; this only catches at the field what would certainly be refused or fail.
import { z } from 'zod';
import type { DeploymentResource, DeviceResource, DiskResource, NetworkResource, PackageResource } from '../../api';
import { deploymentName, labelKey, labelRules, labelValue, mountPath, restartPolicy, rosAlias } from '../../api/contract';
import type { AliasesInUse } from './alias-model';
import { dependencyChoices, needsRoutedNetwork, networkChoices, volumeChoices } from './choices';
import { ineligibilityReasons } from './device-eligibility';
import { valueAt, type ServerFieldError, type WizardValues } from './form-model';

export interface WizardWorld {
  pkg: PackageResource;
  devices: readonly DeviceResource[];
  networks: readonly NetworkResource[];
  /** Deployments that may be candidates for a dependency. */
  deployments: readonly DeploymentResource[];
  disks: readonly DiskResource[];
}

/** The aliases in use on the routed network the form has chosen, once they are loaded. */
export interface NetworkAliases {
  networkId: string;
  networkName: string;
  used: AliasesInUse;
}

export interface WizardIssue {
  path: (string | number)[];
  message: string;
}

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Invalid value.');
};

function labelIssues(values: WizardValues): WizardIssue[] {
  const issues: WizardIssue[] = [];
  const seen = new Set<string>();
  values.labels.forEach(({ key, value }, i) => {
    if (key === '') issues.push({ path: ['labels', i, 'key'], message: 'Enter a label key.' });
    else if (seen.has(key)) issues.push({ path: ['labels', i, 'key'], message: `The key "${key}" is already used by another label.` });
    else if (!labelKey.safeParse(key).success) issues.push({ path: ['labels', i, 'key'], message: labelRules });
    seen.add(key);
    if (value === '') issues.push({ path: ['labels', i, 'value'], message: 'Enter a label value.' });
    else if (!labelValue.safeParse(value).success) issues.push({ path: ['labels', i, 'value'], message: labelRules });
  });
  return issues;
}

function componentIssues(values: WizardValues, world: WizardWorld): WizardIssue[] {
  const issues: WizardIssue[] = [];
  values.components.forEach((choice, i) => {
    const path = ['components', i, 'deviceId'];
    const spec = world.pkg.spec.components.find((c) => c.name === choice.name);
    if (!spec) return;
    if (choice.deviceId === '') return void issues.push({ path, message: `Select a device for ${choice.name}.` });
    const device = world.devices.find((d) => d.metadata.guid === choice.deviceId);
    if (!device) return void issues.push({ path, message: 'This device no longer exists. Select another one.' });
    const reasons = ineligibilityReasons(spec, device);
    if (reasons.length > 0) issues.push({ path, message: `${device.metadata.name} cannot run ${choice.name}: ${reasons.join(', ')}.` });
  });
  return issues;
}

function aliasIssues(values: WizardValues, network: NetworkAliases | undefined): WizardIssue[] {
  const issues: WizardIssue[] = [];
  values.aliases.forEach(({ component, alias }, i) => {
    const path = ['aliases', i, 'alias'];
    const sibling = values.aliases.find((a, j) => j < i && a.alias === alias);
    const user = network?.networkId === values.routedNetworkId ? network.used.get(alias) : undefined;
    if (alias === '') issues.push({ path, message: `Enter an alias for ${component}.` });
    else if (!rosAlias.safeParse(alias).success) issues.push({ path, message: firstMessage(rosAlias, alias) ?? 'Invalid alias.' });
    else if (sibling) issues.push({ path, message: `The alias ${alias} is already used by ${sibling.component} in this deployment.` });
    else if (user && network) issues.push({ path, message: `The alias ${alias} is already used by ${user} on ${network.networkName}.` });
  });
  return issues;
}

function networkIssues(values: WizardValues, world: WizardWorld): WizardIssue[] {
  if (!needsRoutedNetwork(world.pkg.spec.components)) return [];
  const path = ['routedNetworkId'];
  if (values.routedNetworkId === '') return [{ path, message: 'Select a routed network: the package has ROS components.' }];
  const choice = networkChoices(world.pkg.spec.components, world.networks).find((c) => c.value === values.routedNetworkId);
  if (!choice) return [{ path, message: 'This routed network no longer exists. Select another one.' }];
  return choice.eligible ? [] : [{ path, message: `This routed network cannot be used: ${choice.reason}.` }];
}

function dependencyIssues(values: WizardValues, world: WizardWorld): WizardIssue[] {
  const candidates = new Set(dependencyChoices(world.deployments).map((c) => c.value));
  const seen = new Set<string>();
  return values.dependencies.flatMap(({ deploymentId }, i) => {
    const path = ['dependencies', i, 'deploymentId'];
    const duplicate = seen.has(deploymentId);
    seen.add(deploymentId);
    if (deploymentId === '') return [{ path, message: 'Select a deployment, or remove this dependency.' }];
    if (duplicate) return [{ path, message: 'This deployment is already a dependency.' }];
    if (!candidates.has(deploymentId)) {
      return [{ path, message: 'This deployment can no longer be depended on: it must be Succeeded or Provisioning.' }];
    }
    return [];
  });
}

function volumeIssues(values: WizardValues, world: WizardWorld): WizardIssue[] {
  const choices = volumeChoices(world.disks);
  const cloud = new Set(world.pkg.spec.components.filter((c) => c.runtime === 'cloud').map((c) => c.name));
  const seenVolumes = new Set<string>();
  const seenMounts = new Set<string>();
  const issues: WizardIssue[] = [];
  values.volumes.forEach((row, i) => {
    const choice = choices.find((c) => c.value === row.volumeId);
    if (row.volumeId === '') issues.push({ path: ['volumes', i, 'volumeId'], message: 'Select a volume, or remove this row.' });
    else if (seenVolumes.has(row.volumeId)) issues.push({ path: ['volumes', i, 'volumeId'], message: 'This volume is already mounted by another row.' });
    else if (!choice) issues.push({ path: ['volumes', i, 'volumeId'], message: 'This volume no longer exists. Select another one.' });
    else if (!choice.eligible) issues.push({ path: ['volumes', i, 'volumeId'], message: `This volume cannot be mounted: ${choice.reason}.` });
    seenVolumes.add(row.volumeId);
    if (!cloud.has(row.component)) issues.push({ path: ['volumes', i, 'component'], message: 'Select the cloud component to mount the volume to.' });
    const pathProblem = row.mountPath === '' ? 'Enter a mount path.' : firstMessage(mountPath, row.mountPath);
    const mount = `${row.component}:${row.mountPath.replace(/\/$/, '')}`;
    if (pathProblem) issues.push({ path: ['volumes', i, 'mountPath'], message: pathProblem });
    else if (seenMounts.has(mount)) issues.push({ path: ['volumes', i, 'mountPath'], message: `Another volume is mounted at ${row.mountPath} on ${row.component}.` });
    seenMounts.add(mount);
  });
  return issues;
}

/** What the server refused stays marked until the operator changes that field (e.g. a name already taken). */
function serverIssues(values: WizardValues, server: readonly ServerFieldError[], found: readonly WizardIssue[]): WizardIssue[] {
  const marked = new Set(found.map((i) => i.path.join('.')));
  return server
    .filter((e) => !marked.has(e.path) && valueAt(values, e.path) === e.value)
    .map((e) => ({ path: e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: e.message }));
}

export function validateWizard(
  values: WizardValues,
  world: WizardWorld,
  server: readonly ServerFieldError[] = [],
  network?: NetworkAliases,
): WizardIssue[] {
  const nameProblem = firstMessage(deploymentName, values.name);
  const issues = [
    ...(nameProblem ? [{ path: ['name'], message: nameProblem }] : []),
    ...labelIssues(values),
    ...componentIssues(values, world),
    ...networkIssues(values, world),
    ...aliasIssues(values, network),
    ...dependencyIssues(values, world),
    ...volumeIssues(values, world),
  ];
  return [...issues, ...serverIssues(values, server, issues)];
}

const row = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape));

/** The resolver's schema: plain shapes, with every rule in one pass so all problems show at once. */
export function wizardSchema(world: WizardWorld, server: readonly ServerFieldError[] = [], network?: NetworkAliases) {
  return z
    .object({
      name: z.string(),
      labels: row({ key: z.string(), value: z.string() }),
      components: row({ name: z.string(), deviceId: z.string(), restart: restartPolicy }),
      aliases: row({ component: z.string(), alias: z.string() }),
      routedNetworkId: z.string(),
      dependencies: row({ deploymentId: z.string() }),
      volumes: row({ volumeId: z.string(), component: z.string(), mountPath: z.string() }),
    })
    .superRefine((values, ctx) => {
      for (const issue of validateWizard(values, world, server, network)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });
}
