// The add-package form's values, shaped and named like the create body (`metadata.name`,
// `spec.components.0.executables.1.image`) so a server's `field` names a form field as it is.
import { z } from 'zod';
import { architecture, createPackageBody, executableType, restartPolicy, rosDistro, runtime } from '../../../api/contract';
import type { CreatePackageBody } from '../../../api';
import { CLOUD_ARCHITECTURE } from '../../../vocabulary';
import { packageRuleIssues, type RuleIssue } from '../manifest/package-rules';

const executableValues = z.object({
  name: z.string(),
  type: executableType,
  image: z.string(),
  tag: z.string(),
  command: z.string(),
});

const componentValues = z.object({
  name: z.string(),
  runtime,
  architecture,
  ros: z.object({ enabled: z.boolean(), distro: z.union([rosDistro, z.literal('')]) }),
  restart: restartPolicy,
  executables: z.array(executableValues),
});

const packageValues = z.object({
  metadata: z.object({ name: z.string(), version: z.string(), description: z.string() }),
  spec: z.object({ components: z.array(componentValues) }),
});

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

const toPath = (path: string) => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Every problem at once: the platform's rules first, then anything else the contract's schema refuses. */
export function formIssues(body: CreatePackageBody): RuleIssue[] {
  const issues = packageRuleIssues(body);
  const contract = createPackageBody.safeParse(body);
  if (!contract.success) {
    for (const issue of contract.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!issues.some((known) => known.path === path)) issues.push({ path, message: issue.message });
    }
  }
  return issues;
}

/** For `zodResolver`: checks the values and hands the submit handler the create body. */
export const packageFormSchema = packageValues
  .superRefine((values, ctx) => {
    for (const issue of formIssues(toCreateBody(values))) ctx.addIssue({ code: 'custom', path: toPath(issue.path), message: issue.message });
  })
  .transform(toCreateBody);
