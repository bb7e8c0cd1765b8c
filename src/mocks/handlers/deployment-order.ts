// The order the deployments list is read in. A search keystroke reads the list anew, and sorting a fleet of 10,000
// on each one costs more than the search itself; the handlers run on the page's own thread.
import type { DeploymentListQuery } from '../../api/contract';
import type { Deployment } from '../../platform/types';
import { DEPLOYMENT_PHASES, DEPLOYMENT_STATUSES } from '../../vocabulary';

type Sort = DeploymentListQuery['sort'];

export function sorter(sort: Sort): (a: Deployment, b: Deployment) => number {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const cmp = (a: Deployment, b: Deployment): number => {
    switch (key) {
      case 'name':
        return a.name.localeCompare(b.name);
      case 'phase':
        return DEPLOYMENT_PHASES.indexOf(a.phase) - DEPLOYMENT_PHASES.indexOf(b.phase);
      case 'status':
        return DEPLOYMENT_STATUSES.indexOf(a.status) - DEPLOYMENT_STATUSES.indexOf(b.status);
      default:
        return a.createdAt - b.createdAt;
    }
  };
  // Ids are `dep-` and lower-case letters and digits, which compare by code unit as `localeCompare` orders them, at a
  // fraction of its cost: at fleet scale most deployments share a creation time, so most comparisons get here.
  return (a, b) => (desc ? -cmp(a, b) : cmp(a, b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Orders that only read what never changes (creation time, name, id). Phase and status move as the world runs. */
const FIXED: ReadonlySet<Sort> = new Set<Sort>(['createdAt', '-createdAt', 'name', '-name']);

// Per world (its array of deployments, which only ever grows): every deployment in each fixed order asked for.
const orders = new WeakMap<readonly Deployment[], { count: number; bySort: Map<Sort, Deployment[]> }>();

/** Every deployment of the world in a fixed order, sorted once per world and size. */
function fixedOrder(all: readonly Deployment[], sort: Sort): Deployment[] {
  let world = orders.get(all);
  if (world?.count !== all.length) {
    world = { count: all.length, bySort: new Map() };
    orders.set(all, world);
  }
  let sorted = world.bySort.get(sort);
  if (!sorted) {
    sorted = [...all].sort(sorter(sort));
    world.bySort.set(sort, sorted);
  }
  return sorted;
}

/**
 * Sorts the world's deployments newest first, the order the console's home screen reads, when that is not done yet:
 * at fleet scale a sort costs more than the rest of a list page.
 */
export const prepareNewestFirst = (all: readonly Deployment[]): void => void fixedOrder(all, '-createdAt');

/**
 * `matching` (drawn from `all`) in the order asked for. A fixed order is sorted once per world and size and then
 * only filtered; the others are sorted on each request.
 */
export function inOrder(all: readonly Deployment[], matching: Deployment[], sort: Sort): Deployment[] {
  if (!FIXED.has(sort)) return matching.sort(sorter(sort));
  const keep = new Set(matching);
  return fixedOrder(all, sort).filter((d) => keep.has(d));
}
