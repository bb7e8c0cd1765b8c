import { describe, expect, it } from 'vitest';
import { firstPaintBytes, MOCK_BACKEND_MODULE, staticClosure, type Manifest } from './bundle.mjs';

// A manifest shaped like Vite's: the entry imports shared chunks and loads screens, charts and the mock backend on demand.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_contract.js'],
    dynamicImports: ['src/app/routes/deployments.tsx', MOCK_BACKEND_MODULE],
  },
  '_react.js': { file: 'assets/react.js' },
  '_contract.js': { file: 'assets/contract.js' },
  '_table.js': { file: 'assets/table.js', imports: ['_react.js'] },
  '_table.css': { file: 'assets/table.css' },
  'src/app/routes/deployments.tsx': {
    file: 'assets/deployments.js',
    isDynamicEntry: true,
    imports: ['_table.js', '_table.css', '_contract.js'],
    dynamicImports: ['src/charts.tsx'],
  },
  'src/charts.tsx': { file: 'assets/charts.js', isDynamicEntry: true },
  [MOCK_BACKEND_MODULE]: { file: 'assets/browser.js', isDynamicEntry: true, imports: ['_contract.js'] },
};

const sizes: Record<string, number> = {
  'assets/index.js': 100,
  'assets/react.js': 60,
  'assets/contract.js': 30,
  'assets/table.js': 10,
  'assets/deployments.js': 5,
  'assets/charts.js': 1000,
  'assets/browser.js': 2000,
};

describe('JavaScript before a route’s first paint', () => {
  it('follows static imports once each, leaving out CSS and what loads on demand', () => {
    expect(staticClosure(manifest, ['index.html', 'src/app/routes/deployments.tsx']).sort()).toEqual([
      'assets/contract.js',
      'assets/deployments.js',
      'assets/index.js',
      'assets/react.js',
      'assets/table.js',
    ]);
  });

  it('adds up the files without the mock backend, counting a chunk shared with it', () => {
    expect(firstPaintBytes(manifest, 'src/app/routes/deployments.tsx', (file) => sizes[file] ?? 0)).toBe(205);
  });

  it('leaves out the mock backend chunk even if a screen imported it statically', () => {
    const leaky: Manifest = { ...manifest, 'src/app/routes/deployments.tsx': { file: 'assets/deployments.js', imports: [MOCK_BACKEND_MODULE] } };
    expect(firstPaintBytes(leaky, 'src/app/routes/deployments.tsx', (file) => sizes[file] ?? 0)).toBe(195);
  });

  it('says which chunk the manifest lacks', () => {
    expect(() => staticClosure(manifest, ['src/missing.tsx'])).toThrow('src/missing.tsx');
  });
});
