import { describe, expect, it } from 'vitest';
import { formIssues, packageFormSchema } from './package-form-schema';
import { filled } from './filled-package-form';
import { emptyPackage, toCreateBody } from './package-form-values';


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
