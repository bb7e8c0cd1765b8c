// The catalog's search and filters, kept in the URL so a filtered view survives a reload and can be shared.
import type { Architecture, RosDistro } from '../../../api';
import { architectureLabel, rosDistroLabel } from '../../../lib/labels';
import { ARCHITECTURES, ROS_DISTROS } from '../../../vocabulary';
import { RUNTIME_KINDS, type PackageSummary, type RuntimeKind } from './package-summary';

/** `ros`: any ROS component; `non-ros`: no ROS component; a distro: a component on that distro. */
export type RosFilter = 'ros' | 'non-ros' | RosDistro;

export interface CatalogFilters {
  search: string;
  runtime?: RuntimeKind;
  architecture?: Architecture;
  ros?: RosFilter;
}

export const ROS_FILTERS: readonly RosFilter[] = ['ros', 'non-ros', ...ROS_DISTROS];

export const SEARCH_PARAMS = { search: 'q', runtime: 'runtime', architecture: 'arch', ros: 'ros' } as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

/** Unknown values (a hand-edited or outdated link) are ignored rather than matching nothing. */
export function filtersFromSearch(params: URLSearchParams): CatalogFilters {
  const filters: CatalogFilters = { search: params.get(SEARCH_PARAMS.search) ?? '' };
  const runtime = oneOf(RUNTIME_KINDS, params.get(SEARCH_PARAMS.runtime));
  const architecture = oneOf(ARCHITECTURES, params.get(SEARCH_PARAMS.architecture));
  const ros = oneOf(ROS_FILTERS, params.get(SEARCH_PARAMS.ros));
  if (runtime) filters.runtime = runtime;
  if (architecture) filters.architecture = architecture;
  if (ros) filters.ros = ros;
  return filters;
}

/** Sets one filter from a control's raw value (`''` clears it), leaving other parameters alone. */
export function withFilter(params: URLSearchParams, key: keyof CatalogFilters, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(SEARCH_PARAMS[key], value);
  else next.delete(SEARCH_PARAMS[key]);
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(SEARCH_PARAMS)) next.delete(name);
  return next;
}

export const hasActiveFilters = (filters: CatalogFilters) =>
  Boolean(filters.search.trim() || filters.runtime || filters.architecture || filters.ros);

const words = (search: string) => search.toLowerCase().split(/\s+/).filter(Boolean);

function matchesRos(pkg: PackageSummary, ros: RosFilter): boolean {
  if (ros === 'ros') return pkg.isRos;
  if (ros === 'non-ros') return !pkg.isRos;
  return pkg.rosDistros.includes(ros);
}

export function matchesFilters(pkg: PackageSummary, filters: CatalogFilters): boolean {
  if (filters.runtime && pkg.runtime !== filters.runtime) return false;
  if (filters.architecture && !pkg.architectures.includes(filters.architecture)) return false;
  if (filters.ros && !matchesRos(pkg, filters.ros)) return false;
  return words(filters.search).every((word) => pkg.searchText.includes(word));
}

export function runtimeKindLabel(runtime: RuntimeKind): string {
  return { cloud: 'Cloud', device: 'Device', hybrid: 'Hybrid' }[runtime];
}

export function rosFilterLabel(ros: RosFilter): string {
  if (ros === 'ros') return 'ROS (any distro)';
  if (ros === 'non-ros') return 'Non-ROS';
  return `ROS ${rosDistroLabel(ros)}`;
}

export interface ActiveFilter {
  key: keyof CatalogFilters;
  /** How the filter reads in a sentence, e.g. `runtime Hybrid`. */
  phrase: string;
}

/** The active filters in words, for telling the operator what to loosen when nothing matches. */
export function describeFilters(filters: CatalogFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.search.trim()) active.push({ key: 'search', phrase: `search “${filters.search.trim()}”` });
  if (filters.runtime) active.push({ key: 'runtime', phrase: `runtime ${runtimeKindLabel(filters.runtime)}` });
  if (filters.architecture) active.push({ key: 'architecture', phrase: `architecture ${architectureLabel(filters.architecture)}` });
  if (filters.ros) active.push({ key: 'ros', phrase: rosFilterLabel(filters.ros) });
  return active;
}
