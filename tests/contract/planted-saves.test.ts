// Saved states planted with hostile values: whatever the restore check lets through, no endpoint answers 5xx.
// Each case changes one value of a real save (a time, a name, a reference, a missing field) and then reads every
// endpoint and moves the clock.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createPlatform, migrateState } from '../../src/platform';
import type { PlatformState } from '../../src/platform';
import { createHandlers, createMockHost } from '../../src/mocks/node';

const BASE = 'http://localhost/';
const HOSTILE: unknown[] = [null, -1, 0, 1.5, 1e16, 1e300, '', 'toString', '__proto__', 'constructor', {}, [], true, 'DEP_E999'];

function mulberry(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Node = Record<string, unknown> | unknown[];
/** Every container in the state with one of its keys, skipping long lists' tails so each case stays cheap. */
function slots(root: Node): [Node, string | number][] {
  const out: [Node, string | number][] = [];
  const walk = (node: unknown) => {
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.slice(0, 3).map((v, i) => [i, v])
      : typeof node === 'object' && node !== null
        ? Object.entries(node)
        : [];
    for (const [key, value] of entries) {
      out.push([node as Node, key]);
      walk(value);
    }
  };
  walk(root);
  return out;
}

async function answers(state: PlatformState): Promise<string[]> {
  const host = createMockHost({ state });
  const handlers = createHandlers(host, { baseUrl: BASE });
  const failures: string[] = [];
  const ask = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
    const response = await getResponse(handlers, new Request(new URL(path, BASE), init));
    if (!response || response.status >= 500) failures.push(`${method} ${path}: ${response?.status} ${response ? await response.text() : ''}`);
  };
  const p = host.platform();
  const deployments = p.listDeployments({ phases: ['InProgress', 'Provisioning', 'Succeeded', 'FailedToStart', 'PartiallyDeprovisioned', 'Stopped', 'FailedToUpdate'] });
  for (const path of ['packages', 'deployments?phases=all', 'deployments?sort=phase', 'devices', 'networks?phases=all', 'disks', 'me']) await ask('GET', `api/v2/${path}`);
  for (const path of ['status', 'events', 'scenarios', 'network']) await ask('GET', `api/simulator/${path}`);
  for (const pkg of p.listPackages().slice(0, 3)) await ask('GET', `api/v2/packages/${encodeURIComponent(pkg.id)}`);
  for (const d of deployments.slice(0, 3)) {
    const id = encodeURIComponent(d.id);
    for (const sub of ['', '/history', '/logs', '/events']) await ask('GET', `api/v2/deployments/${id}${sub}`);
    for (const c of d.components) await ask('GET', `api/v2/deployments/${id}/components/${encodeURIComponent(c.name)}/warnings`);
  }
  await ask('POST', 'api/simulator/clock/advance', { ms: 3_600_000 });
  await ask('GET', 'api/v2/deployments?phases=all');
  return failures;
}

describe('planted saves', () => {
  const original = createPlatform({ scenario: 'default', seed: 5 });
  original.advance(10 * 60_000);
  const saved = JSON.stringify(original.getState());

  it.each(['missing', 'toString', '__proto__'])('references that all name %s, and names that are all that, answer no 5xx', async (ref) => {
    const state = JSON.parse(saved) as PlatformState;
    for (const d of state.deployments) {
      Object.assign(d, { packageId: ref, routedNetworkId: ref, dependencies: [ref], name: ref, packageName: ref, labels: JSON.parse(`{"${ref}": "${ref}"}`) });
      d.volumes = d.volumes.map((v) => ({ ...v, volumeId: ref, component: ref }));
      for (const c of d.components) Object.assign(c, { deviceId: ref, name: ref, alias: ref });
      for (const h of d.history) Object.assign(h.config, { routedNetworkId: ref, dependencies: [ref], components: h.config.components.map((c) => ({ ...c, deviceId: ref, name: ref })) });
    }
    for (const n of state.networks) Object.assign(n, { deviceId: ref, name: ref });
    for (const v of state.volumes) Object.assign(v, { boundTo: ref, name: ref });
    for (const dev of state.devices) if (dev.rosMaster) dev.rosMaster.ownerDeploymentId = ref;
    for (const t of state.timers) Object.assign(t, { target: ref, component: ref, executable: ref });
    for (const l of state.logs) Object.assign(l, { deploymentId: ref, component: ref, source: ref });
    for (const e of state.events) e.deploymentId = ref;
    expect(migrateState(state).ok).toBe(true);
    expect(await answers(state)).toEqual([]);
  });

  it('no single hostile value that passes the restore check makes an endpoint answer 5xx', async () => {
    const random = mulberry(20251207);
    const failures: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 200 && failures.length < 5; i++) {
      const state = JSON.parse(saved) as PlatformState;
      const all = slots(state as unknown as Node);
      const [node, key] = all[Math.floor(random() * all.length)]!;
      const value = HOSTILE[Math.floor(random() * (HOSTILE.length + 1))];
      if (value === undefined && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
      else (node as Record<string | number, unknown>)[key] = value ?? null;
      if (!migrateState(state).ok) continue;
      accepted++;
      const found = await answers(state);
      failures.push(...found.map((f) => `${key} = ${JSON.stringify(value)}: ${f.slice(0, 300)}`));
    }
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});
