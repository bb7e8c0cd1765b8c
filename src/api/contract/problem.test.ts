import { describe, expect, it } from 'vitest';
import { echo, shortenEchoes } from './problem';

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

describe('shortenEchoes', () => {
  it('cuts every unbroken run over 64 characters and leaves the rest of the message as it is', () => {
    const id = 'x'.repeat(100_000);
    expect(shortenEchoes(`device ${id} does not exist`)).toBe(`device ${'x'.repeat(64)}… does not exist`);
    expect(shortenEchoes('nav-amr-01 is offline;  only online devices can be selected')).toBe('nav-amr-01 is offline;  only online devices can be selected');
  });
});
