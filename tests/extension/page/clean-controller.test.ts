// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CleanController } from '../../../src/extension/page/clean-controller';
import { extractPage, NO_ARTICLE_MESSAGE } from '../../../src/extension/page/extraction';
import type { ShownArticle } from '../../../src/extension/page/page-article';
import { articleOutline } from '../../../src/core/outline';
import { READER_HOST_TAG } from '../../../src/extension/page/reader-view';
import { labels } from './labels';
import { FIXTURES_DIR } from '../../paths';

/** The one mark in-place cleaning leaves on each element it hides. */
const HIDDEN_ATTRIBUTE = 'data-qingdu-hidden';

const FIXTURE = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const script of document.querySelectorAll('script')) script.remove();
}

const controller = () => new CleanController(document, { fontSize: () => 18, labels });

/** The page's article as read now, shown as published. */
function shown(): ShownArticle {
  const { article, blocks, elements } = extractPage(document);
  return { article, items: articleOutline(article, blocks), elements };
}

describe('CleanController', () => {
  beforeEach(() => load(FIXTURE));

  it('hides boilerplate in place and restores the page exactly', () => {
    const before = document.documentElement.outerHTML;
    const c = controller();
    expect(c.setMode('inplace', shown())).toBeNull();
    expect(c.mode).toBe('inplace');
    expect(document.querySelector('.footer')?.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('.share')?.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('#content')?.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    expect(document.querySelector('h1')?.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    c.setMode('off', shown());
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('switches between reader view and in place without leaving marks', () => {
    const before = document.documentElement.outerHTML;
    const page = shown();
    const c = controller();
    c.setMode('reader', page);
    expect(document.querySelector(READER_HOST_TAG)).not.toBeNull();
    expect(c.readerRoot?.textContent).toContain('四川日报');
    c.setMode('inplace', page);
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    c.setMode('reader', page);
    expect(document.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    c.setMode('off', page);
    expect(c.readerRoot).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('rebuilds an open reader view from the article as now shown (after a script switch), one view only', () => {
    const page = shown();
    const c = controller();
    c.setMode('reader', page);
    const first = page.items.find((item) => item.kind === 'paragraph')!;
    const converted: ShownArticle = {
      ...page,
      items: page.items.map((item) =>
        item === first && item.kind === 'paragraph' ? { ...item, text: item.text.replace('连日来', '連日來') } : item,
      ),
    };
    c.refreshReader(converted);
    expect(c.mode).toBe('reader');
    expect(document.querySelectorAll(READER_HOST_TAG)).toHaveLength(1);
    expect(c.readerRoot?.textContent).toContain('連日來');
    c.setMode('off', page);
  });

  it('closing the reader view with Escape turns cleaning off, and says so once', () => {
    let closed = 0;
    const c = new CleanController(document, { fontSize: () => 18, labels, onClosed: () => closed++ });
    c.setMode('reader', shown());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(c.mode).toBe('off');
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    expect(closed).toBe(1);
    c.setMode('reader', shown());
    c.setMode('off', shown());
    expect(closed).toBe(1);
  });

  it('leaves a page without an article untouched and says so', () => {
    load('<html><head><title>x</title></head><body><div class="nav"><a href="/">首页</a></div></body></html>');
    const before = document.documentElement.outerHTML;
    const c = controller();
    for (const mode of ['reader', 'inplace'] as const) {
      expect(c.setMode(mode, shown())).toBe(NO_ARTICLE_MESSAGE);
      expect(c.mode).toBe('off');
      expect(document.documentElement.outerHTML).toBe(before);
    }
  });
});
