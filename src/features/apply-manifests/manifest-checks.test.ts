import { describe, expect, it } from 'vitest';
import { checkManifests } from './manifest-checks';
import { WORLD_MANIFEST } from './manifest-fixtures';

const check = (text: string, name = 'world.yaml') => checkManifests([{ name, text }]);

const deployment = (name: string, depends: string[] = []) => `apiVersion: apiextensions.rapyuta.io/v1
kind: Deployment
metadata:
  name: ${name}
  depends: { kind: package, nameOrGUID: picker }
spec:
  runtime: cloud
${depends.length ? `  depends:\n${depends.map((d) => `    - kind: deployment\n      nameOrGUID: ${d}`).join('\n')}\n` : ''}`;

describe('checkManifests', () => {
  it('orders secrets, devices, disks, networks, packages, then deployments', () => {
    const checked = check(WORLD_MANIFEST);
    expect(checked.problems).toEqual([]);
    expect(checked.ordered.map((r) => r.key)).toEqual([
      'secret:registry-login',
      'device:dock-robot',
      'disk:maps',
      'network:floor-net',
      'package:picker@1.0.0',
      'deployment:picker-run',
    ]);
    expect(checked.external).toEqual([]);
  });

  it('puts a deployment after the deployments it depends on, whatever the document order', () => {
    const checked = check([deployment('c', ['b']), deployment('b', ['a']), deployment('a')].join('---\n'));
    expect(checked.problems).toEqual([]);
    expect(checked.ordered.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(checked.external.map((e) => e.dependency.name)).toEqual(['picker', 'picker', 'picker']);
  });

  it('names a cycle at the line of each depends in it', () => {
    const checked = check([deployment('a', ['b']), deployment('b', ['a'])].join('---\n'));
    expect(checked.problems).toEqual([
      expect.objectContaining({ line: 9, path: 'spec.depends.0', message: 'Dependency cycle: Deployment "a" → Deployment "b" → Deployment "a".' }),
      expect.objectContaining({ line: 20, path: 'spec.depends.0', message: 'Dependency cycle: Deployment "a" → Deployment "b" → Deployment "a".' }),
    ]);
  });

  it('names a duplicate with both places', () => {
    const checked = check([deployment('a'), deployment('a')].join('---\n'));
    expect(checked.problems).toEqual([
      expect.objectContaining({ line: 12, path: 'metadata.name', message: 'Duplicate Deployment "a": already defined in world.yaml at line 4.' }),
    ]);
  });

  it('places a syntax error at its line and reads the other documents', () => {
    const checked = check(`${deployment('a')}---\nkind: [oops\n`);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ source: 'world.yaml', line: 10 });
    expect(checked.ordered.map((r) => r.name)).toEqual(['a']);
  });

  it('refuses an unknown kind and apiVersion at their fields', () => {
    const checked = check('apiVersion: example.com/v9\nkind: Robot\nmetadata:\n  name: r2\n');
    expect(checked.problems).toEqual([
      expect.objectContaining({ line: 1, path: 'apiVersion', message: expect.stringContaining('expected apiextensions.rapyuta.io/v1 or api.rapyuta.io/v2') }),
      expect.objectContaining({ line: 2, path: 'kind', message: expect.stringContaining('Unknown kind "Robot"') }),
    ]);
  });

  it('keeps kinds Gantry does not model apart, by name', () => {
    const checked = check('apiVersion: api.rapyuta.io/v2\nkind: project\nmetadata:\n  name: warehouse\n');
    expect(checked.problems).toEqual([]);
    expect(checked.unmodelled).toEqual([expect.objectContaining({ kind: 'Project', name: 'warehouse' })]);
  });

  it('requires the name of what a document depends on', () => {
    const text = WORLD_MANIFEST.replace('nameOrGUID: dock-robot', 'nameOrGUID: ""');
    expect(check(text).problems).toEqual([expect.objectContaining({ line: 14, path: 'spec.device.depends.nameOrGUID', document: 'Deployment "picker-run"' })]);
  });

  it('reads a JSON list as one document per item and several files in turn', () => {
    const json = JSON.stringify([{ apiVersion: 'apiextensions.rapyuta.io/v1', kind: 'Disk', metadata: { name: 'd1' }, spec: { capacity: 4 } }]);
    const checked = checkManifests([{ name: 'a.json', text: json }, { name: 'b.yaml', text: WORLD_MANIFEST }]);
    expect(checked.documentCount).toBe(7);
    expect(checked.ordered.filter((r) => r.kind === 'Disk').map((r) => r.document.source)).toEqual(['a.json', 'b.yaml']);
  });
});
