// Clashes on a routed network (a duplicate alias or ROS service origin) are between two deployments: when one of
// them leaves or changes, the other's bridge is checked again, so the cure of a clash is to remove one side of it.
import type { Ctx } from '../context';
import { deploymentsIn } from '../indexes';
import { settle } from '../status';
import type { Deployment } from '../types';
import { inConflict, refreshBridge } from './bridges';

/**
 * `d` left its routed network or changed there (deprovisioned, partly deprovisioned, updated, given another alias):
 * the other deployments' bridges that clashed with something on the network are checked again, and those whose
 * clash is gone route again. Bridges without a clash are left alone: the first of two origins keeps routing.
 */
export function recheckNetworkPeers(ctx: Ctx, d: Deployment): void {
  if (d.routedNetworkId === undefined) return;
  for (const other of deploymentsIn(ctx.idx, ctx.idx.byNetwork.get(d.routedNetworkId))) {
    if (other === d) continue;
    let touched = false;
    for (const comp of other.components) {
      if (comp.deprovisioned || !inConflict(comp)) continue;
      refreshBridge(ctx, other, comp);
      touched = true;
    }
    if (touched) settle(ctx, other);
  }
}
