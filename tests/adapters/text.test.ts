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

  it('records indentation and groups lines between blank lines', () => {
    const page = textToPage('a\nb\n\n    c\n  • d');
    expect(page.blocks.map((b) => b.indent)).toEqual([0, 0, 4, 2]);
    expect(page.blocks.map((b) => b.group)).toEqual([0, 0, 1, 1]);
  });

  it('takes list bullets off the text and marks the block a list item', () => {
    const page = textToPage('  • 来源: 四川日报\n· 微信\n- 微博\n普通一行');
    expect(page.blocks.map((b) => [b.text, b.listItem])).toEqual([
      ['来源: 四川日报', true],
      ['微信', true],
      ['微博', true],
      ['普通一行', false],
    ]);
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
