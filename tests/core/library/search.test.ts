import { describe, expect, it } from 'vitest';
import { hitCount, narrows, queryTerms, searchTextOf, searchTexts } from '../../../src/core/library/search';

const texts = new Map([
  ['s', searchTextOf({ title: '推动高质量发展', paragraphs: [{ text: '坚持以人民为中心的发展思想。', block: 0 }] })],
  [
    't',
    searchTextOf({
      title: '推動高質量發展',
      paragraphs: [{ text: '堅持以人民為中心的發展思想，ＡＩ也要發展。', block: 0 }],
    }),
  ],
  ['x', searchTextOf({ title: '乡村振兴', paragraphs: [{ text: '中心城市带动周边。', block: 0 }] })],
]);

describe('library search', () => {
  it('finds simplified and traditional articles with a query in either script', () => {
    expect(searchTexts(texts, queryTerms('高质量发展'))).toEqual(new Set(['s', 't']));
    expect(searchTexts(texts, queryTerms('高質量發展'))).toEqual(new Set(['s', 't']));
  });

  it('matches a phrase, not its characters scattered', () => {
    expect(searchTexts(texts, queryTerms('人民为中心'))).toEqual(new Set(['s', 't']));
    expect(searchTexts(texts, queryTerms('中心人民'))).toEqual(new Set());
  });

  it('needs every word of the query, full-width letters and case folded', () => {
    expect(searchTexts(texts, queryTerms('发展 ai'))).toEqual(new Set(['t']));
    expect(searchTexts(texts, queryTerms('中心 振兴'))).toEqual(new Set(['x']));
  });

  it('searches within earlier results when the query only grew', () => {
    expect(narrows(queryTerms('高质量发展'), queryTerms('高质'))).toBe(true);
    expect(narrows(queryTerms('发展'), queryTerms('高质'))).toBe(false);
    expect(searchTexts(texts, queryTerms('发展思想'), ['s'])).toEqual(new Set(['s']));
  });

  it('counts the rarest term', () => {
    expect(hitCount(texts.get('t')!, queryTerms('发展'))).toBe(3);
    expect(hitCount(texts.get('t')!, queryTerms('发展 思想'))).toBe(1);
    expect(hitCount(texts.get('x')!, queryTerms('发展'))).toBe(0);
  });
});
