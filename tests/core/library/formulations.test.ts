import { describe, expect, it } from 'vitest';
import { commonSlogans, firstAppearances, sloganTimeline } from '../../../src/core/library/formulations';

const s = (key: string, count: number, text = key) => ({ key, text, count });
const entries = [
  { url: 'a', title: 'A', date: '2023-11-05', slogans: [s('新质生产力', 2), s('高质量发展', 1)] },
  { url: 'b', title: 'B', date: '2024-01-20T08:00+08:00', slogans: [s('新质生产力', 3, '新質生產力')] },
  { url: 'c', title: 'C', date: '2024-01-02', slogans: [s('高质量发展', 4)] },
  { url: 'd', title: 'D', date: null, slogans: [s('新质生产力', 1)] },
  { url: 'e', title: 'E', date: '2022-06-01', slogans: [s('共同富裕', 1)] },
];

describe('sloganTimeline', () => {
  it('counts occurrences per publish month, every month between the first and last shown', () => {
    const timeline = sloganTimeline(entries, ['新质生产力', '高质量发展']);
    expect(timeline.months).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(timeline.series).toEqual([
      { key: '新质生产力', text: '新质生产力', counts: [2, 0, 3], urls: [['a'], [], ['b']] },
      { key: '高质量发展', text: '高质量发展', counts: [1, 0, 4], urls: [['a'], [], ['c']] },
    ]);
    expect(timeline.undated).toBe(1);
  });

  it('is empty for slogans no article holds', () => {
    expect(sloganTimeline(entries, ['不存在'])).toEqual({ months: [], series: [], undated: 0 });
  });
});

describe('firstAppearances', () => {
  it('lists formulations by the earliest publish date among their articles', () => {
    expect(firstAppearances(entries).map((row) => [row.key, row.first?.url, row.articles, row.occurrences])).toEqual([
      ['共同富裕', 'e', 1, 1],
      ['新质生产力', 'a', 3, 6],
      ['高质量发展', 'a', 2, 5],
    ]);
  });

  it('puts a formulation only undated articles hold last', () => {
    const rows = firstAppearances([...entries, { url: 'f', title: 'F', date: null, slogans: [s('两个确立', 1)] }]);
    expect(rows.at(-1)).toMatchObject({ key: '两个确立', first: null });
  });
});

describe('commonSlogans', () => {
  it('ranks formulations by the articles holding them', () => {
    expect(commonSlogans(entries).map((row) => [row.key, row.articles])).toEqual([
      ['新质生产力', 3],
      ['高质量发展', 2],
      ['共同富裕', 1],
    ]);
  });
});
