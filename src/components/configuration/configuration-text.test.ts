import { describe, expect, it } from 'vitest';
import { configurationText } from './configuration-text';

describe('configurationText', () => {
  it('writes a string as it is and anything else as YAML', () => {
    expect(configurationText('reader')).toBe('reader');
    expect(configurationText([{ name: 'SPEED', value: 'slow' }])).toBe('- name: SPEED\n  value: slow');
  });
});
