// Query parameters shared by the list endpoints, in the shapes the platform's SDK sends them: a list is a repeated
// parameter (`names=a&names=b`, joined with commas before it is read) or a comma list, `continue` is the offset the
// previous page's `metadata.continue` gave.
import { z } from 'zod';
import { intParam } from './common';
import { echo } from './problem';
import { PLATFORM_REGIONS } from './values';

const parts = (raw: string) => raw.split(',').map((p) => p.trim());

function pickAll<T extends string>(raw: string, values: readonly T[], ctx: z.RefinementCtx, extra = ''): T[] {
  const out: T[] = [];
  for (const part of parts(raw).filter(Boolean)) {
    const hit = values.find((v) => v.toLowerCase() === part.toLowerCase());
    if (!hit) {
      ctx.addIssue({ code: 'custom', message: `Unknown value ${echo(part)}; expected one of ${values.join(', ')}${extra}` });
      return z.NEVER;
    }
    out.push(hit);
  }
  return out;
}

/** Comma-separated enum values, compared case-insensitively (real payloads vary in case, platform-domain §2.1). */
export const csvEnum = <T extends string>(values: readonly T[]) => z.string().transform((raw, ctx) => pickAll(raw, values, ctx));

/** Phases as `csvEnum`, or `all` for every one of them. */
export const phasesParam = <T extends string>(values: readonly T[]) =>
  z.string().transform((raw, ctx): T[] | 'all' => (raw.trim().toLowerCase() === 'all' ? 'all' : pickAll(raw, values, ctx, ' (or all)')));

/** Names or guids, compared exactly; an empty entry is a mistake, not a wildcard. */
export const csvList = z.string().transform((raw, ctx) => {
  const out = parts(raw);
  if (out.some((p) => p === '')) {
    ctx.addIssue({ code: 'custom', message: `Expected one or more comma-separated values, got ${echo(raw)}` });
    return z.NEVER;
  }
  return out;
});

/** A single name; blank is refused rather than read as "any". */
export const exactParam = z.string().trim().min(1, 'Expected a value');

/**
 * One requirement of a label selector: `key` (the label is there), `!key` (it is not), `key=value` (or `==`) and
 * `key!=value` (absent, or another value), as Kubernetes writes them.
 */
export interface LabelRequirement {
  key: string;
  value?: string;
  not?: boolean;
}

const PRESENCE = /^(!?)([^=!\s]+)$/;
const COMPARISON = /^([^=!\s]+)(==|=|!=)(.*)$/;

export function parseLabelRequirement(text: string): LabelRequirement | undefined {
  const presence = PRESENCE.exec(text);
  if (presence) return presence[1] ? { key: presence[2]!, not: true } : { key: presence[2]! };
  const comparison = COMPARISON.exec(text);
  if (!comparison) return undefined;
  const [, key, op, value] = comparison;
  return op === '!=' ? { key: key!, value: value!, not: true } : { key: key!, value: value! };
}

const LABEL_SELECTOR_FORMS = 'key=value, key!=value, key or !key';

/** `labelSelector`: requirements separated by commas or given as repeated parameters; all of them must hold. */
export const labelSelectorParam = z.string().transform((raw, ctx) => {
  const out: LabelRequirement[] = [];
  for (const part of parts(raw)) {
    const requirement = parseLabelRequirement(part);
    if (!requirement) {
      ctx.addIssue({ code: 'custom', message: `Malformed label requirement ${echo(part)}; expected ${LABEL_SELECTOR_FORMS}` });
      return z.NEVER;
    }
    out.push(requirement);
  }
  return out;
});

/** The console's `label`: one requirement, whose value is everything after the first `=` (it may hold commas). */
export const labelParam = z.string().transform((raw, ctx) => {
  const eq = raw.indexOf('=');
  const key = (eq < 0 ? raw : raw.slice(0, eq)).trim();
  if (!key) {
    ctx.addIssue({ code: 'custom', message: `Malformed label ${echo(raw)}; expected key=value or key` });
    return z.NEVER;
  }
  return eq < 0 ? { key } : { key, value: raw.slice(eq + 1) };
});

export const regionsParam = csvEnum(PLATFORM_REGIONS);

/** `true` or `false`, as the SDK writes a boolean. */
export const booleanParam = z.enum(['true', 'false'], { error: 'Expected true or false' }).transform((v) => v === 'true');

export const MAX_LIST_LIMIT = 500;

/**
 * `limit` and `continue` of a list. Without `limit`, the lists the console reads whole (packages, networks, disks)
 * answer everything; the deployments list sets its own default.
 */
export const pageParams = {
  limit: intParam(1, MAX_LIST_LIMIT).optional(),
  continue: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
};

/** Parameters every SDK list call may send besides paging. */
export const resourceListParams = {
  name: exactParam.optional(),
  names: csvList.optional(),
  guids: csvList.optional(),
  labelSelector: labelSelectorParam.optional(),
  regions: regionsParam.optional(),
};
