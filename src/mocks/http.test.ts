import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './http';

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
