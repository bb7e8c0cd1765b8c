import { describe, expect, it } from 'vitest';
import { own } from './own';

describe('own', () => {
  it('reads own values and nothing inherited', () => {
    const record: Record<string, string> = { team: 'nav' };
    expect(own(record, 'team')).toBe('nav');
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) expect(own(record, key)).toBeUndefined();
    expect(own(undefined, 'team')).toBeUndefined();
  });

  it('reads a prototype-named key the record holds itself', () => {
    const record = JSON.parse('{"__proto__": "a", "constructor": "b"}') as Record<string, string>;
    expect(own(record, '__proto__')).toBe('a');
    expect(own(record, 'constructor')).toBe('b');
  });
});
