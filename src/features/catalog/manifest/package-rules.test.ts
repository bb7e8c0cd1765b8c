import { describe, expect, it } from 'vitest';
import type { CreatePackageBody } from '../../../api';
import { packageRuleIssues } from './package-rules';

const valid = (): CreatePackageBody => ({
  metadata: { name: 'nav-stack', version: 'v2.3.0' },
  spec: {
    components: [
      { name: 'navigation', runtime: 'device', architecture: 'arm64v8', executables: [{ name: 'nav', type: 'docker', image: 'r/nav', tag: '2.3.0' }] },
    ],
  },
});

describe('packageRuleIssues', () => {
  it('accepts a package that keeps the rules', () => {
    expect(packageRuleIssues(valid())).toEqual([]);
  });

  it('checks the package name and version against the platform rules', () => {
    const body = valid();
    body.metadata = { name: 'Nav Stack', version: '2.3' };
    expect(packageRuleIssues(body)).toEqual([
      { path: 'metadata.name', message: expect.stringMatching(/lower-case letters/) },
      { path: 'metadata.version', message: expect.stringMatching(/v1\.2\.3/) },
    ]);
    body.metadata = { name: ' ', version: '' };
    expect(packageRuleIssues(body).map((i) => i.message)).toEqual(['Enter a name for the package.', 'Enter a version, e.g. v1.0.0.']);
  });

  it('needs a component, and an executable in each', () => {
    const body = valid();
    expect(packageRuleIssues({ ...body, spec: { components: [] } })).toEqual([{ path: 'spec.components', message: 'Add at least one component.' }]);
    const component = body.spec.components[0]!;
    expect(packageRuleIssues({ ...body, spec: { components: [{ ...component, executables: [] }] } })).toEqual([
      { path: 'spec.components.0.executables', message: 'Add at least one executable.' },
    ]);
  });

  it('keeps cloud components on amd64 and asks ROS components for a distro', () => {
    const body = valid();
    body.spec.components[0] = { ...body.spec.components[0]!, runtime: 'cloud', ros: { enabled: true } };
    expect(packageRuleIssues(body).map((i) => i.path)).toEqual(['spec.components.0.architecture', 'spec.components.0.ros.distro']);
  });

  it('asks docker executables for image and tag, preinstalled ones for a command on a device', () => {
    const body = valid();
    const component = body.spec.components[0]!;
    component.executables = [
      { name: 'a', type: 'docker', image: ' ' },
      { name: 'b', type: 'preInstalled', command: '' },
    ];
    expect(packageRuleIssues(body).map((i) => i.path)).toEqual([
      'spec.components.0.executables.0.image',
      'spec.components.0.executables.0.tag',
      'spec.components.0.executables.1.command',
    ]);
    component.runtime = 'cloud';
    component.architecture = 'amd64';
    component.executables = [{ name: 'b', type: 'preInstalled', command: 'run' }];
    expect(packageRuleIssues(body)).toEqual([
      { path: 'spec.components.0.executables.0.type', message: 'Preinstalled executables run only on device components.' },
    ]);
  });

  it('refuses duplicate component and executable names at the second one', () => {
    const body = valid();
    const component = body.spec.components[0]!;
    component.executables = [component.executables[0]!, { ...component.executables[0]! }];
    body.spec.components.push({ ...component, executables: [component.executables[0]!] });
    expect(packageRuleIssues(body)).toEqual([
      { path: 'spec.components.0.executables.1.name', message: 'Another executable in this component is already called nav.' },
      { path: 'spec.components.1.name', message: 'Another component in this package is already called navigation.' },
    ]);
  });
});
