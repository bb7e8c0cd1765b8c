// The list filters every resource shares, applied to engine objects. Each filter given narrows the list.
import { SIMULATED_REGION } from '../api/contract/values';
import type { LabelRequirement, PlatformRegion } from '../api/contract';
import { labelsMatch } from '../platform';

export interface ResourceFilters {
  name?: string;
  names?: string[];
  guids?: string[];
  labelSelector?: LabelRequirement[];
  regions?: PlatformRegion[];
}

/** `name` and `names` both narrow: a resource must be named by each one given. */
export function namesOf(name: string | undefined, names: string[] | undefined): string[] | undefined {
  if (name === undefined) return names;
  return names === undefined ? [name] : names.filter((n) => n === name);
}

/** Every simulated resource lives in one region, so a region filter keeps all of them or none. */
export const inRegions = (regions: PlatformRegion[] | undefined) => regions === undefined || regions.includes(SIMULATED_REGION);

/** A predicate for resources that have a name, an id and labels. */
export function resourceMatcher(f: ResourceFilters): (r: { id: string; name: string; labels?: Record<string, string> }) => boolean {
  const names = namesOf(f.name, f.names);
  const nameSet = names && new Set(names);
  const guidSet = f.guids && new Set(f.guids);
  const region = inRegions(f.regions);
  return (r) =>
    region &&
    (nameSet === undefined || nameSet.has(r.name)) &&
    (guidSet === undefined || guidSet.has(r.id)) &&
    (f.labelSelector === undefined || labelsMatch(r.labels ?? {}, f.labelSelector));
}
