import { describe, expect, it } from 'vitest';
import { componentFixture, packageFixture } from '../package-fixture';
import { describeFilters, filtersFromSearch, hasActiveFilters, matchesFilters, withFilter, withoutFilters } from './catalog-filters';
import { summarisePackage } from './package-summary';

const ros = (distro: 'noetic' | 'foxy') => ({ enabled: true, distro, topics: [], services: [] });

const nav = summarisePackage(
  packageFixture({ name: 'nav-stack', description: 'Autonomous navigation' }, [
    componentFixture({ name: 'navigation', runtime: 'device', ros: ros('noetic') }),
  ]),
);
const vision = summarisePackage(
  packageFixture({ name: 'vision' }, [componentFixture({ name: 'inspection', runtime: 'device', architecture: 'arm64v8', ros: ros('foxy') })]),
);
const telemetry = summarisePackage(packageFixture({ name: 'telemetry' }));
const hybrid = summarisePackage(
  packageFixture({ name: 'hybrid' }, [componentFixture(), componentFixture({ name: 'agent', runtime: 'device', architecture: 'arm32v7' })]),
);
const all = [nav, vision, telemetry, hybrid];
const names = (filters: Parameters<typeof matchesFilters>[1]) => all.filter((p) => matchesFilters(p, filters)).map((p) => p.name);

describe('catalog filters', () => {
  it('reads the filters from the URL and ignores unknown values', () => {
    expect(filtersFromSearch(new URLSearchParams('q=nav&runtime=device&arch=arm64v8&ros=foxy'))).toEqual({
      search: 'nav',
      runtime: 'device',
      architecture: 'arm64v8',
      ros: 'foxy',
    });
    expect(filtersFromSearch(new URLSearchParams('runtime=moon&arch=x86&ros=jazzy'))).toEqual({ search: '' });
  });

  it('sets and clears filters, keeping other parameters', () => {
    let params = withFilter(new URLSearchParams('q=old&seed=1'), 'search', '');
    params = withFilter(params, 'runtime', 'hybrid');
    params = withFilter(params, 'ros', 'non-ros');
    expect(params.toString()).toBe('seed=1&runtime=hybrid&ros=non-ros');
    expect(filtersFromSearch(params)).toEqual({ search: '', runtime: 'hybrid', ros: 'non-ros' });
    expect(withoutFilters(withFilter(params, 'architecture', 'amd64')).toString()).toBe('seed=1');
  });

  it('matches every word of the search, case-insensitively', () => {
    expect(names({ search: 'NAV' })).toEqual(['nav-stack']);
    expect(names({ search: 'autonomous navigation' })).toEqual(['nav-stack']);
    expect(names({ search: 'nav vision' })).toEqual([]);
    expect(names({ search: '  ' })).toEqual(['nav-stack', 'vision', 'telemetry', 'hybrid']);
  });

  it('filters by runtime kind, architecture and ROS', () => {
    expect(names({ search: '', runtime: 'device' })).toEqual(['nav-stack', 'vision']);
    expect(names({ search: '', runtime: 'hybrid' })).toEqual(['hybrid']);
    expect(names({ search: '', runtime: 'cloud' })).toEqual(['telemetry']);
    expect(names({ search: '', architecture: 'arm32v7' })).toEqual(['hybrid']);
    expect(names({ search: '', ros: 'ros' })).toEqual(['nav-stack', 'vision']);
    expect(names({ search: '', ros: 'non-ros' })).toEqual(['telemetry', 'hybrid']);
    expect(names({ search: '', ros: 'foxy' })).toEqual(['vision']);
    expect(names({ search: '', runtime: 'device', ros: 'noetic', architecture: 'arm64v8' })).toEqual([]);
  });

  it('says which filters are active', () => {
    expect(hasActiveFilters({ search: '' })).toBe(false);
    expect(hasActiveFilters({ search: '', ros: 'ros' })).toBe(true);
    expect(describeFilters({ search: ' lidar ', runtime: 'hybrid', architecture: 'arm32v7', ros: 'foxy' }).map((f) => f.phrase)).toEqual([
      'search “lidar”',
      'runtime Hybrid',
      'architecture arm32v7',
      'ROS Foxy',
    ]);
  });
});
