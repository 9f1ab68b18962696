// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CleanController } from '../../../src/extension/page/clean-controller';
import { extractPage } from '../../../src/extension/page/extraction';
import { classifySubtrees, SubtreeObserver } from '../../../src/extension/page/observe';
import type { ShownArticle } from '../../../src/extension/page/page-article';
import { articleOutline } from '../../../src/core/outline';
import { labels } from './labels';
import { FIXTURES_DIR } from '../../paths';

/** The one mark in-place cleaning leaves on each element it hides. */
const HIDDEN_ATTRIBUTE = 'data-qingdu-hidden';

const FIXTURE = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');
const LATE_PARAGRAPH =
  '疫情面前，人人有责。打赢疫情防控阻击战，每个人都是战士，都需要冲锋在前，坚决夺取疫情防控阻击战的胜利！';

function load(): void {
  const doc = new DOMParser().parseFromString(FIXTURE, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const script of document.querySelectorAll('script')) script.remove();
}

/** What the fixture's own script adds later: one more body paragraph and a comment widget. */
function addLateContent(): { paragraph: HTMLElement; comments: HTMLElement } {
  const paragraph = document.createElement('p');
  paragraph.textContent = LATE_PARAGRAPH;
  document.getElementById('content')!.appendChild(paragraph);
  const comments = document.createElement('div');
  comments.className = 'comment-box';
  for (const text of ['网友评论', '网友甲：说得好', '网友乙：支持']) {
    const item = document.createElement('div');
    item.className = 'comment-item';
    const link = document.createElement('a');
    link.href = '/u';
    link.textContent = text;
    item.appendChild(link);
    comments.appendChild(item);
  }
  document.getElementById('article')!.appendChild(comments);
  return { paragraph, comments };
}

function shown(): ShownArticle {
  const { article, blocks, elements } = extractPage(document);
  return { article, items: articleOutline(article, blocks), elements };
}

const settle = (ms = 1200) => new Promise((r) => setTimeout(r, ms));

describe('classifySubtrees', () => {
  beforeEach(load);

  it('classifies a new subtree on its own, mapped back to the live elements', () => {
    const { comments } = addLateContent();
    const [found] = classifySubtrees(document, [comments]);
    expect(found!.root).toBe(comments);
    const { article, elements } = found!.extraction;
    expect(elements.every((e) => comments.contains(e))).toBe(true);
    expect(article.roles.every((r) => r !== 'body')).toBe(true);
  });
});

describe('SubtreeObserver', () => {
  beforeEach(load);

  it('batches added subtrees and skips its own nodes', async () => {
    const batches: Element[][] = [];
    const observer = new SubtreeObserver(
      document,
      (roots) => batches.push(roots),
      (node) => (node as Element).id === 'own',
    );
    const own = document.createElement('div');
    own.id = 'own';
    document.body.appendChild(own);
    const { paragraph, comments } = addLateContent();
    await settle(400);
    observer.disconnect();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual([paragraph, comments]);
  });
});

describe('cleaning while the page adds content', () => {
  beforeEach(load);

  it('in place: hides a late comment widget, keeps a late paragraph', async () => {
    const c = new CleanController(document, { fontSize: () => 18, labels });
    c.setMode('inplace', shown());
    const { paragraph, comments } = addLateContent();
    await settle();
    expect(comments.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(paragraph.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    c.setMode('off', shown());
    expect(document.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('reader view: appends a late paragraph, not the comments', async () => {
    const c = new CleanController(document, { fontSize: () => 18, labels });
    c.setMode('reader', shown());
    addLateContent();
    await settle();
    const text = c.readerRoot?.textContent ?? '';
    expect(text).toContain(LATE_PARAGRAPH);
    expect(text).not.toContain('网友甲');
    c.setMode('off', shown());
  });
});
