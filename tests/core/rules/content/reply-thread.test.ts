import { describe, expect, it } from 'vitest';
import type { Block, Page, Role } from '../../../../src/core/article';
import { replyThread } from '../../../../src/core/rules/content/reply-thread';
import { neutral } from '../../../../src/core/text/neutral';

const PROSE =
  '承蒙开心就好的邀请，很高兴入住博客堂。作为微软技术的知名社区，博客堂是一个做技术博客的好地方，我的博客将集中在两个方面。';

function removed(blocks: { text: string; tag?: string; hints?: string[] }[], roles?: Role[]): number[] {
  const page: Page = {
    blocks: blocks.map(
      (b, index): Block => ({
        index,
        text: b.text,
        tag: b.tag ?? 'p',
        heading: 0,
        linkDensity: 0,
        hints: b.hints ?? ['main'],
        group: 0,
      }),
    ),
    meta: { meta: {}, jsonLd: [] },
  };
  const fields = { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null };
  const texts = blocks.map((b) => b.text);
  return (
    replyThread.apply({ page, roles: roles ?? texts.map(() => 'body'), texts, views: texts.map(neutral), fields })
      .roles ?? []
  ).map((d) => d.block);
}

const header = (time: string, name: string) => ({
  text: `# re: 很高兴入住博客堂 2004-12-27 ${time} ${name}`,
  tag: 'h4',
});

describe('reply-thread', () => {
  it('ends the article at the first of a run of alike dated reply headers', () => {
    const blocks = [
      { text: PROSE },
      { text: PROSE },
      header('12:55', 'scong'),
      { text: '名人来了,我等看客有福了' },
      header('13:01', 'Ninputer'),
      { text: '哎呀，高手来了！' },
      header('13:08', '开心就好'),
      { text: '欢迎欢迎，热烈欢迎。' },
    ];
    expect(removed(blocks)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('leaves a list of dated items with nothing between them, and too few headers', () => {
    const references = [
      { text: PROSE },
      { text: PROSE },
      ...['01', '02', '03', '04'].map((d) => ({ text: `人民日报 2020-04-${d} 报道`, tag: 'li' })),
    ];
    expect(removed(references)).toEqual([]);
    expect(
      removed([
        { text: PROSE },
        { text: PROSE },
        header('12:55', 'scong'),
        { text: '好' },
        header('13:01', 'Ninputer'),
      ]),
    ).toEqual([]);
  });

  it('needs article prose before the thread', () => {
    expect(
      removed([
        header('12:55', 'a'),
        { text: '甲' },
        header('13:01', 'b'),
        { text: '乙' },
        header('13:08', 'c'),
        { text: '丙' },
      ]),
    ).toEqual([]);
  });
});
