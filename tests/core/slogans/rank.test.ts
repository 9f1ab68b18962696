import { describe, expect, it } from 'vitest';
import type { SloganKind } from '../../../src/core/article';
import { type Candidate, flexiblePattern } from '../../../src/core/slogans/candidate';
import { rank, strongest } from '../../../src/core/slogans/rank';
import { joinSources } from '../../../src/core/slogans/sources';
import { sourcesOf } from './sources';

function candidate(key: string, kind: SloganKind, score: number, gloss?: Candidate['gloss']): Candidate {
  return { key, kind, score, pattern: flexiblePattern([key]), ...(gloss ? { gloss } : {}) };
}

function ranked(candidates: Candidate[], paragraphs: string[], title?: string) {
  const sources = sourcesOf(paragraphs, title);
  return rank(candidates, sources, joinSources(sources)).map(({ key, kind, score, count, first, gloss }) => ({
    key,
    kind,
    score,
    count,
    first,
    gloss,
  }));
}

const gloss = { zh: '释义', en: 'gloss' };

describe('rank', () => {
  it('counts every occurrence, and points at the first in the body rather than the title', () => {
    const [top] = ranked([candidate('打赢阻击战', 'quoted', 7)], ['要打赢阻击战。', '打赢阻击战'], '打赢阻击战');
    expect(top).toMatchObject({ count: 3, first: { source: 1, offset: 1, length: 5 }, score: 7 + Math.log2(3) });
  });

  it('keeps one find per text, in the lexicon’s reading, one point stronger for being found twice', () => {
    const found = ranked(
      [candidate('人民至上生命至上', 'repeated', 7), candidate('人民至上、生命至上', 'lexicon', 10, gloss)],
      ['坚持人民至上、生命至上。'],
    );
    expect(found).toEqual([
      {
        key: '人民至上、生命至上',
        kind: 'lexicon',
        score: 11,
        count: 1,
        first: { source: 0, offset: 2, length: 9 },
        gloss,
      },
    ]);
  });

  it('merges a form into the longer one that holds it when that accounts for most occurrences, gloss and all', () => {
    const found = ranked(
      [candidate('打赢疫情防控阻击战', 'repeated', 8), candidate('疫情防控阻击战', 'lexicon', 10, gloss)],
      ['打赢疫情防控阻击战。', '打赢疫情防控阻击战！'],
    );
    expect(found).toEqual([expect.objectContaining({ key: '打赢疫情防控阻击战', kind: 'repeated', count: 2, gloss })]);
    expect(found[0]!.score).toBe(10 + 1 + 0.5);
  });

  it('drops a one-off longer stretch for the shorter form the page keeps using, which takes its score', () => {
    const found = ranked(
      [candidate('坚决打赢阻击战', 'repeated', 9), candidate('打赢阻击战', 'quoted', 7)],
      ['坚决打赢阻击战。', '打赢阻击战。', '打赢阻击战。'],
    );
    expect(found.map((f) => [f.key, f.score])).toEqual([['打赢阻击战', 9]]);
  });

  it('leaves out weak structural finds, but never a glossed one', () => {
    const found = ranked(
      [
        candidate('隔离墙', 'quoted', 3),
        candidate('联防联控、群防群控', 'parallel', 7),
        candidate('六稳', 'numbered', 1, gloss),
      ],
      ['铸造坚实的隔离墙，形成联防联控、群防群控格局，做好六稳工作。'],
    );
    expect(found.map((f) => f.key)).toEqual(['联防联控、群防群控', '六稳']);
  });

  it('ranks by score, and equal scores by where they first appear', () => {
    const found = ranked(
      [candidate('乙乙乙乙', 'quoted', 7), candidate('甲甲甲甲', 'quoted', 7), candidate('丙丙丙丙', 'quoted', 9)],
      ['甲甲甲甲，乙乙乙乙。', '丙丙丙丙。'],
    );
    expect(found.map((f) => f.key)).toEqual(['丙丙丙丙', '甲甲甲甲', '乙乙乙乙']);
  });

  it('leaves out a candidate the page does not hold', () => {
    expect(ranked([candidate('六稳', 'lexicon', 10, gloss)], ['做好六保工作。'])).toEqual([]);
  });
});

describe('strongest', () => {
  it('keeps the best score of each text, strongest first, at most 80', () => {
    const many = Array.from({ length: 100 }, (_, i) => candidate(`候选${i}`, 'quoted', i));
    const kept = strongest([...many, candidate('候选0', 'quoted', 200)]);
    expect(kept).toHaveLength(80);
    expect(kept[0]).toMatchObject({ key: '候选0', score: 200 });
    expect(kept.slice(1).map((c) => c.score)).toEqual(Array.from({ length: 79 }, (_, i) => 99 - i));
  });

  it('orders by weight: what the headline says comes before an equal find the body says once more', () => {
    const found = ranked(
      [candidate('甲甲甲甲', 'quoted', 8), candidate('乙乙乙乙', 'quoted', 8)],
      ['前言。', '甲甲甲甲，乙乙乙乙。', '甲甲甲甲。'],
      '乙乙乙乙',
    );
    expect(found.map((f) => [f.key, f.count])).toEqual([
      ['乙乙乙乙', 2],
      ['甲甲甲甲', 2],
    ]);
  });

  it('drops a weak list that holds a formulation as one item, and keeps the formulation', () => {
    const found = ranked(
      [candidate('中心城区、县城乡镇、乡村振兴', 'parallel', 5.7), candidate('乡村振兴', 'lexicon', 10, gloss)],
      ['统筹中心城区、县城乡镇、乡村振兴。'],
    );
    expect(found.map((f) => f.key)).toEqual(['乡村振兴']);
  });
});
