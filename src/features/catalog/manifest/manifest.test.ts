import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from './example-manifest';
import { checkManifest, lineOfPath } from './manifest';

const yaml = (lines: string[]) => `${lines.join('\n')}\n`;

const MANIFEST = yaml([
  'metadata:', //                           1
  '  name: camera', //                      2
  '  version: v1.0.0', //                   3
  'spec:', //                               4
  '  components:', //                       5
  '    - name: driver', //                  6
  '      runtime: device', //               7
  '      executables:', //                  8
  '        - name: driver', //              9
  '          image: r/camera', //           10
  '          tag: 1.0', //                  11
]);

describe('checkManifest', () => {
  it('accepts the example and fills in the defaults', () => {
    const result = checkManifest(EXAMPLE_MANIFEST);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.metadata.name).toBe('talker-listener');
    expect(result.body.spec.components.map((c) => [c.name, c.runtime, c.restart])).toEqual([
      ['talker', 'cloud', 'always'],
      ['listener', 'device', 'onfailure'],
    ]);
  });

  it('accepts JSON', () => {
    const json = JSON.stringify(
      { metadata: { name: 'web', version: 'v1.0.0' }, spec: { components: [{ name: 'web', runtime: 'cloud', executables: [{ name: 'srv', image: 'r/web', tag: '1' }] }] } },
      null,
      '\t',
    );
    expect(checkManifest(json).ok).toBe(true);
  });

  it('places a syntax error at its line', () => {
    const result = checkManifest(yaml(['metadata:', '  name: web', '  version: [v1', 'spec: {}']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ line: 4 });
    expect(result.problems[0]?.path).toBeUndefined();
  });

  it('places a duplicate key at its line', () => {
    const result = checkManifest(yaml(['metadata:', '  name: web', '  name: api']));
    expect(result.ok || result.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/unique/) });
  });

  it('names the path and line of a schema error, and says to quote a numeric tag', () => {
    const result = checkManifest(MANIFEST);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 11, path: 'spec.components.0.executables.0.tag', message: 'Expected text but found a number: put it in quotes, e.g. "1.0".' },
    ]);
  });

  it('points a missing field at its parent', () => {
    const result = checkManifest(MANIFEST.replace('  version: v1.0.0\n', '').replace('tag: 1.0', 'tag: "1.0"'));
    expect(result.ok || result.problems).toEqual([{ line: 1, path: 'metadata.version', message: 'This field is required.' }]);
  });

  it('checks the rules once the shape is right', () => {
    const result = checkManifest(MANIFEST.replace('name: camera', 'name: Camera').replace('tag: 1.0', 'tag: "1.0"').replace('runtime: device', 'runtime: cloud\n      architecture: arm64v8'));
    expect(result.ok || result.problems.map((p) => [p.line, p.path])).toEqual([
      [2, 'metadata.name'],
      [8, 'spec.components.0.architecture'],
    ]);
  });

  it('asks for something when the box is empty or not a mapping', () => {
    expect(checkManifest('  \n')).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(checkManifest('- a\n- b\n')).toMatchObject({ ok: false, problems: [{ line: 1, message: 'A manifest is a mapping with metadata and spec.' }] });
  });
});

describe('lineOfPath', () => {
  it('finds the line of a field the server names', () => {
    expect(lineOfPath(MANIFEST, 'metadata.version')).toBe(3);
    expect(lineOfPath(MANIFEST, 'spec.components.0.executables.0.image')).toBe(10);
    expect(lineOfPath(MANIFEST, 'spec.components.0.restart')).toBe(6);
    expect(lineOfPath('not: [valid', 'metadata.name')).toBe(1);
  });
});
