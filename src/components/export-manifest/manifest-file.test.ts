import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { manifestFile } from './manifest-file';
import { manifestFileName } from './manifest-file-name';

describe('manifestFile', () => {
  it('writes one YAML document per resource that reads back as the same data', () => {
    const docs = [
      { apiVersion: 'apiextensions.rapyuta.io/v1', kind: 'Disk', metadata: { name: 'maps' }, spec: { capacity: 4 } },
      { apiVersion: 'apiextensions.rapyuta.io/v1', kind: 'Package', metadata: { name: 'p', version: '1.0' }, spec: { executables: [{ name: 'e', command: 'run --fast' }] } },
    ];
    const text = manifestFile(docs);
    expect(parseAllDocuments(text).map((d) => d.toJS() as unknown)).toEqual(docs);
    // A version that looks like a number stays text.
    expect(text).toContain("version: \"1.0\"");
  });

  it('names the file after the resource', () => {
    expect(manifestFileName('nav-stack')).toBe('nav-stack.yaml');
    expect(manifestFileName('a b/c')).toBe('a-b-c.yaml');
  });
});
