// A half-filled wizard kept in sessionStorage per package, so a reload (or a look at the Devices page) loses
// nothing. What comes back is checked against the package: unknown components are dropped, missing ones get
// their defaults, anything unreadable falls back to a fresh form.
import { z } from 'zod';
import type { PackageResource } from '../../api';
import { restartPolicy } from '../../api/contract';
import { initialValues, type WizardValues } from './form-model';

export const draftKey = (packageGuid: string) => `gantry:deploy-wizard:${packageGuid}`;

const text = z.string().catch('');
const rows = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape)).catch([]);

const storedDraft = z.object({
  name: text,
  labels: rows({ key: text, value: text }),
  components: rows({ name: text, deviceId: text, restart: restartPolicy.optional().catch(undefined) }),
  routedNetworkId: text,
  dependencies: rows({ deploymentId: text }),
  volumes: rows({ volumeId: text, component: text, mountPath: text }),
});

export function restoreDraft(raw: string | null, pkg: PackageResource): WizardValues {
  const fresh = initialValues(pkg);
  if (!raw) return fresh;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fresh;
  }
  const parsed = storedDraft.safeParse(json);
  if (!parsed.success) return fresh;
  const stored = parsed.data;
  return {
    ...stored,
    components: fresh.components.map((c) => {
      const saved = stored.components.find((s) => s.name === c.name);
      return { name: c.name, deviceId: saved?.deviceId ?? '', restart: saved?.restart ?? c.restart };
    }),
  };
}

