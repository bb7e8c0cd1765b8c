import { describe, expect, it } from 'vitest';
import type { ScenarioInfo } from '../../api';
import { ALL_TOPICS, TOPIC_ORDER, focusState, isTopicFilter, orderScenarios, topicLabel } from './scenario-view';

const scenario = (name: string, topic: ScenarioInfo['topic']): ScenarioInfo => ({ name, title: name, description: '', topic });

describe('scenario view', () => {
  const scenarios = [scenario('phase-a', 'phases'), scenario('default', 'world'), scenario('e151', 'error-codes'), scenario('empty-networks', 'world'), scenario('phase-b', 'phases')];

  it('lists the worlds first, then each topic in the catalogue order', () => {
    expect(orderScenarios(scenarios, ALL_TOPICS).map((s) => s.name)).toEqual(['default', 'empty-networks', 'phase-a', 'phase-b', 'e151']);
  });

  it('keeps one topic', () => {
    expect(orderScenarios(scenarios, 'phases').map((s) => s.name)).toEqual(['phase-a', 'phase-b']);
    expect(orderScenarios(scenarios, 'updates')).toEqual([]);
  });

  it('labels every topic', () => {
    expect(TOPIC_ORDER[0]).toBe('world');
    expect(TOPIC_ORDER.map(topicLabel)).toEqual(['Worlds', 'Phases', 'Statuses', 'Error codes', 'Restart policy', 'Updates']);
    expect(isTopicFilter('error-codes')).toBe(true);
    expect(isTopicFilter('everything')).toBe(false);
  });

  it('says what the focus deployment shows, in the guide words', () => {
    expect(focusState({ deploymentName: 'nav-amr-02', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E171' })).toBe('Succeeded · Error · DEP_E171');
    expect(focusState({ deploymentName: 'x', phase: 'FailedToUpdate' })).toBe('Failed To Update');
    expect(focusState({ deploymentName: 'x' })).toBe('');
  });
});
