// A generation's configuration snapshot flattened into labelled settings, so two generations can be compared row by
// row and a generation's changes listed against the one before it.
import type { DeploymentConfig } from '../../../api';
import { restartPolicyLabel } from '../../../lib/labels';

export interface Setting {
  key: string;
  label: string;
  value: string;
}

export interface ComparedSetting {
  key: string;
  label: string;
  a: string;
  b: string;
  changed: boolean;
}

export const ABSENT = '—';

const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

const list = (values: string[]) => (values.length > 0 ? [...values].sort().join(', ') : 'None');

export function flattenConfig(config: DeploymentConfig): Setting[] {
  const settings: Setting[] = [];
  for (const component of config.components) {
    settings.push({
      key: `placement:${component.name}`,
      label: `${component.name} placement`,
      value: component.device ? `Device ${component.device.name}` : 'Cloud',
    });
    settings.push({
      key: `restart:${component.name}`,
      label: `${component.name} restart policy`,
      value: component.restart ? restartPolicyLabel(component.restart) : 'Not set',
    });
    for (const e of component.executables) {
      settings.push({
        key: `image:${component.name}/${e.name}`,
        label: `${component.name}/${e.name} image`,
        value: e.image ? `${e.image}:${e.tag ?? 'latest'}` : 'Pre-installed',
      });
      // The build a tag pointed to: a tag can move to another build between generations.
      if (e.digest) settings.push({ key: `build:${component.name}/${e.name}`, label: `${component.name}/${e.name} build`, value: shortDigest(e.digest) });
    }
  }
  for (const [name, value] of Object.entries(config.labels).sort(([a], [b]) => a.localeCompare(b))) {
    settings.push({ key: `label:${name}`, label: `Label ${name}`, value });
  }
  settings.push({ key: 'network', label: 'Routed network', value: config.routedNetwork?.name ?? 'None' });
  settings.push({ key: 'dependencies', label: 'Dependencies', value: list(config.dependencies.map((d) => d.name)) });
  settings.push({
    key: 'volumes',
    label: 'Volumes',
    value: list(config.volumes.map((v) => `${v.disk.name} on ${v.component} at ${v.mountPath}`)),
  });
  return settings;
}

/** Both generations' settings side by side, in A's order then B's additions; a setting one side lacks reads `—`. */
export function compareConfigs(a: DeploymentConfig, b: DeploymentConfig): ComparedSetting[] {
  const left = flattenConfig(a);
  const right = flattenConfig(b);
  const keys = [...left, ...right.filter((s) => !left.some((l) => l.key === s.key))];
  return keys.map(({ key, label }) => {
    const av = left.find((s) => s.key === key)?.value ?? ABSENT;
    const bv = right.find((s) => s.key === key)?.value ?? ABSENT;
    return { key, label, a: av, b: bv, changed: av !== bv };
  });
}

const splitImage = (ref: string) => {
  const at = ref.lastIndexOf(':');
  return at < 0 ? { repo: ref, tag: '' } : { repo: ref.slice(0, at), tag: ref.slice(at + 1) };
};

/** A new tag of the same image reads as just the tags; anything else as the whole values. */
function describe(s: ComparedSetting): string {
  const a = splitImage(s.a);
  const b = splitImage(s.b);
  if (s.key.startsWith('image:') && a.tag && b.tag && a.repo === b.repo) return `${s.label.replace(/ image$/, ' tag')}: ${a.tag} → ${b.tag}`;
  return `${s.label}: ${s.a} → ${s.b}`;
}

/** What changed from `before` to `after`, one line per setting, e.g. `navigation/navigation tag: 2.3.0 → 2.2.0`. */
export function describeChanges(before: DeploymentConfig, after: DeploymentConfig): string[] {
  return compareConfigs(before, after)
    .filter((s) => s.changed)
    .map(describe);
}
