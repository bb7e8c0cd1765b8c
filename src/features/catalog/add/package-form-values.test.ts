import { describe, expect, it } from 'vitest';
import { filled } from './filled-package-form';
import { toCreateBody } from './package-form-values';

describe('toCreateBody', () => {
  it('trims, drops what does not apply and keeps cloud components on amd64 with restart always', () => {
    expect(toCreateBody(filled())).toEqual({
      metadata: { name: 'camera', version: 'v1.0.0' },
      spec: {
        components: [
          {
            name: 'driver',
            runtime: 'device',
            architecture: 'arm64v8',
            ros: { enabled: true, distro: 'foxy' },
            restart: 'never',
            executables: [
              { name: 'cam', type: 'docker', image: 'r/cam', tag: '1.0', command: '' },
              { name: 'tool', type: 'preInstalled', command: 'run-tool' },
            ],
          },
          {
            name: 'viewer',
            runtime: 'cloud',
            architecture: 'amd64',
            ros: { enabled: false },
            restart: 'always',
            executables: [{ name: 'web', type: 'docker', image: 'r/web', tag: '2', command: '' }],
          },
        ],
      },
    });
  });
});
