// The platform's documents come back as the platform's documents: each package and deployment fixture (cloud and
// device, ROS or not, docker and preInstalled), posted as it is, is served with the spec it was given — the fields
// Gantry simulates and the ones it only keeps — and with only the platform's top-level keys.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { servedDeployment, servedPackage } from '../../src/api/contract';
import { advanceUntil, get, ok, post, setupMockPlatform } from './harness';

setupMockPlatform();

type Doc = { kind: string; metadata: { name: string; version?: string }; spec: Record<string, unknown> };

const fixture = (file: string): Doc[] =>
  parseAllDocuments(readFileSync(new URL(`./fixtures/platform/${file}`, import.meta.url), 'utf8')).map((d) => d.toJSON() as Doc);

const ENDPOINT: Record<string, string> = { Secret: 'secrets', Device: 'devices', Disk: 'disks', Network: 'networks', Package: 'packages', Deployment: 'deployments' };

async function apply(files: string[]): Promise<Doc[]> {
  const docs = files.flatMap(fixture);
  for (const doc of docs) {
    const reply = await post(`api/v2/${ENDPOINT[doc.kind] ?? ''}/`, doc);
    if (reply.status !== 201) throw new Error(`${doc.kind} ${doc.metadata.name}: ${JSON.stringify(reply.body)}`);
    // As `rio apply` waits for a network, and for a deployment before the ones that depend on it.
    const status = async () => (await get(`api/v2/${ENDPOINT[doc.kind] ?? ''}/${doc.metadata.name}`)).body as { status?: { phase?: string; status?: string } };
    if (doc.kind === 'Network') await advanceUntil(async () => (await status()).status?.status === 'Running');
    if (doc.kind === 'Deployment') await advanceUntil(async () => ['Provisioning', 'Succeeded'].includes((await status()).status?.phase ?? ''));
  }
  return docs;
}

const WORLD = ['secret-docker.yaml', 'devices.yaml', 'disk.yaml', 'network-routed-cloud.yaml', 'network-routed-device.yaml'];
const PACKAGES = ['package-ros-device.yaml', 'package-nonros-device.yaml', 'package-ros-cloud.yaml', 'package-nonros-cloud.yaml'];
const DEPLOYMENTS = ['deployment-ros-cloud.yaml', 'deployment-ros-device.yaml', 'deployment-nonros-device.yaml', 'deployment-nonros-cloud.yaml'];

describe('documents served as they were given', () => {
  it('serves each package fixture with its spec, as the platform writes it', async () => {
    const docs = (await apply([...WORLD, ...PACKAGES])).filter((d) => d.kind === 'Package');
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const doc of docs) {
      const reply = await get(`api/v2/packages/${doc.metadata.name}/?version=${doc.metadata.version ?? ''}`);
      expect(Object.keys(reply.body as object).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
      const served = ok(reply, servedPackage);
      expect({ name: doc.metadata.name, spec: served.spec }).toMatchObject({ name: doc.metadata.name, spec: doc.spec });
    }
  });

  it('serves each deployment fixture with its spec, references by guid', async () => {
    await apply([...WORLD, ...PACKAGES]);
    const docs = await apply(DEPLOYMENTS);
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const doc of docs) {
      const reply = await get(`api/v2/deployments/${doc.metadata.name}/`);
      expect(Object.keys(reply.body as object).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
      const served = ok(reply, servedDeployment);
      // References come back by guid, as a server writes them; everything else as it was given.
      const byName = (spec: Record<string, unknown>) => JSON.parse(JSON.stringify(spec, (k, v: unknown) => (k === 'nameOrGUID' ? '<ref>' : v)));
      const { depends: _depends, ...rest } = doc.spec;
      expect({ name: doc.metadata.name, spec: byName(served.spec) }).toMatchObject({ name: doc.metadata.name, spec: byName(rest) });
    }
  });
});
