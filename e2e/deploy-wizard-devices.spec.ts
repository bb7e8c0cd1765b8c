// The device picker against the Devices page's data (GET /api/v2/devices): every online device that matches the
// component is enabled, every other one is listed disabled with its reason; refreshing picks up a device that
// came online.
import { expect, test } from './support/fixtures';
import { deviceGroup, devicePicker, openWizard, option } from './deploy-wizard-helpers';

interface Device {
  metadata: { name: string; guid: string };
  spec: { architecture: string; runtimes: string[]; rosDistro?: string };
  status: { status: string };
}

const cases = [
  { pkg: 'nav-stack', component: 'navigation', architecture: 'amd64', runtime: 'docker', ros: 'noetic' },
  { pkg: 'turtlebot-teleop', component: 'teleop', architecture: 'amd64', runtime: 'preinstalled', ros: 'melodic' },
  { pkg: 'sensor-gateway', component: 'gateway', architecture: 'arm32v7', runtime: 'docker', ros: undefined },
];

for (const c of cases) {
  test(`the picker for ${c.pkg} enables exactly the online ${c.architecture} ${c.runtime} devices`, async ({ page }) => {
    const { sim } = await openWizard(page, c.pkg);
    const devices: Device[] = (await sim.get('/api/v2/devices')).items;
    const picker = devicePicker(deviceGroup(page, c.component));
    await expect(picker.getByRole('option')).toHaveCount(devices.length + 1);
    let enabled = 0;
    for (const d of devices) {
      const reasons = [
        d.status.status !== 'ONLINE' && 'offline',
        d.spec.architecture !== c.architecture && 'wrong architecture',
        !d.spec.runtimes.includes(c.runtime) && 'wrong runtime',
        c.ros && d.spec.rosDistro !== c.ros && 'ROS distro mismatch',
      ].filter((r): r is string => Boolean(r));
      const item = option(picker, d.metadata.name);
      await expect(item).toContainText(`${d.metadata.name} · ${d.spec.architecture} · `);
      if (reasons.length === 0) {
        enabled += 1;
        await expect(item).toBeEnabled();
        await expect(item).not.toContainText('unavailable');
      } else {
        await expect(item).toBeDisabled();
        for (const reason of reasons) await expect(item).toContainText(reason);
      }
    }
    expect(enabled).toBeGreaterThan(0);
    await expect(deviceGroup(page, c.component).getByText(`${enabled} of ${devices.length} devices can run ${c.component}`)).toBeVisible();
  });
}

test('Refresh the list of online devices shows a device brought online in the simulator', async ({ page }) => {
  const { sim } = await openWizard(page, 'nav-stack');
  const devices: Device[] = (await sim.get('/api/v2/devices')).items;
  const amr03 = devices.find((d) => d.metadata.name === 'warehouse-amr-03')!;
  const group = deviceGroup(page, 'navigation');
  const picker = devicePicker(group);
  await expect(option(picker, 'warehouse-amr-03')).toBeDisabled();
  await expect(option(picker, 'warehouse-amr-03')).toHaveText(/unavailable: offline/);

  await sim.fault({ kind: 'device-online', deviceId: amr03.metadata.guid });
  await group.getByRole('button', { name: 'Refresh the list of online devices' }).click();
  await expect(option(picker, 'warehouse-amr-03')).toBeEnabled();
  await expect(option(picker, 'warehouse-amr-03')).toHaveText('warehouse-amr-03 · amd64 · Docker');
  await expect(group.getByText('4 of 14 devices can run navigation')).toBeVisible();
});
