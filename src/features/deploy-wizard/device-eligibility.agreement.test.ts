// The picker's filter agrees with the platform: over the default world, a device the picker offers is accepted by
// POST /api/v2/deployments, and one it refuses for being offline or lacking a runtime is refused by the platform too.
// (The architecture and ROS distro checks are the ones the platform makes later, when the deployment starts:
// DEP_E162; the picker makes them up front so the operator never picks a device bound to fail.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackageList, type DeploymentResource, type DeviceList, type NetworkList } from '../../api';
import { createMockServer } from '../../mocks/node';
import { ineligibilityReasons } from './device-eligibility';

const { server } = createMockServer({ seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const get = async <T,>(path: string): Promise<T> => (await fetch(`http://localhost/api/v2/${path}`)).json() as Promise<T>;

describe('device eligibility agrees with the platform', () => {
  it('accepts exactly the devices the picker offers (architecture and ROS distro aside)', async () => {
    // Packages as the console reads them (their documents joined with the simulation's telemetry).
    const [packages, devices, networks] = await Promise.all([readPackageList(), get<DeviceList>('devices'), get<NetworkList>('networks')]);
    const cloudNet = networks.items.find((n) => n.spec.runtime === 'cloud' && n.status.status === 'Running')!;
    let n = 0;
    for (const pkg of packages.items) {
      const onDevice = pkg.spec.components.filter((c) => c.runtime === 'device');
      if (onDevice.length !== 1) continue;
      const spec = onDevice[0]!;
      for (const device of devices.items) {
        const reasons = ineligibilityReasons(spec, device).filter((r) => !r.startsWith('ROS distro') && !r.startsWith('wrong architecture'));
        const res = await fetch('http://localhost/api/v2/deployments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            metadata: { name: `agree-${n++}`, depends: { kind: 'package', nameOrGUID: pkg.metadata.guid } },
            spec: {
              components: { [spec.name]: { device: { depends: { kind: 'device', nameOrGUID: device.metadata.guid } } } },
              ...(pkg.spec.components.some((c) => c.ros.enabled) ? { rosNetworks: [{ depends: { kind: 'network', nameOrGUID: cloudNet.metadata.guid } }] } : {}),
            },
          }),
        });
        const body = (await res.json()) as DeploymentResource & { code?: string };
        expect({ pkg: pkg.metadata.name, device: device.metadata.name, accepted: res.status === 201 }).toEqual({
          pkg: pkg.metadata.name,
          device: device.metadata.name,
          accepted: reasons.length === 0,
        });
        if (res.status !== 201) expect(body.code).toMatch(/^device-/);
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
