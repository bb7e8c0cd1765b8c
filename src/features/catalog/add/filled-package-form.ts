// A filled Add package form for the form's tests: two components, one on a device with ROS and a preInstalled
// executable whose leftover image fields must be dropped.
import { emptyComponent, emptyExecutable, emptyPackage, type PackageFormValues } from './package-form-values';

export function filled(): PackageFormValues {
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
