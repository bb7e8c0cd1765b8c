// How the list reads its rows: in pages of the view's filter, the first of which the route starts reading as soon
// as the list is navigated to, before the screen has rendered.
import { deploymentQueries } from '../../api';
import type { DeploymentFilter } from '../../api';
import { readListView, toDeploymentFilter, type ListView } from './list-view';

/** Rows per request: a couple of screenfuls, small enough to answer a search keystroke at once and to refresh every
 * second while rows in view move. */
export const PAGE_SIZE = 50;

export type ListFilter = Omit<DeploymentFilter, 'continue'>;

export const listFilterOf = (view: ListView): ListFilter => toDeploymentFilter(view, PAGE_SIZE);

/** The query of one page (0 is the first) of the list. */
export const pageQuery = (filter: ListFilter, page: number) => deploymentQueries.list({ ...filter, continue: page * PAGE_SIZE });

/** The first page of the view an address asks for, as the screen will read it. */
export const firstPageQuery = (params: URLSearchParams) => pageQuery(listFilterOf(readListView(params)), 0);
