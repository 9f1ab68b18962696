import { describe, expect, it } from 'vitest';
import type { Block, Role } from '../../../src/core/article';
import { bylineRule } from '../../../src/core/rules/metadata/byline';
import { creditRule } from '../../../src/core/rules/metadata/credit';
import { dateRule } from '../../../src/core/rules/metadata/date';
import { isDatedHeadline, teaserLines } from '../../../src/core/rules/teasers';
import { neutral } from '../../../src/core/text/neutral';
import { block, claimed, input, marked, page } from './blocks';

const BODY =
  '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效，为全年目标任务打下坚实基础。';
const item = (headline: string, line: string, group: number): [string, Partial<Block>][] => [
  [headline, { tag: 'a', linkDensity: 1, hints: ['side', 'item'], group }],
  [line, { tag: 'p', hints: ['side', 'item'], group }],
];
const sidebar = (label: string): [string, Partial<Block>][] => [
  ['热门文章', { tag: 'h3', heading: 3, hints: ['side'], group: 1 }],
  ...item('第一篇热门文章的标题在这里', `${label}王一明`, 2),
  ...item('第二篇热门文章的标题在这里', `${label}王二明`, 3),
];
const article = (byline: string): [string, Partial<Block>][] => [
  ['市委召开常委会议', { tag: 'h1', heading: 1, group: 9 }],
  [byline, { tag: 'div', group: 9 }],
  [BODY, { group: 9 }],
];
const linesOf = (p: ReturnType<typeof page>, roles: Role[]) =>
  [
    ...teaserLines(
      p,
      roles,
      p.blocks.map((b) => b.text),
    ),
  ].sort();
const titled = (blocks: unknown[]): Role[] => blocks.map((_, i) => (i === blocks.length - 3 ? 'title' : 'body'));

describe('teaser lines', () => {
  it('finds the lines each item of a list puts under its linked headline', () => {
    const p = page([...sidebar('作者：'), ...article('作者：张三')]);
    expect(linesOf(p, titled(p.blocks))).toEqual([2, 4]);
  });

  it('finds the line under the next article’s headline, alone', () => {
    const p = page([
      ...article('作者：张三'),
      ['下一篇：某地举行乡村振兴现场推进会', { tag: 'a', linkDensity: 1, group: 12 }],
      ['来源：新华网 作者：李四', { group: 12 }],
    ]);
    const roles: Role[] = ['title', 'body', 'body', 'body', 'body'];
    expect(linesOf(p, roles)).toEqual([4]);
  });

  it('leaves a line under one linked headline that names no other article (a blog post’s own title)', () => {
    const p = page([
      ['[湖湘文化]陈天华《警世钟》', { tag: 'td', linkDensity: 1, group: 5 }],
      ['ggjjzhzz 发表于 2005-9-15 11:46:00', { tag: 'td', group: 5 }],
      [BODY, { group: 6 }],
    ]);
    expect(linesOf(p, ['body', 'body', 'body'])).toEqual([]);
  });

  it('keeps a sidebar’s credits out of the article’s, before the text and after it', () => {
    for (const label of ['作者：', '编辑：', '来源：人民网 作者：']) {
      const p = page([...sidebar(label), ...article('2021-03-04 10:20')]);
      const roles = titled(p.blocks);
      const decisions = bylineRule.apply(input(p, roles));
      expect(claimed(decisions)).toEqual({});
      expect(marked(decisions, 'boilerplate')).toEqual([2, 4]);
      expect(claimed(creditRule.apply(input(p, roles)))).toEqual({});
    }
    const both = page([...sidebar('作者：'), ...article('作者：张三')]);
    expect(claimed(bylineRule.apply(input(both, titled(both.blocks))))).toEqual({ author: '张三' });
  });
});

describe('dated headlines', () => {
  const dated = (text: string, linkDensity: number) => isDatedHeadline(block(0, text, { linkDensity }), neutral(text));

  it('finds another article’s linked headline with its date on one line', () => {
    // `<a>我国建成全球最大物联网</a> 2023-12-01`: 11 of 21 visible characters linked, all of those beside the date.
    expect(dated('我国建成全球最大物联网 2023-12-01', 11 / 21)).toBe(true);
    expect(dated('2023-12-01 我国建成全球最大物联网', 11 / 21)).toBe(true);
  });

  it('leaves a byline whose outlet is linked, and a headline without a link', () => {
    expect(dated('2024-03-05 10:20 人民网', 3 / 18)).toBe(false);
    expect(dated('2024-03-05 来源：北京市人民政府办公厅', 10 / 23)).toBe(false);
    expect(dated('我国建成全球最大物联网 2023-12-01', 0)).toBe(false);
  });

  it('reads neither source nor date from a related article listed under a short article', () => {
    const p = page([
      ['市委召开常委会议', { tag: 'h1', heading: 1 }],
      BODY,
      ['我国建成全球最大物联网 2023-12-01', { tag: 'li', linkDensity: 11 / 21 }],
    ]);
    const roles: Role[] = ['title', 'body', 'body'];
    expect(claimed(bylineRule.apply(input(p, roles)))).toEqual({});
    expect(claimed(dateRule.apply(input(p, roles)))).toEqual({});
  });
});
