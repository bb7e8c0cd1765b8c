// A half-filled wizard kept in sessionStorage per package, so a reload (or a look at the Devices page) loses
// nothing. What comes back is checked against the package: unknown components are dropped, missing ones get
// their defaults, anything unreadable falls back to a fresh form. Plain checks, not zod: this runs before the
// form's first paint, and the validation rules (with zod) load after it.
import { RESTART_POLICIES, type PackageResource, type RestartPolicy } from '../../api';
import { initialValues, type WizardValues } from './form-model';

export const draftKey = (packageGuid: string) => `gantry:deploy-wizard:${packageGuid}`;

type Stored = Record<string, unknown>;
const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const restart = (value: unknown) => RESTART_POLICIES.find((policy): policy is RestartPolicy => policy === value);
/** A list of rows, or none when it is not a list of objects. */
const rows = <T>(value: unknown, read: (row: Stored) => T): T[] => (Array.isArray(value) && value.every(isRecord) ? value.map(read) : []);

export function restoreDraft(raw: string | null, pkg: PackageResource): WizardValues {
  const fresh = initialValues(pkg);
  if (!raw) return fresh;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return fresh;
  }
  if (!isRecord(stored)) return fresh;
  const saved = rows(stored.components, (c) => ({ name: text(c.name), deviceId: text(c.deviceId), restart: restart(c.restart) }));
  const savedAliases = rows(stored.aliases, (a) => ({ component: text(a.component), alias: text(a.alias) }));
  return {
    name: text(stored.name),
    labels: rows(stored.labels, (l) => ({ key: text(l.key), value: text(l.value) })),
    components: fresh.components.map((c) => {
      const match = saved.find((s) => s.name === c.name);
      return { name: c.name, deviceId: match?.deviceId ?? '', restart: match?.restart ?? c.restart };
    }),
    aliases: fresh.aliases.map((a) => ({ component: a.component, alias: savedAliases.find((s) => s.component === a.component)?.alias ?? '' })),
    routedNetworkId: text(stored.routedNetworkId),
    dependencies: rows(stored.dependencies, (d) => ({ deploymentId: text(d.deploymentId) })),
    volumes: rows(stored.volumes, (v) => ({ volumeId: text(v.volumeId), component: text(v.component), mountPath: text(v.mountPath) })),
  };
}
