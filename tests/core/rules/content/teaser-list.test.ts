import { describe, expect, it } from 'vitest';
import type { Block, Role } from '../../../../src/core/article';
import { teaserList } from '../../../../src/core/rules/content/teaser-list';
import { input, marked, page } from '../blocks';

const SUMMARY =
  '美國共和黨參選人、前總統川普18日舉行造勢活動，卻在演說中暗諷台灣拳后林郁婷，對此，前中廣董事長趙少康今天表示，政府應有所回應。';
const item = (n: number): [string, Partial<Block>][] => [
  [`第${n}則相關新聞的標題在這裡`, { tag: 'h3', heading: 3, linkDensity: 1, hints: ['piece'], group: n }],
  [`${SUMMARY}${n}`, { tag: 'p', hints: ['piece', 'summary'], group: n }],
  [`2024-08-1${n} 12:32`, { tag: 'div', hints: ['piece'], group: n }],
];

describe('teaser-list', () => {
  it('takes the summaries under a list’s linked headlines out of the article', () => {
    const p = page([['變性人', { tag: 'h1', heading: 1, group: 0 }], ...item(1), ...item(2), ...item(3)]);
    const roles: Role[] = p.blocks.map((_, i) => (i === 0 ? 'title' : 'body'));
    expect(marked(teaserList.apply(input(p, roles)), 'boilerplate')).toEqual([2, 3, 5, 6, 8, 9]);
  });

  it('leaves two such items alone, and an article’s paragraphs under no linked headline', () => {
    const two = page([['變性人', { tag: 'h1', heading: 1, group: 0 }], ...item(1), ...item(2)]);
    expect(teaserList.apply(input(two)).roles).toEqual([]);
    const article = page([
      ['院會通過總預算', { tag: 'h1', heading: 1, group: 0 }],
      [SUMMARY, { group: 0 }],
      [SUMMARY.slice(2), { group: 0 }],
      [SUMMARY.slice(4), { group: 0 }],
    ]);
    expect(teaserList.apply(input(article)).roles).toEqual([]);
  });

  it('takes out even one or two items when a related-list heading stands over them', () => {
    const heading: [string, Partial<Block>] = ['相關新聞', { tag: 'h4', heading: 4, group: 9 }];
    const p = page([['變性人', { tag: 'h1', heading: 1, group: 0 }], heading, ...item(1), ...item(2)]);
    expect(marked(teaserList.apply(input(p)), 'boilerplate')).toEqual([3, 4, 6, 7]);
    const one = page([['變性人', { tag: 'h1', heading: 1, group: 0 }], heading, ...item(1)]);
    expect(marked(teaserList.apply(input(one)), 'boilerplate')).toEqual([3, 4]);
  });

  it('ends the list at the first block that is neither an item nor an item’s line', () => {
    const heading: [string, Partial<Block>] = ['相關新聞', { tag: 'h4', heading: 4, group: 9 }];
    const after: [string, Partial<Block>][] = [
      [SUMMARY, { group: 20 }],
      ['第9則不相關的標題在這裡', { tag: 'h3', heading: 3, linkDensity: 1, group: 21 }],
      [`${SUMMARY}9`, { tag: 'p', group: 21 }],
    ];
    const p = page([['變性人', { tag: 'h1', heading: 1, group: 0 }], heading, ...item(1), ...after]);
    expect(marked(teaserList.apply(input(p)), 'boilerplate')).toEqual([3, 4]);
  });
});
