import { describe, expect, it } from 'vitest';
import { inApplyOrder } from './world-order';

const doc = (kind: string, name: string, depends: string[] = []) => ({ kind, metadata: { name }, spec: { depends: depends.map((nameOrGUID) => ({ kind: 'deployment', nameOrGUID })) } });

describe('inApplyOrder', () => {
  it('orders by kind, and deployments after those they depend on', () => {
    const order = inApplyOrder({
      Secret: [doc('Secret', 's')],
      Device: [doc('Device', 'd')],
      Disk: [],
      Network: [doc('Network', 'n')],
      Package: [doc('Package', 'p')],
      Deployment: [doc('Deployment', 'b', ['a']), doc('Deployment', 'a')],
    });
    expect(order.map((d) => (d['metadata'] as { name: string }).name)).toEqual(['s', 'd', 'n', 'p', 'a', 'b']);
  });
});
