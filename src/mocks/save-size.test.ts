import { describe, expect, it } from 'vitest';
import { jsonSize, megabytes } from './save-size';

describe('jsonSize', () => {
  it('comes within a tenth of the length of the JSON text', () => {
    const deployments = Array.from({ length: 200 }, (_, i) => ({ name: `nav-amr-${i}`, createdAt: 1_700_000_000_000 + i, ready: i % 2 === 0, device: null }));
    const value = { format: 1, clock: { paused: false, speed: 60 }, state: { deployments, labels: ['a', 'bcd'] } };
    const text = JSON.stringify(value);
    expect(Math.abs(jsonSize(value) - text.length)).toBeLessThan(text.length / 10);
  });

  it('stops counting once past the limit', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `deployment-${i}` }));
    expect(jsonSize(many, 1000)).toBeGreaterThan(1000);
    expect(jsonSize(many, 1000)).toBeLessThan(JSON.stringify(many).length / 10);
  });

  it('says megabytes as a person reads them', () => {
    expect(megabytes(67 * 1024 * 1024)).toBe('67 MB');
  });
});
