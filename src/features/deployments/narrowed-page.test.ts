import { describe, expect, it } from 'vitest';
import { API_VERSION, type DeploymentFilter, type DeploymentList } from '../../api';
import { narrowedFirstPage, type HeldPage } from './narrowed-page';
import { testDeployment } from './test-deployments';

const names = ['nav-amr-01', 'vision-cam-07', 'nav-agv-02', 'ota-updater-03', 'navigator-04'];
const items = names.map((name, i) => {
  const d = testDeployment({ name, id: `dep-${String(i).padStart(20, '0')}` });
  return { ...d, metadata: { ...d.metadata, depends: { ...d.metadata.depends, name: i === 1 ? 'vision-kit' : 'fleet-stack' } } };
});
const list = (rows = items, more?: number): DeploymentList => ({
  apiVersion: API_VERSION,
  kind: 'DeploymentList',
  metadata: { total: more === undefined ? rows.length : 240, ...(more === undefined ? {} : { continue: more }) },
  items: rows,
});
const view: DeploymentFilter = { sort: '-createdAt', limit: 50, statuses: ['Running'] };
const held = (filter: DeploymentFilter, l = list()): HeldPage => ({ filter: { ...view, continue: 0, ...filter }, list: l });
const namesOf = (l: DeploymentList | undefined) => l?.items.map((d) => d.metadata.name);

describe('a search answered from a held first page', () => {
  it('keeps the rows the longer search matches, in order, and counts them when the held page was the whole answer', () => {
    const page = narrowedFirstPage([held({ search: 'na' })], { ...view, search: 'NAV', continue: 0 });
    expect(page?.complete).toBe(true);
    expect(namesOf(page?.list)).toEqual(['nav-amr-01', 'nav-agv-02', 'navigator-04']);
    expect(page?.list.metadata).toEqual({ total: 3 });
  });

  it('matches the guid and the package name as the world does', () => {
    expect(namesOf(narrowedFirstPage([held({})], { ...view, search: '00000000000000000003', continue: 0 })?.list)).toEqual(['ota-updater-03']);
    expect(namesOf(narrowedFirstPage([held({})], { ...view, search: 'Vision-Kit', continue: 0 })?.list)).toEqual(['vision-cam-07']);
  });

  it('says when more pages follow: the rows are the first of the answer and its total is not known yet', () => {
    const page = narrowedFirstPage([held({ search: 'n' }, list(items, 50))], { ...view, search: 'nav', continue: 0 });
    expect(page?.complete).toBe(false);
    expect(namesOf(page?.list)).toEqual(['nav-amr-01', 'nav-agv-02', 'navigator-04']);
  });

  it('narrows from the closest held search', () => {
    const page = narrowedFirstPage([held({}, list(items, 50)), held({ search: 'nav' }), held({ search: 'na' }, list(items, 50))], { ...view, search: 'navi', continue: 0 });
    expect(page?.complete).toBe(true);
    expect(namesOf(page?.list)).toEqual(['navigator-04']);
  });

  it('the same held page and search give the same rows, so the table does not draw them again', () => {
    const pages = [held({ search: 'na' })];
    const filter = { ...view, search: 'nav', continue: 0 };
    expect(narrowedFirstPage(pages, filter)?.list).toBe(narrowedFirstPage(pages, filter)?.list);
  });

  it('never narrows from another view, a later page, a wider search or the same one', () => {
    const nav = { ...view, search: 'nav', continue: 0 };
    expect(narrowedFirstPage([held({ search: 'na', statuses: ['Error'] })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'na', sort: 'name' })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'na', continue: 50 })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'navi' })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'ota' })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'nav' })], nav)).toBeUndefined();
    expect(narrowedFirstPage([held({ search: 'na' })], { ...nav, continue: 50 })).toBeUndefined();
  });
});
