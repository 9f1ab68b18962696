import { describe, expect, it } from 'vitest';
import { textToPage } from '../../src/adapters/text';

describe('textToPage', () => {
  it('makes one block per non-empty line, in order, with indices', () => {
    const page = textToPage('标题\n\n  第一段。\n第二段。\r\n\r\n第三段。', 'https://example.cn/a.html');
    expect(page.blocks.map((b) => [b.index, b.text])).toEqual([
      [0, '标题'],
      [1, '第一段。'],
      [2, '第二段。'],
      [3, '第三段。'],
    ]);
    expect(page.meta.url).toBe('https://example.cn/a.html');
    expect(page.meta.documentTitle).toBe('标题');
    expect(page.blocks.every((b) => b.tag === 'line' && b.linkDensity === 0 && b.heading === 0)).toBe(true);
  });

  it('groups lines between blank lines', () => {
    const page = textToPage('a\nb\n\n    c\n  • d');
    expect(page.blocks.map((b) => b.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(page.blocks.map((b) => b.group)).toEqual([0, 0, 1, 1]);
  });

  it('marks the wide gaps inside a line where a rendering separated two elements', () => {
    const [line] = textToPage('  来源：四川日报    编辑：曹惠君\t2022-09-02').blocks;
    expect(line!.text).toBe('来源：四川日报 编辑：曹惠君 2022-09-02');
    expect(line!.breaks).toEqual([7, 14]);
    expect(textToPage('一行 没有 宽空格').blocks[0]!.breaks).toBeUndefined();
  });

  it('takes list bullets off the text', () => {
    const page = textToPage('  • 来源: 四川日报\n· 微信\n- 微博\n普通一行');
    expect(page.blocks.map((b) => b.text)).toEqual(['来源: 四川日报', '微信', '微博', '普通一行']);
  });

  it('collapses whitespace (tabs, ideographic and no-break spaces) and drops a BOM', () => {
    const page = textToPage('\uFEFF来源:\t四川日报\u3000\u3000 编辑:  某某\u00a0');
    expect(page.blocks[0]!.text).toBe('来源: 四川日报 编辑: 某某');
    expect(page.meta.documentTitle).toBe('来源: 四川日报 编辑: 某某');
  });

  it('gives an empty page no blocks', () => {
    expect(textToPage('\n \n').blocks).toEqual([]);
  });
});
