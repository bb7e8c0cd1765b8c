import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearFilters,
  DEFAULT_VIEW,
  movingFilter,
  readListView,
  sortFromState,
  sortStateOf,
  toDeploymentFilter,
  typeSearch,
  withTypedSearch,
  writeListView,
  type ListView,
} from './list-view';

const read = (query: string) => readListView(new URLSearchParams(query));
const write = (view: ListView, current = '') => writeListView(new URLSearchParams(current), view).toString();

describe('list view in the URL', () => {
  it('reads an empty URL as the default view: newest first, stopped hidden', () => {
    expect(read('')).toEqual(DEFAULT_VIEW);
    expect(write(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips every filter, the stopped and volume toggles and the sort', () => {
    const view: ListView = {
      search: 'nav',
      phase: 'Succeeded',
      showStopped: true,
      showVolumes: true,
      status: 'Error',
      package: 'pkg-123',
      device: 'warehouse-amr-01',
      label: 'site=osaka-dc1',
      sort: '-name',
    };
    const query = write(view);
    expect(query).toBe('q=nav&phase=Succeeded&stopped=1&volumes=1&status=Error&package=pkg-123&device=warehouse-amr-01&label=site%3Dosaka-dc1&sort=-name');
    expect(read(query)).toEqual(view);
  });

  it('accepts enum values in any case and ignores values it does not know', () => {
    expect(read('phase=succeeded&status=ERROR&sort=-NAME')).toMatchObject({ phase: 'Succeeded', status: 'Error', sort: '-name' });
    expect(read('phase=Sleeping&status=Fine&sort=size&stopped=yes&volumes=true')).toEqual(DEFAULT_VIEW);
  });

  it('keeps parameters that are not the list’s and drops cleared ones', () => {
    expect(write({ ...DEFAULT_VIEW, status: 'Error' }, 'scenario=default&q=old&status=Running')).toBe('scenario=default&status=Error');
  });

  it('leaves a blank search out', () => {
    expect(write({ ...DEFAULT_VIEW, search: '   ' })).toBe('');
  });
});

describe('the list query', () => {
  it('asks for every phase but stopped by default, as the CLI lists them', () => {
    expect(toDeploymentFilter(DEFAULT_VIEW, 200)).toEqual({ sort: '-createdAt', limit: 200 });
  });

  it('asks for all phases with the stopped toggle, and for exactly the chosen phase otherwise', () => {
    expect(toDeploymentFilter({ ...DEFAULT_VIEW, showStopped: true }, 50).phases).toBe('all');
    expect(toDeploymentFilter({ ...DEFAULT_VIEW, phase: 'Stopped' }, 50).phases).toEqual(['Stopped']);
    expect(toDeploymentFilter({ ...DEFAULT_VIEW, phase: 'Provisioning', showStopped: true }, 50).phases).toEqual(['Provisioning']);
  });

  it('asks for the volume deployments only with the volume toggle', () => {
    expect(toDeploymentFilter(DEFAULT_VIEW, 50).volumeDeployments).toBeUndefined();
    expect(toDeploymentFilter({ ...DEFAULT_VIEW, showVolumes: true }, 50).volumeDeployments).toBe(true);
  });

  it('passes search, status, package, device and label to the server', () => {
    const view: ListView = { ...DEFAULT_VIEW, search: ' nav ', status: 'Error', package: 'pkg-1', device: 'amr', label: 'env=prod' };
    expect(toDeploymentFilter(view, 10)).toEqual({
      sort: '-createdAt',
      limit: 10,
      statuses: ['Error'],
      search: 'nav',
      package: 'pkg-1',
      device: 'amr',
      label: 'env=prod',
    });
  });
});

describe('the moving count', () => {
  it('counts the view’s deployments in progress or provisioning, with the view’s other filters', () => {
    expect(movingFilter({ ...DEFAULT_VIEW, status: 'Pending', sort: 'name' })).toEqual({
      phases: ['InProgress', 'Provisioning'],
      statuses: ['Pending'],
      sort: '-createdAt',
      limit: 1,
    });
    expect(movingFilter({ ...DEFAULT_VIEW, phase: 'Provisioning' })?.phases).toEqual(['Provisioning']);
  });

  it('needs no query when the phase filter leaves nothing that moves', () => {
    expect(movingFilter({ ...DEFAULT_VIEW, phase: 'Succeeded' })).toBeUndefined();
  });
});

describe('active filters', () => {
  it('names each narrowing filter in words, with the package by name when known', () => {
    const view: ListView = { ...DEFAULT_VIEW, search: 'nav', phase: 'FailedToStart', status: 'Error', package: 'pkg-1', label: 'env=prod' };
    expect(activeFilters(view, (id) => (id === 'pkg-1' ? 'nav-stack v2.3.0' : undefined)).map((f) => f.text)).toEqual([
      'search “nav”',
      'phase Failed to start',
      'status Error',
      'package nav-stack v2.3.0',
      'label env=prod',
    ]);
  });

  it('does not count the stopped and volume toggles or the sort as filters, and clearing keeps them', () => {
    const view: ListView = { ...DEFAULT_VIEW, showStopped: true, showVolumes: true, sort: 'name', device: 'amr' };
    expect(activeFilters({ ...view, device: undefined })).toEqual([]);
    expect(clearFilters(view)).toEqual({ search: '', showStopped: true, showVolumes: true, sort: 'name' });
  });
});

describe('sort and column headers', () => {
  it('maps server sorts to columns and back', () => {
    expect(sortStateOf('-createdAt')).toEqual({ key: 'created', direction: 'descending' });
    expect(sortStateOf('name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(sortFromState({ key: 'name', direction: 'descending' })).toBe('-name');
    expect(sortFromState({ key: 'phase', direction: 'ascending' })).toBe('phase');
    expect(sortFromState({ key: 'created', direction: 'ascending' })).toBe('createdAt');
  });
});

describe('search typed ahead of the URL', () => {
  const inUrl = (search: string): ListView => ({ ...DEFAULT_VIEW, phase: 'Succeeded', search });

  it('shows the typed search while the URL echoes the typing', () => {
    const typed = typeSearch(typeSearch(null, '', 'n'), '', 'na');
    expect(typed).toEqual({ search: 'na', sent: ['', 'n', 'na'] });
    expect(withTypedSearch(inUrl(''), typed).search).toBe('na');
    expect(withTypedSearch(inUrl('n'), typed).search).toBe('na');
    expect(withTypedSearch(inUrl('na'), typed)).toEqual(inUrl('na'));
  });

  it('follows the URL once another search lands there (Back, a shared link)', () => {
    const view = inUrl('vision');
    expect(withTypedSearch(view, typeSearch(null, 'nav', 'nav-a'))).toBe(view);
    expect(withTypedSearch(view, null)).toBe(view);
  });

  it('forgets what was written before the URL caught up', () => {
    const typed = typeSearch(typeSearch(typeSearch(null, '', 'n'), '', 'na'), 'na', 'nav');
    expect(typed.sent).toEqual(['na', 'nav']);
    expect(typeSearch(typed, 'elsewhere', 'x').sent).toEqual(['elsewhere', 'x']);
  });
});
