// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CleanController, MAX_PAGE_ELEMENTS, NO_ARTICLE_MESSAGE } from '../../../src/extension/page/clean-controller';
import { HIDDEN_ATTRIBUTE } from '../../../src/extension/page/hide-in-place';
import { READER_HOST_TAG } from '../../../src/extension/page/reader-view';
import { FIXTURES_DIR } from '../../paths';

const FIXTURE = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const script of document.querySelectorAll('script')) script.remove();
}

const controller = () => new CleanController(document, { fontSize: () => 18 });

describe('CleanController', () => {
  beforeEach(() => load(FIXTURE));

  it('extracts once and reuses the result until the page changes', () => {
    const c = controller();
    const first = c.extract();
    expect(c.extract()).toBe(first);
    expect(first.article.paragraphs.length).toBeGreaterThan(2);
  });

  it('extracts again after the page content changed, not after its own marks', async () => {
    const c = controller();
    const first = c.extract();
    c.setMode('inplace');
    await new Promise((r) => setTimeout(r, 0));
    expect(c.extract()).toBe(first);
    c.setMode('off');
    const p = document.createElement('p');
    p.textContent = '新增的一段正文，内容足够长，足以算作正文段落，用来检验缓存会失效。';
    document.getElementById('content')!.appendChild(p);
    await new Promise((r) => setTimeout(r, 0));
    const second = c.extract();
    expect(second).not.toBe(first);
    expect(second.article.paragraphs.map((x) => x.text)).toContain(p.textContent);
  });

  it('finds the slogans only when the popup asks for the article, once', () => {
    load(
      '<html><head><title>t</title></head><body><h1>坚持以人民为中心的发展思想</h1><div id="content">' +
        '<p>会议强调，要坚持以人民为中心的发展思想，把以人民为中心落实到每一项具体工作之中。</p>' +
        '<p>各级党组织要坚持以人民为中心，认真研究解决群众反映强烈的突出问题，切实把好事办实、把实事办好。</p>' +
        '</div></body></html>',
    );
    const c = controller();
    const cleaned = c.setMode('reader');
    expect(cleaned.ok && 'slogans' in cleaned.article).toBe(false);
    const reply = c.articleReply();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.article.slogans.map((s) => s.key)).toContain('以人民为中心');
    const again = c.articleReply();
    expect(again.ok && again.article.slogans).toBe(reply.article.slogans);
    c.setMode('off');
  });

  it('hides boilerplate in place and restores the page exactly', () => {
    const before = document.documentElement.outerHTML;
    const c = controller();
    const reply = c.setMode('inplace');
    expect(reply.ok).toBe(true);
    expect(c.mode).toBe('inplace');
    expect(document.querySelector('.footer')?.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('.share')?.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('#content')?.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    expect(document.querySelector('h1')?.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    c.setMode('off');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('switches between reader view and in place without leaving marks', () => {
    const before = document.documentElement.outerHTML;
    const c = controller();
    c.setMode('reader');
    expect(document.querySelector(READER_HOST_TAG)).not.toBeNull();
    expect(c.readerRoot?.textContent).toContain('四川日报');
    c.setMode('inplace');
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    c.setMode('reader');
    expect(document.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    c.setMode('off');
    expect(c.readerRoot).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('rebuilds an open reader view from the page text as it is now (after a script switch)', () => {
    const c = controller();
    c.setMode('reader');
    const first = document.querySelector('#content p')!.firstChild!;
    first.nodeValue = first.nodeValue!.replace('连日来', '連日來');
    c.refreshReader();
    expect(c.mode).toBe('reader');
    expect(document.querySelectorAll(READER_HOST_TAG)).toHaveLength(1);
    expect(c.readerRoot?.textContent).toContain('連日來');
    c.setMode('off');
  });

  it('closing the reader view with Escape turns cleaning off', () => {
    const c = controller();
    c.setMode('reader');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(c.mode).toBe('off');
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
  });

  it('leaves a page without an article untouched and says so', () => {
    load('<html><head><title>x</title></head><body><div class="nav"><a href="/">首页</a></div></body></html>');
    const before = document.documentElement.outerHTML;
    const c = controller();
    for (const mode of ['reader', 'inplace'] as const) {
      const reply = c.setMode(mode);
      expect(reply).toEqual({ ok: false, error: NO_ARTICLE_MESSAGE });
      expect(c.mode).toBe('off');
      expect(document.documentElement.outerHTML).toBe(before);
    }
  });

  it('refuses a page with more elements than it can clean quickly, and leaves it as it was', () => {
    const filler = document.createElement('div');
    for (let i = 0; i <= MAX_PAGE_ELEMENTS; i++) filler.appendChild(document.createElement('b'));
    document.body.appendChild(filler);
    const before = document.body.childElementCount;
    const reply = controller().setMode('reader');
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/too large to clean \(\d+ elements\)/);
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    expect(document.body.childElementCount).toBe(before);
  });
});
