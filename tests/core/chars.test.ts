import { describe, expect, it } from 'vitest';
import { endsWithOneOf, isSpaceCode, lastVisibleUnit } from '../../src/core/chars';

/** Short strings over an alphabet of whitespace, marks, Han, Latin and surrogate halves (a fixed pseudo-random walk). */
function* strings(count: number): Generator<string> {
  const alphabet = [
    ' ',
    '\u3000',
    '\u00a0',
    '\n',
    '\ufeff',
    '。',
    '！',
    '？',
    '!',
    '?',
    '，',
    '…',
    '）',
    ')',
    '中',
    'a',
    '\ud840\udc00',
    '\ud840',
    '\udc00',
    '\u200b',
  ];
  let seed = 7;
  for (let n = 0; n < count; n++) {
    let text = '';
    seed = (seed * 1103515245 + 12345) % 2147483648;
    for (let length = seed % 7; length > 0; length--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += alphabet[seed % alphabet.length];
    }
    yield text;
  }
}

describe('character tests agree with the regexes they stand for', () => {
  it('isSpaceCode is \\s', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('lastVisibleUnit is trimEnd().at(-1), and endsWithOneOf a `[marks]\\s*$` regex', () => {
    const texts = [...strings(5000), '', '   ', '结束。 ', '（完）\u3000'];
    expect(texts.filter((t) => lastVisibleUnit(t) !== (t.trimEnd().at(-1) ?? ''))).toEqual([]);
    for (const marks of ['。！？!?', '。；;：:，,、…', '）)】]']) {
      const pattern = new RegExp(`[${marks.replace(/[\]\\]/g, '\\$&')}]\\s*$`, 'u');
      expect(texts.filter((t) => endsWithOneOf(t, marks) !== pattern.test(t))).toEqual([]);
    }
    expect(endsWithOneOf('好吗？ ', '。！？!?')).toBe(true);
    expect(endsWithOneOf('标题', '。！？!?')).toBe(false);
  });
});
