// The add-package form's rules, loaded with the form's first check (lazyZodResolver) so that zod and the contract's
// schemas are not on the screen's first paint.
import { z } from 'zod';
import { architecture, createPackageBody, executableType, restartPolicy, rosDistro, runtime } from '../../../api/contract';
import type { CreatePackageBody } from '../../../api';
import { packageRuleIssues, type RuleIssue } from '../manifest/package-rules';
import { toCreateBody } from './package-form-values';

export const executableValues = z.object({
  name: z.string(),
  type: executableType,
  image: z.string(),
  tag: z.string(),
  command: z.string(),
});

export const componentValues = z.object({
  name: z.string(),
  runtime,
  architecture,
  ros: z.object({ enabled: z.boolean(), distro: z.union([rosDistro, z.literal('')]) }),
  restart: restartPolicy,
  executables: z.array(executableValues),
});

export const packageValues = z.object({
  metadata: z.object({ name: z.string(), version: z.string(), description: z.string() }),
  spec: z.object({ components: z.array(componentValues) }),
});

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
