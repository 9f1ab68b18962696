import { describe, expect, it } from 'vitest';
import { domToPage } from '../../src/adapters/dom';
import { applyPageStyles, mediaMatches } from '../../src/cli/page-styles';
import { parseHtmlDocument } from '../../src/cli/parse-html';

/** The blocks the CLI reads from a page with these `<style>` rules and this body. */
function shown(css: string, body: string): string[] {
  const doc = parseHtmlDocument(`<html><head><style>${css}</style></head><body>${body}</body></html>`);
  applyPageStyles(doc);
  return domToPage(doc).page.blocks.map((b) => b.text);
}

const LONG = '脚本运行前隐藏的正文，足够长的一段文字。'.repeat(12);

describe('applyPageStyles: what the page’s own stylesheets hide', () => {
  it('hides what a display:none or visibility:hidden rule matches', () => {
    expect(shown('#title_desc { display: none }', '<div id="title_desc"><p>分享摘要</p></div><p>正文</p>')).toEqual([
      '正文',
    ]);
    expect(
      shown(
        '.rm_txt_con div.otitle{display:none;}',
        '<div class="rm_txt_con"><div class="otitle">原标题</div><p>正文</p></div>',
      ),
    ).toEqual(['正文']);
    expect(shown('span.tip { visibility: hidden }', '<p>正文</p><span class="tip">提示</span>')).toEqual(['正文']);
  });

  it('resolves the cascade: specificity, order, !important and the inline style', () => {
    const tabs = '<div class="tab">第一页</div><div class="tab active">第二页</div>';
    expect(shown('.tab{display:none} .tab.active{display:block}', tabs)).toEqual(['第二页']);
    expect(shown('.tab.active{display:block} .tab{display:none}', tabs)).toEqual(['第二页']);
    expect(shown('.x{display:none} .y{display:block}', '<p class="x y">后写的规则胜出</p>')).toEqual([
      '后写的规则胜出',
    ]);
    expect(shown('.y{display:block} .x{display:none}', '<p class="x y">后写的规则胜出</p>')).toEqual([]);
    expect(shown('.x{display:none !important} #a.x.y{display:block}', '<p id="a" class="x y">重要</p>')).toEqual([]);
    expect(shown('.x{display:none}', '<p class="x" style="display:block">行内样式胜出</p>')).toEqual(['行内样式胜出']);
    expect(shown('.x{display:none !important}', '<p class="x" style="display:block">行内样式不敌</p>')).toEqual([]);
    expect(shown('p:not(.keep){display:none}', '<p class="keep">留下</p><p>隐藏</p>')).toEqual(['留下']);
  });

  it('leaves alone what no rule at rest on a desktop screen hides', () => {
    const body = '<p class="x">正文</p>';
    expect(shown('@media print { .x { display: none } }', body)).toEqual(['正文']);
    expect(shown('@media (max-width: 768px) { .x { display: none } }', body)).toEqual(['正文']);
    expect(shown('.x:hover { display: none } .x::before { display: none }', body)).toEqual(['正文']);
    expect(shown('@media screen and (min-width: 1024px) { .x { display: none } }', body)).toEqual([]);
    expect(shown('@supports (display: grid) { .x { display: none } }', body)).toEqual([]);
    expect(shown('.x { display: none', body)).toEqual([]);
    expect(shown('.x:unknown-state { display: none }', body)).toEqual(['正文']);
  });

  it('skips <style> elements for print or in another language', () => {
    const doc = parseHtmlDocument(
      '<html><head><style media="print">.x{display:none}</style><style type="text/less">.x{display:none}</style></head><body><p class="x">正文</p></body></html>',
    );
    applyPageStyles(doc);
    expect(domToPage(doc).page.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('reads a long article a rule keeps invisible until a script reveals it', () => {
    expect(shown('#js_content { visibility: hidden }', `<div id="js_content"><p>${LONG}</p></div>`)).toEqual([LONG]);
    expect(shown('#js_content { display: none }', `<div id="js_content"><p>${LONG}</p></div>`)).toEqual([]);
  });
});

describe('mediaMatches answers for a desktop screen 1280 pixels wide', () => {
  it.each([
    ['screen', true],
    ['all', true],
    ['print', false],
    ['only screen and (min-width: 768px)', true],
    ['screen and (max-width: 1024px)', false],
    ['(max-width: 90em)', true],
    ['not print', true],
    ['print, screen', true],
    ['(orientation: portrait)', false],
  ] as const)('%s → %s', (query, expected) => {
    expect(mediaMatches(query)).toBe(expected);
  });
});
