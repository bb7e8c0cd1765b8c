import { describe, expect, it } from 'vitest';
import { echo, isJsonMediaType } from './http';

describe('isJsonMediaType', () => {
  it('accepts application/json with no charset or UTF-8, in any case', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON;charset=UTF-8', 'application/json; charset="utf-8"']) {
      expect(isJsonMediaType(type), type).toBe(true);
    }
  });

  it('refuses other types, other charsets and no type at all', () => {
    for (const type of [null, '', 'text/plain', 'application/jsonx', 'text/json', 'application/json; charset=iso-8859-1', 'multipart/form-data']) {
      expect(isJsonMediaType(type), String(type)).toBe(false);
    }
  });
});

describe('echo', () => {
  it('quotes short input as it is', () => {
    expect(echo('dep-1')).toBe('"dep-1"');
    expect(echo('say "hi"')).toBe('"say \\"hi\\""');
  });

  it('cuts long input to 64 characters and an ellipsis, never inside a character', () => {
    expect(echo('a'.repeat(10_000))).toBe(`"${'a'.repeat(64)}…"`);
    const emoji = '🤖'.repeat(100);
    expect(echo(emoji)).toBe(`"${'🤖'.repeat(64)}…"`);
  });
});
