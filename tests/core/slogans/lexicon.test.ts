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

  it('holds at least 300 formulations of 2012–2025, each with the year it came into use and where it comes from', () => {
    expect(LEXICON.filter((entry) => entry.since >= 2012 && entry.since <= 2025).length).toBeGreaterThanOrEqual(300);
    for (const entry of LEXICON) {
      expect(Number.isInteger(entry.since) && entry.since >= 1920 && entry.since <= 2025, entry.text).toBe(true);
      expect(entry.source, entry.text).toMatch(/\p{Script=Han}/u);
      if (entry.context) expect(['epidemic', 'industry']).toContain(entry.context);
    }
  });

  it('holds the formulations readers meet in the news of these years', () => {
    const texts = LEXICON.map((entry) => entry.text);
    for (const text of [
      '高水平对外开放',
      '新质生产力',
      '中国式现代化',
      '两个确立',
      '两个维护',
      '全过程人民民主',
      '总体国家安全观',
      '共同富裕',
      '人类命运共同体',
      '新三样',
      '真正的多边主义',
    ])
      expect(texts, text).toContain(text);
  });
});
