import { describe, expect, it } from 'vitest';
import { deployment, pkg } from '../test-support/fixtures';
import { chooseComponent, chooseTag, PREINSTALLED_REASON, updatableComponents, updatePreview, updateRequest } from './update-plan';

const components = updatableComponents(deployment(), pkg());

describe('updatableComponents', () => {
  it('lists every component, blocking the pre-installed one with the guide’s reason', () => {
    expect(components.map((c) => [c.name, c.blockedReason])).toEqual([
      ['navigation', undefined],
      ['updater', PREINSTALLED_REASON],
    ]);
  });

  it('offers the package’s builds newest first, removed images marked unavailable', () => {
    expect(components[0]?.executables[0]?.builds.map((b) => [b.tag, b.available])).toEqual([
      ['2.3.0', true],
      ['2.2.0', true],
      ['2.1.0', false],
    ]);
  });
});

describe('updateRequest', () => {
  it('re-pulls the current tags when nothing else is chosen', () => {
    expect(updateRequest(components, { components: ['navigation'], tags: {} })).toEqual([{ name: 'navigation' }]);
  });

  it('sends only the tags that change', () => {
    const selection = { components: ['navigation'], tags: { 'navigation/navigation': '2.2.0', 'navigation/localization': '2.3.0' } };
    expect(updateRequest(components, selection)).toEqual([{ name: 'navigation', executables: { navigation: '2.2.0' } }]);
  });

  it('never sends a component that cannot be updated in place', () => {
    expect(updateRequest(components, { components: ['updater'], tags: {} })).toEqual([]);
  });
});

describe('updatePreview', () => {
  it('shows the image and its tag before and after per executable, marking re-pulls', () => {
    const rows = updatePreview(components, { components: ['navigation'], tags: { 'navigation/navigation': '2.2.0' } });
    expect(rows).toEqual([
      { component: 'navigation', executable: 'navigation', image: 'acme/navigation', before: '2.3.0', after: '2.2.0', repull: false },
      { component: 'navigation', executable: 'localization', image: 'acme/localization', before: '2.3.0', after: '2.3.0', repull: true },
    ]);
  });

  it('is empty until a component is chosen', () => {
    expect(updatePreview(components, { components: [], tags: {} })).toEqual([]);
  });
});

describe('choosing', () => {
  it('ticks and unticks components and forgets a tag set back to keep', () => {
    const ticked = chooseComponent({ components: [], tags: {} }, 'navigation', true);
    expect(chooseComponent(ticked, 'navigation', false).components).toEqual([]);
    const tagged = chooseTag(ticked, 'navigation/navigation', '2.2.0');
    expect(tagged.tags).toEqual({ 'navigation/navigation': '2.2.0' });
    expect(chooseTag(tagged, 'navigation/navigation', '').tags).toEqual({});
  });
});
