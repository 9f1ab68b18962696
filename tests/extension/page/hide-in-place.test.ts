// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/core/article';
import { elementsToHide, InPlaceCleaner } from '../../../src/extension/page/hide-in-place';

/** The one mark in-place cleaning leaves on each element it hides. */
const HIDDEN_ATTRIBUTE = 'data-qingdu-hidden';

function setUp(html: string): void {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`;
}

const byId = (id: string) => document.getElementById(id)!;

describe('elementsToHide', () => {
  beforeEach(() =>
    setUp(`
      <div id="top"><ul id="nav"><li id="n1"><a>首页</a></li><li id="n2"><a>新闻</a></li></ul></div>
      <div id="main">
        <h1 id="title">标题</h1>
        <div id="content"><p id="p1">正文一</p><p id="p2">正文二</p></div>
        <div id="share"><span id="s1">分享到：</span><a id="s2">微信</a></div>
      </div>
      <div id="footer"><p id="f1">主办单位</p></div>`),
  );

  it('hides the highest ancestor that holds no kept block, never the article or body', () => {
    const ids = ['n1', 'n2', 'title', 'p1', 'p2', 's1', 's2', 'f1'];
    const roles: Role[] = [
      'boilerplate',
      'boilerplate',
      'title',
      'body',
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ];
    const hidden = elementsToHide(ids.map(byId), roles).map((e) => e.id);
    expect(hidden.sort()).toEqual(['footer', 'share', 'top']);
  });

  it('keeps an element that holds a kept block even when its own text is boilerplate', () => {
    const ids = ['main', 'p1'];
    expect(elementsToHide(ids.map(byId), ['boilerplate', 'body'])).toEqual([]);
  });

  it('does not climb above `within`', () => {
    expect(elementsToHide([byId('s1')], ['boilerplate'], byId('share')).map((e) => e.id)).toEqual(['share']);
    expect(elementsToHide([byId('s1')], ['boilerplate'], byId('s1')).map((e) => e.id)).toEqual(['s1']);
  });

  it('treats duplicates like boilerplate', () => {
    expect(elementsToHide([byId('p1'), byId('f1')], ['body', 'duplicate']).map((e) => e.id)).toEqual(['footer']);
  });
});

describe('InPlaceCleaner', () => {
  it('hides with one style and one attribute, and restores outerHTML exactly', () => {
    setUp(`<div id="a" class="x" style="color: red">一</div><p id="b" data-k="1">二</p>`);
    const before = document.documentElement.outerHTML;
    const cleaner = new InPlaceCleaner(document);
    expect(cleaner.hide([byId('a'), byId('a')])).toBe(1);
    expect(byId('a').hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    expect(document.documentElement.outerHTML).not.toBe(before);
    cleaner.restore();
    expect(document.documentElement.outerHTML).toBe(before);
    cleaner.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
