import { describe, expect, it } from 'vitest';
import type { PackageTelemetry } from '../contract';
import { platformPackage, type PlatformPackage } from '../contract/platform';
import { toPackageView, toPackageViews } from './package-view';

const doc = (name: string, guid: string, labels: Record<string, string> = {}): PlatformPackage =>
  platformPackage.parse({
    apiVersion: 'apiextensions.rapyuta.io/v1',
    kind: 'Package',
    metadata: { name, guid, version: '1.0.0', description: 'Yard agent', labels, region: 'jp', createdAt: '2026-12-01T09:00:00.000Z' },
    spec: {
      runtime: 'device',
      device: { arch: 'arm64v8', restart: 'onfailure' },
      executables: [{ name: 'agent', type: 'docker', command: ['agent', '--serve'], docker: { image: 'registry.example.com/agent:1.2.0' } }],
      ros: { enabled: true, version: 'noetic', rosEndpoints: [{ type: 'topic', name: '/odom' }] },
    },
  });

const telemetry = (documents: PackageTelemetry['documents']): PackageTelemetry => ({
  apiVersion: 'api.rapyuta.io/v2',
  kind: 'PackageTelemetry',
  metadata: { guid: 'pkg-h', name: 'hybrid', version: '1.0.0', description: 'Both halves' },
  documents,
  builds: { 'robot/agent': [{ tag: '1.2.0', sizeMB: 80, pushedAt: '2026-12-01T09:00:00.000Z', available: true }] },
  activeDeployments: 3,
});

describe('the console’s view of served package documents', () => {
  it('reads a platform document without telemetry as a package of one component, with no builds and no users', () => {
    const view = toPackageView([doc('yard-agent', 'pkg-a', { team: 'yard' })]);
    expect(view.metadata).toMatchObject({ name: 'yard-agent', guid: 'pkg-a', version: '1.0.0', description: 'Yard agent', labels: { team: 'yard' }, region: 'jp' });
    expect(view.spec.components[0]).toMatchObject({
      name: 'yard-agent',
      runtime: 'device',
      architecture: 'arm64v8',
      restart: 'onfailure',
      ros: { enabled: true, distro: 'noetic', topics: ['/odom'], services: [] },
      executables: [{ name: 'agent', type: 'docker', image: 'registry.example.com/agent', tag: '1.2.0', command: 'agent --serve', builds: [] }],
    });
    expect(view.spec.components[0]?.configuration).toEqual({ 'spec.executables[0].command': ['agent', '--serve'] });
    expect(view.status.activeDeployments).toBe(0);
  });

  it('joins the documents a telemetry entry names into one package with their builds and users, hiding Gantry’s labels', () => {
    const labels = (component: string) => ({ 'gantry.rapyuta.io/package': 'hybrid', 'gantry.rapyuta.io/component': component });
    const views = toPackageViews(
      [doc('hybrid-robot', 'pkg-h-robot', labels('robot')), doc('hybrid-planner', 'pkg-h-planner', labels('planner'))],
      [telemetry([{ guid: 'pkg-h-planner', component: 'planner', description: 'Plans' }, { guid: 'pkg-h-robot', component: 'robot', description: 'Drives' }])],
    );
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view?.metadata).toMatchObject({ name: 'hybrid', guid: 'pkg-h', description: 'Both halves', labels: {} });
    expect(view?.spec.components.map((c) => [c.name, c.description])).toEqual([['planner', 'Plans'], ['robot', 'Drives']]);
    expect(view?.spec.components[1]?.executables[0]?.builds).toHaveLength(1);
    expect(view?.status.activeDeployments).toBe(3);
  });
});
