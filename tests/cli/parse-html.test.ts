import { describe, expect, it } from 'vitest';
import { domToPage } from '../../src/adapters/dom';
import { parseHtmlDocument } from '../../src/cli/parse-html';

const blockTexts = (html: string): string[] => domToPage(parseHtmlDocument(html)).page.blocks.map((b) => b.text);

describe('parseHtmlDocument builds the tree a browser builds', () => {
  it('gives a saved DOM that begins with <head> its <html> and <body>', () => {
    const doc = parseHtmlDocument(
      '<head><title>标题</title><meta name="author" content="张三"></head><p>第一段。</p><p>第二段。',
    );
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.head?.querySelector('meta')?.getAttribute('content')).toBe('张三');
    expect(doc.title).toBe('标题');
    expect(Array.from(doc.body.children, (e) => e.localName)).toEqual(['p', 'p']);
    expect(blockTexts('<head><title>标题</title></head><p>第一段。</p><p>第二段。')).toEqual(['第一段。', '第二段。']);
  });

  it('reads a fragment as the body of a document', () => {
    const doc = parseHtmlDocument('正文开头<div>一段</div>');
    expect(doc.body.textContent).toBe('正文开头一段');
  });

  it('reads <noscript> as raw text, as a browser running scripts does, so a <body> inside it is no body', () => {
    const doc = parseHtmlDocument(
      '<html><head><noscript><body><p>请启用脚本</p></body></noscript></head><body><p>文章正文。</p></body></html>',
    );
    expect(doc.querySelectorAll('p')).toHaveLength(1);
    expect(blockTexts(doc.documentElement.outerHTML)).toEqual(['文章正文。']);
  });

  it('moves text misplaced in a table before it, and closes misnested tags as the spec says', () => {
    const doc = parseHtmlDocument('<table>前置文字<tr><td>格</td></tr></table><p><b>粗<i>斜</b>体</i></p>');
    expect(doc.body.firstChild?.nodeValue).toBe('前置文字');
    expect(doc.body.querySelector('p')?.innerHTML).toBe('<b>粗<i>斜</i></b><i>体</i>');
  });

  it('keeps template content out of the document tree', () => {
    const doc = parseHtmlDocument(
      '<body><template><meta name="x" content="y"><p>模板</p></template><p>正文</p></body>',
    );
    expect(doc.querySelectorAll('meta')).toHaveLength(0);
    expect(blockTexts('<body><template><p>模板</p></template><p>正文</p></body>')).toEqual(['正文']);
  });

  it('keeps SVG elements in their namespace and attributes whatever their names', () => {
    const doc = parseHtmlDocument(
      '<body><svg viewBox="0 0 1 1"><foreignObject></foreignObject></svg><p "x"=1 a=2>文</p></body>',
    );
    expect(doc.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('p')?.getAttribute('a')).toBe('2');
    expect(doc.querySelector('p')?.getAttribute('"x"')).toBe('1');
    expect(doc.querySelector('p')?.textContent).toBe('文');
  });
});
