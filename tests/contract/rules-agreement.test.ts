// The forms' rules (contract) and the engine's validators must accept exactly the same inputs, or a form would
// let through what the API refuses (or block what it accepts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rules from '../../src/api/contract/rules';
import {
  validateAlias,
  validateDeploymentName,
  validateExecutableName,
  validateLabel,
  validateMountPath,
  validatePackageVersion,
  validateResourceName,
  validateVolumeName,
} from '../../src/platform';

const alphabet = fc.constantFrom(...'aZ09 _-./\n.é<'.split(''));
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 80 }));

const agree = (schema: { safeParse: (v: unknown) => { success: boolean } }, engine: (v: string) => unknown) =>
  fc.assert(fc.property(text, (v) => schema.safeParse(v).success === (engine(v) === undefined)), { numRuns: 2000 });

describe('form rules agree with the engine', () => {
  it('deployment names', () => agree(rules.deploymentName, validateDeploymentName));
  it('label keys', () => agree(rules.labelKey, (k) => (validateLabel(k, 'v') ? 'bad' : undefined)));
  it('label values', () => agree(rules.labelValue, (v) => (validateLabel('k', v) ? 'bad' : undefined)));
  it('volume names', () => agree(rules.volumeName, validateVolumeName));
  it('mount paths', () => agree(rules.mountPath, validateMountPath));
  it('package versions', () => agree(rules.packageVersion, validatePackageVersion));
  it('resource names', () => agree(rules.resourceName, validateResourceName));
  it('executable names', () => agree(rules.executableName, validateExecutableName));
  it('aliases', () => agree(rules.rosAlias, validateAlias));
  it('examples', () => {
    expect(rules.deploymentName.safeParse('nav stack 2').success).toBe(true);
    expect(rules.deploymentName.safeParse('2nav').success).toBe(false);
    expect(rules.mountPath.safeParse('/data/maps').success).toBe(true);
    expect(rules.mountPath.safeParse('data/../x').success).toBe(false);
  });
});
