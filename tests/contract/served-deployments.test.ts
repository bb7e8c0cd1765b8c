// Deployments on the wire are the platform's own documents: a one-component deployment is exactly the v2 shape (the
// SDK's model forbids unknown top-level keys and reads no Gantry field), several components are one document each,
// and what only the simulation knows is served apart, as telemetry.
import { describe, expect, it } from 'vitest';
import { deploymentTelemetry, deploymentTelemetryList, servedDeployment, servedDeploymentList, type ServedDeploymentList } from '../../src/api/contract';
import { GANTRY_LABELS } from '../../src/api/contract/platform';
import { deployCloud } from './fixtures';
import { deploymentsAt, get, ok, setupMockPlatform } from './harness';

setupMockPlatform();

const PLATFORM_STATUS_KEYS = ['dependencies', 'error_codes', 'executables_status', 'phase', 'status'];

describe('deployments as the platform serves them', () => {
  it('serves a one-component deployment as exactly one platform document', async () => {
    const created = await deployCloud();
    const reply = await get(`api/v2/deployments/${created.metadata.guid}/`);
    const raw = reply.body as Record<string, Record<string, unknown>>;
    expect(Object.keys(raw).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(raw.apiVersion).toBe('apiextensions.rapyuta.io/v1');
    const doc = ok(reply, servedDeployment);
    expect(doc.spec.runtime).toBe('cloud');
    expect(Object.keys(raw.spec ?? {})).not.toContain('components');
    expect(PLATFORM_STATUS_KEYS).toEqual(expect.arrayContaining(Object.keys(raw.status ?? {})));
    // Keyed by the executable's own name, with the platform's fields only.
    for (const [name, entry] of Object.entries(doc.status?.executables_status ?? {})) {
      expect(entry.name).toBe(name);
      expect(Object.keys(entry).every((k) => ['name', 'status', 'error_code', 'reason', 'restart_count', 'exit_code'].includes(k))).toBe(true);
    }
    expect(doc.metadata.depends).toMatchObject({ kind: 'package', nameOrGUID: created.metadata.depends.nameOrGUID });
    expect(doc.metadata.deletedAt).toBeNull();
  });

  it('serves a deployment of several components as one document per component, tied by labels, never split by paging', async () => {
    const all = ok(await get('api/v2/deployments/?name=warehouse-hybrid-a'), servedDeploymentList);
    expect(all.items.map((d) => d.metadata.name).sort()).toEqual(['warehouse-hybrid-a-planner', 'warehouse-hybrid-a-robot-agent'].sort());
    for (const doc of all.items) {
      expect(doc.metadata.labels?.[GANTRY_LABELS.deployment]).toBe('warehouse-hybrid-a');
      expect(doc.metadata.name).toBe(`warehouse-hybrid-a-${doc.metadata.labels?.[GANTRY_LABELS.component] ?? ''}`);
    }
    expect(new Set(all.items.map((d) => d.spec.runtime))).toEqual(new Set(['cloud', 'device']));
    // Page by page with limit=1: every page holds whole deployments, so the two documents arrive together.
    let next: number | undefined = 0;
    const pages: string[][] = [];
    while (next !== undefined) {
      const page: ServedDeploymentList = ok(await get(`api/v2/deployments/?limit=1&sort=name&continue=${next}`), servedDeploymentList);
      pages.push(page.items.map((d) => d.metadata.name));
      next = page.metadata.continue;
    }
    expect(pages.find((p) => p.includes('warehouse-hybrid-a-planner'))).toEqual(expect.arrayContaining(['warehouse-hybrid-a-planner', 'warehouse-hybrid-a-robot-agent']));
  });

  it('finds a component document by its own guid or name, and its deployment by either', async () => {
    const [doc] = ok(await get('api/v2/deployments/?name=warehouse-hybrid-a-robot-agent'), servedDeploymentList).items;
    expect(doc?.spec.runtime).toBe('device');
    const byGuid = ok(await get(`api/v2/deployments/${doc?.metadata.guid ?? ''}/`), servedDeployment);
    expect(byGuid.metadata.name).toBe('warehouse-hybrid-a-robot-agent');
    const telemetry = ok(await get(`api/v2/deployments/${doc?.metadata.guid ?? ''}/telemetry/`), deploymentTelemetry);
    expect(telemetry.metadata.name).toBe('warehouse-hybrid-a');
    expect(telemetry.documents.map((d) => d.component).sort()).toEqual(['planner', 'robot-agent']);
  });

  it('serves the telemetry of a list page beside it, counting deployments', async () => {
    const docs = ok(await get('api/v2/deployments/?limit=5'), servedDeploymentList);
    const telemetry = ok(await get('api/v2/telemetry/deployments/?limit=5'), deploymentTelemetryList);
    expect(telemetry.items).toHaveLength(5);
    expect(new Set(docs.items.map((d) => d.metadata.guid))).toEqual(new Set(telemetry.items.flatMap((t) => t.documents.map((d) => d.guid))));
    const view = await deploymentsAt('api/v2/deployments/?limit=5');
    expect(view.items.map((d) => d.metadata.guid)).toEqual(telemetry.items.map((t) => t.metadata.guid));
    expect(view.metadata.total).toBe(telemetry.metadata.total);
  });
});
