import { describe, expect, it } from 'vitest';
import type { Block, Page, Role } from '../../../../src/core/article';
import { heaviestSpan, mainContent } from '../../../../src/core/rules/content/main-content';
import { nextEntry } from '../../../../src/core/rules/content/next-entry';
import { input, block as makeBlock } from '../blocks';

/** Blocks of one container unless a test says otherwise. */
function block(index: number, text: string, extra: Partial<Block> = {}): Block {
  return makeBlock(index, text, { group: 1, ...extra });
}

function run(rule: typeof mainContent, blocks: Block[], roles: Role[] = blocks.map(() => 'body')) {
  const page: Page = { blocks, meta: { meta: {}, jsonLd: [] } };
  return (rule.apply(input(page, roles)).roles ?? []).map((d) => d.block);
}

const PROSE =
  '打赢疫情防控阻击战，必须紧紧依靠人民群众的参与和支持。在横向到边、纵向到底的疫情防控体系里，我们每个人都是其中的一分子。';

describe('heaviestSpan', () => {
  it('finds the contiguous run with the largest sum', () => {
    expect(heaviestSpan([-5, 10, -2, 10, -30, 15])).toEqual({ start: 1, end: 4, weight: 18 });
    expect(heaviestSpan([-1, -2])).toBeNull();
    expect(heaviestSpan([])).toBeNull();
  });
});

describe('main-content', () => {
  it('keeps the article and drops link lists and reply lists around it', () => {
    const blocks = [
      block(0, '首页 新闻 博客 论坛 相册', { linkDensity: 1, group: 0 }),
      block(1, PROSE, { group: 2 }),
      block(2, PROSE, { group: 2 }),
      block(3, '上一篇 下一篇', { group: 3, linkDensity: 1 }),
      ...Array.from({ length: 12 }, (_, i) =>
        block(4 + i, `一把辛酸泪啊。【网友${i}】08-11 17:15 80字 [176/0]`, {
          linkDensity: 0.4,
          group: 4,
        }),
      ),
      block(16, '这条回复写得很长，也有标点，可是它不在文章里，只是孤零零地挂在回复列表的后面。', { group: 5 }),
    ];
    expect(run(mainContent, blocks)).toEqual([0, 3, ...Array.from({ length: 12 }, (_, i) => 4 + i), 16]);
  });

  it('keeps prose of the article container that an inline widget split off', () => {
    const blocks = [
      block(0, PROSE, { group: 7 }),
      block(1, PROSE, { group: 7 }),
      ...Array.from({ length: 30 }, (_, i) => block(2 + i, `相关链接标题${i}`, { linkDensity: 1, group: 8 })),
      block(32, PROSE, { group: 7 }),
    ];
    expect(run(mainContent, blocks)).toEqual(Array.from({ length: 30 }, (_, i) => 2 + i));
  });

  it('leaves blocks other rules decided alone', () => {
    const blocks = [block(0, '责任编辑：某某', { group: 0 }), block(1, PROSE), block(2, PROSE)];
    expect(run(mainContent, blocks, ['meta', 'body', 'body'])).toEqual([]);
  });
});

describe('next-entry', () => {
  const dress = { tag: 'td', hints: ['post-title'] };
  const blocks = [
    block(0, '湘菜粤菜 兵分两路', dress),
    block(1, '2005-06-14 03:25:55', dress),
    block(2, PROSE + PROSE, { tag: 'td', hints: ['post-body'] }),
    block(3, '澳坛真的累了', dress),
    block(4, PROSE, { tag: 'td', hints: ['post-body'] }),
  ];

  it('ends the article at the next headline dressed like the title', () => {
    expect(run(nextEntry, blocks, ['title', 'meta', 'body', 'body', 'body'])).toEqual([3, 4]);
  });

  it('does nothing when the title has no dress of its own or paragraphs share it', () => {
    const bare = blocks.map((b) => ({ ...b, hints: [] }));
    expect(run(nextEntry, bare, ['title', 'meta', 'body', 'body', 'body'])).toEqual([]);
    const shared = blocks.map((b) => ({ ...b, hints: ['section1'] }));
    expect(run(nextEntry, shared, ['title', 'meta', 'body', 'body', 'body'])).toEqual([]);
  });

  it('needs prose between the title and the next headline', () => {
    const table = [
      block(0, '吉林省人民政府', dress),
      block(1, '成文日期：', { tag: 'td', hints: ['label'] }),
      block(2, '标题', dress),
    ];
    expect(run(nextEntry, table, ['title', 'body', 'body'])).toEqual([]);
  });
});

describe('main-content on data tables', () => {
  it('keeps a table of short unlinked cells that follows the text', () => {
    const cells = ['学科、专业名称', '研究方向', '指导教师', '招生人数', '050401 艺术学', '7', '01艺术学原理'];
    const blocks = [
      block(0, PROSE, { group: 1 }),
      block(1, PROSE, { group: 1 }),
      ...cells.map((text, i) => block(2 + i, text, { tag: 'td', group: 2 })),
      ...Array.from({ length: 10 }, (_, i) => block(9 + i, `推荐文章标题${i}`, { linkDensity: 1, group: 3 })),
    ];
    expect(run(mainContent, blocks)).toEqual(Array.from({ length: 10 }, (_, i) => 9 + i));
  });
});
