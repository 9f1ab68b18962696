import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src/core/slogans/lexicon';
import { toSimplifiedSameLength } from '../../../src/core/slogans/simplify';

describe('lexicon', () => {
  it('holds at least 60 formulations, each once', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(60);
    const forms = LEXICON.flatMap((entry) => [entry.text, ...(entry.aliases ?? [])]);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('is written in simplified script, which is what pages are matched in', () => {
    for (const entry of LEXICON) expect(toSimplifiedSameLength(entry.text)).toBe(entry.text);
  });

  it('glosses every entry in Chinese and English', () => {
    for (const entry of LEXICON) {
      expect(entry.zh.length, entry.text).toBeGreaterThan(5);
      expect(entry.en.length, entry.text).toBeGreaterThan(10);
      expect(entry.zh).toMatch(/\p{Script=Han}/u);
      expect(entry.en).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
