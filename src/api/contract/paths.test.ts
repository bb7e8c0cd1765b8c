import { matchRequestUrl } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiRoutes, paths } from './paths';

const patternsOf = (base: string) => {
  const { fallbacks, ...single } = apiRoutes(base);
  return [...Object.values(single), ...fallbacks];
};
const matchedBy = (base: string, url: string) => patternsOf(base).filter((p) => matchRequestUrl(new URL(url), p).matches);

describe('API route patterns', () => {
  const bases = ['http://localhost:5173/', 'https://demo.example.com/gantry-demo/'];

  it.each(bases)('match the API paths the client builds under %s', (base) => {
    const routes = apiRoutes(base);
    const cases: [string, string][] = [
      [paths.packages(), routes.packages],
      [paths.deployment('dep-1'), routes.deployment],
      [paths.warningHistogram('dep-1', 'planner'), routes.warningHistogram],
      [paths.simulator.network(), routes.simulatorNetwork],
      [paths.simulator.advance(), routes.simulatorAdvance],
    ];
    for (const [path, pattern] of cases) {
      expect(matchedBy(base, new URL(path, base).href)).toContain(pattern);
    }
  });

  it.each([
    'http://localhost:5173/src/api/simulator/network.ts',
    'http://localhost:5173/src/api/v2/packages.ts',
    'http://localhost:5173/assets/api-Bx31.js',
    'http://localhost:5173/deployments/api/v2/packages',
    'http://localhost:5173/node_modules/.vite/deps/api/simulator/x.js',
  ])('never match a source file, asset or page: %s', (url) => {
    expect(matchedBy('http://localhost:5173/', url)).toEqual([]);
  });

  it.each([
    'https://demo.example.com/gantry-demo/src/api/v2/x.ts',
    'https://demo.example.com/gantry-demo/assets/api-Bx31.js',
    'https://demo.example.com/api/v2/packages',
    'https://other.example.com/gantry-demo/api/v2/packages',
  ])('under a base path, match only that base on that origin: %s', (url) => {
    expect(matchedBy('https://demo.example.com/gantry-demo/', url)).toEqual([]);
  });

  it('keep the fallbacks for unknown endpoints under the API prefixes', () => {
    const routes = apiRoutes('http://localhost:5173/');
    expect(matchedBy('http://localhost:5173/', 'http://localhost:5173/api/simulator/nope')).toEqual([routes.fallbacks[1]]);
    expect(matchedBy('http://localhost:5173/', 'http://localhost:5173/api/v2/nope')).toEqual([routes.platform, routes.fallbacks[0]]);
  });
});
