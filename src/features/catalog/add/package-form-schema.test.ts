import { describe, expect, it } from 'vitest';
import { formIssues, packageFormSchema } from './package-form-schema';
import { emptyComponent, emptyExecutable, emptyPackage, toCreateBody, type PackageFormValues } from './package-form-values';

function filled(): PackageFormValues {
  const values = emptyPackage();
  values.metadata = { name: ' camera ', version: 'v1.0.0', description: '' };
  values.spec.components = [
    {
      ...emptyComponent(),
      name: 'driver',
      runtime: 'device',
      architecture: 'arm64v8',
      ros: { enabled: true, distro: 'foxy' },
      restart: 'never',
      executables: [
        { name: 'cam', type: 'docker', image: 'r/cam', tag: '1.0', command: '' },
        { name: 'tool', type: 'preInstalled', image: 'left over', tag: 'x', command: ' run-tool ' },
      ],
    },
    { ...emptyComponent(), name: 'viewer', architecture: 'arm32v7', restart: 'never', executables: [{ ...emptyExecutable(), name: 'web', image: 'r/web', tag: '2' }] },
  ];
  return values;
}

describe('packageFormSchema', () => {
  it('passes a valid form through as the create body', () => {
    const result = packageFormSchema.safeParse(filled());
    expect(result.success && result.data.metadata.name).toBe('camera');
  });

  it('reports every problem at the form field it belongs to', () => {
    const values = emptyPackage();
    values.metadata.version = '1.0';
    values.spec.components[0]!.ros.enabled = true;
    const result = packageFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'metadata.name',
      'metadata.version',
      'spec.components.0.name',
      'spec.components.0.ros.distro',
      'spec.components.0.executables.0.name',
      'spec.components.0.executables.0.image',
      'spec.components.0.executables.0.tag',
    ]);
  });
});

describe('formIssues', () => {
  it('adds what the contract refuses beyond the rules, once per field', () => {
    const body = toCreateBody(filled());
    expect(formIssues({ ...body, spec: { components: [] } }).map((i) => i.path)).toEqual(['spec.components']);
  });
});
