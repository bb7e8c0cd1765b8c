// Testing the tabs over the mock platform in jsdom (default world, seed 1): its deployments, the filters the router's
// URL holds, and a real size for the virtualised lists (jsdom lays nothing out).
import type { Location } from 'react-router';
import { api, paths, readDeployment, type DeploymentResource } from '../../api';

export const WAREHOUSE_HYBRID = 'dep-3gaxc0pr2ss0uf9js87b';
export const NAV_AMR_01 = 'dep-fekspvxepadclfqfczl7';
export const NAV_AMR_02 = 'dep-swyc9mvu6q1mpauzl7tm';
export const NAV_AMR_03 = 'dep-ery2g6dq9zumwrcq8yp6';
export const TELEOP_LAB = 'dep-xc68unbc8a4o1p5805ko';
export const VISION_LINE = 'dep-cji8h6k5cmogmmbcdw2y';

export function giveElementsASize(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 440 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
}

export const loadDeployment = (id: string): Promise<DeploymentResource> => readDeployment(id);

export async function advanceClock(ms: number): Promise<void> {
  await api.post('simulatorStatus', paths.simulator.advance(), { ms });
}

/** The filters in the router's address, e.g. `searchOf(renderWithApp(…).router).get('source')`. */
export const searchOf = (router: { state: { location: Location } }) => new URLSearchParams(router.state.location.search);
