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
  it('takes numbered forum floors for a thread however many lines each reply holds', () => {
    const floor = (n: number, day: number) => [
      { text: `楼层： 第 ${n} 楼 时间：2005-08-${day} 20:56:20`, tag: 'div', hints: ['div_floor'] },
      { text: '作者： 某网友', tag: 'td' },
      { text: '武略佐骑尉(从六品)', tag: 'td' },
      { text: '能力值:31140', tag: 'td' },
      { text: '谢谢！', tag: 'td' },
      { text: '用电脑就是用硬件', tag: 'td' },
      { text: '宝物：后悔药 状元令', tag: 'td' },
      { text: '得分：35', tag: 'td' },
    ];
    const thread = [{ text: PROSE }, { text: PROSE }, ...floor(2, 28), ...floor(3, 29), ...floor(4, 30)];
    expect(removed(thread)).toEqual(thread.map((_, i) => i).slice(2));
    // The same headers with numbers that do not follow one another are no thread at that distance.
    const unnumbered = [{ text: PROSE }, { text: PROSE }, ...floor(2, 28), ...floor(5, 29), ...floor(3, 30)];
    expect(removed(unnumbered)).toEqual([]);
  });
});
