import { describe, expect, it } from 'vitest';
import { deploymentFieldPath, readDeploymentField, type DeploymentField } from './fields';

const fields: [DeploymentField, string][] = [
  [{ at: 'name' }, 'metadata.name'],
  [{ at: 'labels' }, 'metadata.labels'],
  [{ at: 'label', key: 'app.kubernetes.io' }, 'metadata.labels.app.kubernetes.io'],
  [{ at: 'package' }, 'metadata.depends.nameOrGUID'],
  [{ at: 'components' }, 'spec.components'],
  [{ at: 'component', component: 'navigation' }, 'spec.components.navigation'],
  [{ at: 'component', component: 'navigation', part: 'device' }, 'spec.components.navigation.device.depends.nameOrGUID'],
  [{ at: 'component', component: 'navigation', part: 'restart' }, 'spec.components.navigation.restart'],
  [{ at: 'component', component: 'navigation', part: 'alias' }, 'spec.components.navigation.alias'],
  [{ at: 'routedNetwork' }, 'spec.rosNetworks.0.depends.nameOrGUID'],
  [{ at: 'dependencies' }, 'spec.depends'],
  [{ at: 'dependency', index: 1 }, 'spec.depends.1.nameOrGUID'],
  [{ at: 'volumes' }, 'spec.volumes'],
  [{ at: 'volume', index: 0 }, 'spec.volumes.0'],
  [{ at: 'volume', index: 0, part: 'volume' }, 'spec.volumes.0.depends.nameOrGUID'],
  [{ at: 'volume', index: 2, part: 'component' }, 'spec.volumes.2.component'],
  [{ at: 'volume', index: 2, part: 'mountPath' }, 'spec.volumes.2.mountPath'],
];

describe('deployment field paths', () => {
  it.each(fields)('%o is written %s and read back', (field, path) => {
    expect(deploymentFieldPath(field)).toBe(path);
    expect(readDeploymentField(path)).toEqual(field);
  });

  it('reads a path that stops short of the leaf as its field', () => {
    expect(readDeploymentField('spec.components.navigation.device')).toEqual({ at: 'component', component: 'navigation', part: 'device' });
    expect(readDeploymentField('spec.rosNetworks')).toEqual({ at: 'routedNetwork' });
    expect(readDeploymentField('spec.depends.0')).toEqual({ at: 'dependency', index: 0 });
    expect(readDeploymentField('spec.volumes.1.depends')).toEqual({ at: 'volume', index: 1, part: 'volume' });
  });

  it('names no field for paths outside the body', () => {
    for (const path of ['', 'metadata', 'metadata.name.x', 'spec', 'spec.runtime', 'spec.depends.x', 'spec.volumes.x', 'status.phase']) {
      expect(readDeploymentField(path), path).toBeUndefined();
    }
  });
});
