// The add-package form's values, shaped and named like the create body (`metadata.name`,
// `spec.components.0.executables.1.image`) so a server's `field` names a form field as it is. Their rules are in
// `package-form-schema.ts`, which loads with the form's first check: only its types are imported here.
import type { z } from 'zod';
import type { CreatePackageBody } from '../../../api';
import { CLOUD_ARCHITECTURE } from '../../../vocabulary';
import type { componentValues, executableValues, packageValues } from './package-form-schema';

export type PackageFormValues = z.infer<typeof packageValues>;
export type ComponentValues = z.infer<typeof componentValues>;
export type ExecutableValues = z.infer<typeof executableValues>;

export const emptyExecutable = (): ExecutableValues => ({ name: '', type: 'docker', image: '', tag: '', command: '' });

export const emptyComponent = (): ComponentValues => ({
  name: '',
  runtime: 'cloud',
  architecture: 'amd64',
  ros: { enabled: false, distro: '' },
  restart: 'always',
  executables: [emptyExecutable()],
});

export const emptyPackage = (): PackageFormValues => ({
  metadata: { name: '', version: 'v1.0.0', description: '' },
  spec: { components: [emptyComponent()] },
});

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** Trimmed, with what does not apply left out: cloud components run on amd64 and always restart. */
export function toCreateBody(values: PackageFormValues): CreatePackageBody {
  const description = optional(values.metadata.description);
  return {
    metadata: { name: values.metadata.name.trim(), version: values.metadata.version.trim(), ...(description ? { description } : {}) },
    spec: {
      components: values.spec.components.map((c) => {
        const cloud = c.runtime === 'cloud';
        return {
          name: c.name.trim(),
          runtime: c.runtime,
          architecture: cloud ? CLOUD_ARCHITECTURE : c.architecture,
          ros: c.ros.enabled && c.ros.distro ? { enabled: true, distro: c.ros.distro } : { enabled: c.ros.enabled },
          restart: cloud ? 'always' : c.restart,
          executables: c.executables.map((e) => {
            const command = e.command.trim();
            if (e.type === 'preInstalled') return { name: e.name.trim(), type: e.type, command };
            const image = optional(e.image);
            const tag = optional(e.tag);
            return { name: e.name.trim(), type: e.type, ...(image ? { image } : {}), ...(tag ? { tag } : {}), command };
          }),
        };
      }),
    },
  };
}
