// What the Deployments list shows (search, filters, sort) and how it is written in the URL, so a reload or a shared
// link opens the same view. The URL keeps only what differs from the default view.
import { DEPLOYMENT_PHASES, DEPLOYMENT_SORTS, DEPLOYMENT_STATUSES } from '../../api';
import type { DeploymentFilter, DeploymentPhase, DeploymentSort, DeploymentStatus } from '../../api';
import type { SortState } from '../../components/data-table/data-table';
import { phaseLabel } from '../../lib/labels';
import { MOVING_PHASES } from '../../vocabulary';

export interface ListView {
  search: string;
  /** One phase, or every phase (stopped ones only with `showStopped`). */
  phase?: DeploymentPhase;
  /** Stopped deployments are left out unless asked for, as the platform's CLI does. */
  showStopped: boolean;
  /** Volume deployments (the deployments that provide cloud volumes) are left out unless asked for. */
  showVolumes: boolean;
  status?: DeploymentStatus;
  /** Package name or id. */
  package?: string;
  /** Device name or id. */
  device?: string;
  /** `key` or `key=value`. */
  label?: string;
  sort: DeploymentSort;
}

export const DEFAULT_SORT: DeploymentSort = '-createdAt';

export const DEFAULT_VIEW: ListView = { search: '', showStopped: false, showVolumes: false, sort: DEFAULT_SORT };

/** URL parameter names. */
const P = { search: 'q', phase: 'phase', stopped: 'stopped', volumes: 'volumes', status: 'status', package: 'package', device: 'device', label: 'label', sort: 'sort' };

const pick = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  raw ? values.find((v) => v.toLowerCase() === raw.trim().toLowerCase()) : undefined;

const text = (raw: string | null): string | undefined => raw?.trim() || undefined;

export function readListView(params: URLSearchParams): ListView {
  const view: ListView = {
    search: params.get(P.search) ?? '',
    showStopped: params.get(P.stopped) === '1',
    showVolumes: params.get(P.volumes) === '1',
    sort: pick(DEPLOYMENT_SORTS, params.get(P.sort)) ?? DEFAULT_SORT,
  };
  const phase = pick(DEPLOYMENT_PHASES, params.get(P.phase));
  const status = pick(DEPLOYMENT_STATUSES, params.get(P.status));
  const optional = { phase, status, package: text(params.get(P.package)), device: text(params.get(P.device)), label: text(params.get(P.label)) };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(view, { [key]: value });
  return view;
}

/** `current` with the view's parameters replaced; parameters that are not the list's are kept. */
export function writeListView(current: URLSearchParams, view: ListView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of Object.values(P)) next.delete(name);
  if (view.search.trim()) next.set(P.search, view.search);
  if (view.phase) next.set(P.phase, view.phase);
  if (view.showStopped) next.set(P.stopped, '1');
  if (view.showVolumes) next.set(P.volumes, '1');
  if (view.status) next.set(P.status, view.status);
  if (view.package) next.set(P.package, view.package);
  if (view.device) next.set(P.device, view.device);
  if (view.label) next.set(P.label, view.label);
  if (view.sort !== DEFAULT_SORT) next.set(P.sort, view.sort);
  return next;
}

/**
 * The search as typed, ahead of the URL: each keystroke writes the URL at once, but the screen reads the URL back a
 * moment later. `sent` is what the URL held when typing began and every text written since, in order.
 */
export interface TypedSearch {
  search: string;
  sent: string[];
}

/** After a keystroke: what was written before the URL's current search is dropped, so the list stays short. */
export function typeSearch(previous: TypedSearch | null, inUrl: string, search: string): TypedSearch {
  const since = previous?.sent.lastIndexOf(inUrl) ?? -1;
  return { search, sent: [...(previous && since >= 0 ? previous.sent.slice(since) : [inUrl]), search] };
}

/** The view the rows show: the typed search while the URL holds an echo of the typing; any other search in the URL
 * (filters cleared, Back pressed) wins. */
export function withTypedSearch(view: ListView, typed: TypedSearch | null): ListView {
  return typed && typed.sent.includes(view.search) && typed.search !== view.search ? { ...view, search: typed.search } : view;
}

/** The list query the server filters and sorts by. */
export function toDeploymentFilter(view: ListView, limit: number): Omit<DeploymentFilter, 'continue'> {
  const filter: Omit<DeploymentFilter, 'continue'> = { sort: view.sort, limit };
  if (view.phase) filter.phases = [view.phase];
  else if (view.showStopped) filter.phases = 'all';
  if (view.showVolumes) filter.volumeDeployments = true;
  if (view.status) filter.statuses = [view.status];
  if (view.search.trim()) filter.search = view.search.trim();
  if (view.package) filter.package = view.package;
  if (view.device) filter.device = view.device;
  if (view.label) filter.label = view.label;
  return filter;
}

/**
 * The query whose `total` counts the view's deployments that are still moving (In progress or Provisioning); none
 * when the phase filter rules those phases out. One row is enough: only the count is read.
 */
export function movingFilter(view: ListView): Omit<DeploymentFilter, 'continue'> | undefined {
  const phases = MOVING_PHASES.filter((phase) => !view.phase || phase === view.phase);
  if (phases.length === 0) return undefined;
  return { ...toDeploymentFilter(view, 1), phases, sort: DEFAULT_SORT };
}

export interface ActiveFilter {
  key: 'search' | 'phase' | 'status' | 'package' | 'device' | 'label';
  /** How the filter reads in a sentence, e.g. `status Error`. */
  text: string;
}

/** The filters that narrow the list, in the order the filter bar shows them; `packageName` turns a package id into words. */
export function activeFilters(view: ListView, packageName: (id: string) => string | undefined = () => undefined): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (view.search.trim()) out.push({ key: 'search', text: `search “${view.search.trim()}”` });
  if (view.phase) out.push({ key: 'phase', text: `phase ${phaseLabel(view.phase)}` });
  if (view.status) out.push({ key: 'status', text: `status ${view.status}` });
  if (view.package) out.push({ key: 'package', text: `package ${packageName(view.package) ?? view.package}` });
  if (view.device) out.push({ key: 'device', text: `device ${view.device}` });
  if (view.label) out.push({ key: 'label', text: `label ${view.label}` });
  return out;
}

/** The view without its narrowing filters; the sort and the stopped and volume toggles stay as chosen. */
export const clearFilters = (view: ListView): ListView => ({ search: '', showStopped: view.showStopped, showVolumes: view.showVolumes, sort: view.sort });

/** Table columns the server can sort by, keyed as the table's columns are. */
const SORT_COLUMNS: Record<string, string> = { name: 'name', createdAt: 'created', phase: 'phase', status: 'status' };

export function sortStateOf(sort: DeploymentSort): SortState {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  return { key: SORT_COLUMNS[field] ?? 'created', direction: descending ? 'descending' : 'ascending' };
}

export function sortFromState(state: SortState): DeploymentSort {
  const field = Object.keys(SORT_COLUMNS).find((f) => SORT_COLUMNS[f] === state.key) ?? 'createdAt';
  return pick(DEPLOYMENT_SORTS, `${state.direction === 'descending' ? '-' : ''}${field}`) ?? DEFAULT_SORT;
}
