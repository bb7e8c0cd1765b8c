import { describe, expect, it } from 'vitest';
import { createPlatform } from '../platform';
import { SCENARIO_NOW } from '../state';
import type { DeploymentFilter } from '../api';
import type { Deployment } from '../types';
import { expectLegalHistories } from '../test-support/histories';
import { PERSISTENT_VOLUME_PACKAGE } from '../../vocabulary';
import { listScenarios } from '.';

const ALL: DeploymentFilter = { phases: ['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'Stopped', 'FailedToUpdate'] };

describe('scenarios', () => {
  it('lists default, empty-networks and fleet-scale first, then the gallery (gallery.test.ts)', () => {
    expect(listScenarios().slice(0, 3).map((s) => s.name)).toEqual(['default', 'empty-networks', 'fleet-scale']);
    expect(listScenarios().slice(0, 3).every((s) => s.topic === 'world' && s.focus === undefined)).toBe(true);
    expect(listScenarios().every((s) => s.title && s.description)).toBe(true);
    expect(() => createPlatform({ scenario: 'nope' })).toThrow(/unknown scenario/);
  });

  describe('default', () => {
    const p = createPlatform({ seed: 1 });
    const state = p.getState();
    const byName = (name: string) => p.listDeployments({ ...ALL, search: name }).find((d) => d.name === name) as Deployment;

    it('is handed over at a fixed time', () => {
      expect(p.now()).toBe(SCENARIO_NOW);
      expect(new Date(p.now()).toISOString()).toBe('2026-11-26T08:00:00.000Z');
    });

    it('has a varied catalog with realistic builds', () => {
      const packages = p.listPackages();
      expect(packages.length).toBeGreaterThanOrEqual(8);
      const components = packages.flatMap((pkg) => pkg.components);
      expect(packages.some((pkg) => pkg.components.every((c) => c.runtime === 'cloud'))).toBe(true);
      expect(packages.some((pkg) => pkg.components.every((c) => c.runtime === 'device'))).toBe(true);
      expect(packages.some((pkg) => new Set(pkg.components.map((c) => c.runtime)).size === 2)).toBe(true);
      expect(components.some((c) => c.ros.enabled) && components.some((c) => !c.ros.enabled)).toBe(true);
      expect(new Set(components.filter((c) => c.runtime === 'device').map((c) => c.architecture))).toEqual(new Set(['amd64', 'arm32v7', 'arm64v8']));
      expect(components.some((c) => c.executables.some((e) => e.type === 'preInstalled'))).toBe(true);
      expect(p.getPackage(PERSISTENT_VOLUME_PACKAGE)?.name).toBe('io-public-persistent-volume');
      for (const e of components.flatMap((c) => c.executables).filter((e) => e.type === 'docker')) {
        expect(e.builds.length).toBeGreaterThanOrEqual(3);
        expect(e.builds.length).toBeLessThanOrEqual(5);
        for (const b of e.builds) expect(b.sizeMB >= 50 && b.sizeMB <= 2500).toBe(true);
        expect(e.builds[0]?.tag).toBe(e.tag);
      }
    });

    it('has a varied fleet of devices, some offline', () => {
      const devices = p.listDevices();
      expect(devices.length).toBeGreaterThanOrEqual(12);
      expect(new Set(devices.map((d) => d.architecture))).toEqual(new Set(['amd64', 'arm32v7', 'arm64v8']));
      expect(new Set(devices.map((d) => d.runtimes.join('+')))).toEqual(new Set(['docker', 'preinstalled', 'docker+preinstalled']));
      expect(new Set(devices.map((d) => d.rosDistro))).toEqual(new Set(['melodic', 'noetic', 'foxy']));
      expect(devices.filter((d) => !d.online).length).toBeGreaterThanOrEqual(2);
    });

    it('has running cloud and device routed networks and an Available volume', () => {
      const running = p.listNetworks().filter((n) => n.phase === 'Succeeded' && n.status === 'Running');
      expect(new Set(running.map((n) => n.runtime))).toEqual(new Set(['cloud', 'device']));
      expect(p.listVolumes().some((v) => v.phase === 'Available')).toBe(true);
      expect(p.listVolumes().some((v) => v.phase === 'Bound')).toBe(true);
    });

    it('has deployments in every interesting phase', () => {
      expect(byName('nav-amr-01')).toMatchObject({ phase: 'Succeeded', status: 'Running' });
      expect(byName('vision-line-2')).toMatchObject({ phase: 'Provisioning', status: 'Pending' });
      expect(byName('vision-line-2').components[0]?.executables.find((e) => e.name === 'detector')?.stage).toBe('pulling');
      expect(byName('nav-lab-02')).toMatchObject({ phase: 'FailedToStart', errorCodes: ['DEP_E162'] });
      expect(byName('nav-amr-03')).toMatchObject({ status: 'Error', errorCodes: ['DEP_E151'] });
      expect(byName('telemetry-staging')).toMatchObject({ phase: 'Stopped' });
      expect(byName('nav-amr-02')).toMatchObject({ status: 'Error', errorCodes: ['DEP_E163'] });
      expect(byName('nav-amr-02').components[0]?.executables.find((e) => e.name === 'localization')?.restartCount).toBeGreaterThan(3);
      expect(byName('fleet-manager-prod').generation).toBe(2);
      expectLegalHistories(state);
    });

    it('has a day of cloud-bridge warnings, caused by the cloud network link and busiest in its hiccup', () => {
      const fleet = byName('fleet-manager-prod');
      const histogram = p.warningHistogram(fleet.id, 'fleet-core');
      expect(histogram.ok).toBe(true);
      if (!histogram.ok) return;
      expect(histogram.value.filter((b) => b.count > 0).length).toBeGreaterThanOrEqual(18);
      const busiest = Math.max(...histogram.value.map((b) => b.count));
      expect(busiest).toBeGreaterThan(100);
      expect(state.networks.find((n) => n.name === 'cloud-routed-net')?.link?.flapping).toEqual({ downSeconds: 4, upSeconds: 1796 });
      for (const bar of histogram.value) {
        const page = p.getLogs(fleet.id, { source: 'fleet-manager-prod-fleet-core-cb', text: 'WARN', from: bar.from, to: bar.to - 1, limit: 0 });
        expect(page.ok && page.value.total).toBe(bar.count);
      }
    });

    it('replays identically from the same seed, and differently from another', () => {
      const again = createPlatform({ seed: 1 }).getState();
      expect(JSON.stringify(again)).toBe(JSON.stringify(state));
      const other = createPlatform({ seed: 2 }).getState();
      expect(JSON.stringify(other)).not.toBe(JSON.stringify(state));
      expect(other.deployments.map((d) => [d.name, d.phase])).toEqual(state.deployments.map((d) => [d.name, d.phase]));
    });
  });

  it('empty-networks has no routed network running, so ROS packages cannot be deployed', () => {
    const p = createPlatform({ scenario: 'empty-networks', seed: 4 });
    expect(p.listNetworks().filter((n) => n.status === 'Running')).toEqual([]);
    const nav = p.listPackages().find((x) => x.name === 'nav-stack');
    const amr = p.listDevices().find((d) => d.name === 'warehouse-amr-01');
    const r = p.deploy({ name: 'nav', packageId: nav?.id ?? '', components: { navigation: { deviceId: amr?.id ?? '' } } });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'network-required', field: 'routedNetworkId' });
    expect(p.listDeployments().every((d) => d.phase === 'Succeeded')).toBe(true);
    expectLegalHistories(p.getState());
  });
});
