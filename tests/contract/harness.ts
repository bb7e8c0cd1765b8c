// Shared set-up for the contract tests: the real handlers over a real engine in msw's node server, and small
// helpers that speak HTTP with plain fetch against http://localhost/api/...
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  deploymentTelemetryList,
  packageTelemetryList,
  problem,
  servedDeployment,
  servedDeploymentList,
  servedPackage,
  servedPackageList,
  simulatorStatus,
} from '../../src/api/contract';
import type { DeploymentList, DeploymentResource, PackageList, PackageResource, Problem, SimulatorStatus } from '../../src/api/contract';
import { toPackageListView } from '../../src/api/packages/package-view';
import { readPackage } from '../../src/api/packages/read-packages';
import { toDeploymentListView } from '../../src/api/deployments/deployment-view';
import { readDeployment } from '../../src/api/deployments/read-deployments';
import { createMockServer } from '../../src/mocks/node';

export const BASE = 'http://localhost/';
export const SEED = 20251126;

export interface Reply {
  status: number;
  contentType: string;
  body: unknown;
  headers: Headers;
}

export async function call(method: string, path: string, body?: unknown, raw?: string): Promise<Reply> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (raw !== undefined || body !== undefined) {
    init.body = raw ?? JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  const response = await fetch(new URL(path.replace(/^\//, ''), BASE), init);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

export const get = (path: string) => call('GET', path);
export const post = (path: string, body?: unknown) => call('POST', path, body);
export const patch = (path: string, body?: unknown) => call('PATCH', path, body);
export const put = (path: string, body?: unknown) => call('PUT', path, body);
export const del = (path: string) => call('DELETE', path);

/** Parses an OK reply with a contract schema (throws with the issues when the mock breaks the contract). */
export function ok<S extends z.ZodType>(reply: Reply, schema: S, status = 200): z.output<S> {
  if (reply.status !== status) throw new Error(`Expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return schema.parse(reply.body);
}

/** Parses a problem reply and checks its media type and status. */
export function failed(reply: Reply, status: number): Problem {
  if (reply.status !== status) throw new Error(`Expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  if (!reply.contentType.startsWith(PROBLEM_CONTENT_TYPE)) throw new Error(`Expected problem+json, got ${reply.contentType}`);
  return problem.parse(reply.body);
}

export const status = async (): Promise<SimulatorStatus> => ok(await get('api/simulator/status'), simulatorStatus);

/** Advances the simulated clock through the simulator endpoint. */
export async function advance(ms: number): Promise<SimulatorStatus> {
  return ok(await post('api/simulator/clock/advance', { ms }), simulatorStatus);
}

/** Advances in steps until `done()` holds or `maxMs` of simulated time passed; returns whether it held. */
export async function advanceUntil(done: () => Promise<boolean>, stepMs = 5000, maxMs = 30 * 60_000): Promise<boolean> {
  for (let spent = 0; spent <= maxMs; spent += stepMs) {
    if (await done()) return true;
    await advance(stepMs);
  }
  return done();
}

export async function switchToRole(role: 'operator' | 'viewer'): Promise<void> {
  const s = await status();
  const user = s.users.find((u) => u.spec.role === role);
  if (!user) throw new Error(`The scenario has no ${role}`);
  const reply = await put('api/simulator/user', { userId: user.metadata.guid });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
}

/** Starts the msw node server for the file and resets the world to the default scenario before each test. */
export function setupMockPlatform() {
  const { server, host } = createMockServer({ seed: SEED });
  const defaultScenario = host.platform().getState().scenario;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    const reply = await post('api/simulator/reset', { scenario: defaultScenario, seed: SEED });
    if (reply.status !== 200) throw new Error(`reset failed: ${JSON.stringify(reply.body)}`);
  });
  afterAll(() => server.close());
  return { server, host, defaultScenario };
}

/** A deployment a reply names, read whole as the console reads it (its documents and the simulation's telemetry). */
export async function deploymentOf(reply: Reply, status = 200): Promise<DeploymentResource> {
  const doc = ok(reply, servedDeployment, status);
  return readDeployment(doc.metadata.guid);
}

/** A page of `api/v2/deployments?…` as the console reads it: the documents grouped by the telemetry of the same query. */
export async function deploymentsAt(path: string): Promise<DeploymentList> {
  const list = ok(await get(path), servedDeploymentList);
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  const telemetry = ok(await get(`api/v2/telemetry/deployments${query}`), deploymentTelemetryList);
  return toDeploymentListView(list, telemetry, Number(new URLSearchParams(query).get('continue') ?? 0));
}

/** A package a reply names, read whole as the console reads it (its documents and the simulation's telemetry). */
export async function packageOf(reply: Reply, status = 200): Promise<PackageResource> {
  const doc = ok(reply, servedPackage, status);
  return readPackage(doc.metadata.guid ?? doc.metadata.name);
}

/** `api/v2/packages?…` as the console reads it: the documents grouped by the telemetry of the same query. */
export async function packagesAt(path: string): Promise<PackageList> {
  const list = ok(await get(path), servedPackageList);
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  const telemetry = ok(await get(`api/v2/telemetry/packages${query}`), packageTelemetryList);
  return toPackageListView(list, telemetry, Number(new URLSearchParams(query).get('continue') ?? 0));
}
