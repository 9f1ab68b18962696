// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversionEngine } from '../../../src/convert/engine';
import { localEngine } from '../../../src/convert/local';
import type { ScriptTarget } from '../../../src/convert/targets';
import { NO_ARTICLE_MESSAGE } from '../../../src/extension/page/extraction';
import { READER_HOST_TAG } from '../../../src/extension/page/reader-view';
import { PageSession } from '../../../src/extension/page/session';
import type { PageState } from '../../../src/extension/protocol';
import { FIXTURES_DIR } from '../../paths';
import { translate } from './labels';

const FIXTURE = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');
const TITLE = '依靠群众打赢疫情防控阻击战';

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  for (const script of document.querySelectorAll('script')) script.remove();
}

/**
 * The real engine, counting the article's conversions apart from the page's: only the article sends its fields,
 * so a request holding the source field as a text of its own is one.
 */
function countingEngine(): { engine: ConversionEngine; articleConversions: ScriptTarget[] } {
  const articleConversions: ScriptTarget[] = [];
  return {
    articleConversions,
    engine: (blocks, to, from) => {
      if (blocks.some((block) => block.length === 1 && block[0] === '四川日报')) articleConversions.push(to);
      return localEngine(blocks, to, from);
    },
  };
}

let session: PageSession | undefined;
let states: PageState[];

function start(engine: ConversionEngine = localEngine): PageSession {
  states = [];
  session = new PageSession(document, { engine, t: translate, onStateChange: (state) => states.push(state) });
  return session;
}

const readerText = () => document.querySelector(READER_HOST_TAG)?.shadowRoot?.textContent ?? null;

beforeEach(() => load(FIXTURE));
afterEach(async () => {
  await session?.clean('off');
  await session?.convert('off');
  session = undefined;
});

describe('PageSession', () => {
  it('converts the article at most once per script, however often the popup, the copy and the reader ask', async () => {
    const { engine, articleConversions } = countingEngine();
    const s = start(engine);

    const opened = await s.article();
    expect(opened.ok && opened.article.title).toBe(TITLE);

    const converted = await s.convert('hant');
    expect(converted.state).toEqual({ clean: 'off', convert: 'hant' });
    if (!converted.ok) throw new Error(converted.error);
    expect(converted.article.title).toBe('依靠羣衆打贏疫情防控阻擊戰');
    expect(converted.article.source).toBe('四川日報');
    expect(converted.article.slogans.length).toBeGreaterThan(0);
    expect(document.querySelector('h1')?.textContent).toBe('依靠羣衆打贏疫情防控阻擊戰');

    const again = await s.article(); // the copy command
    expect(again.ok && again.article).toBe(converted.article);
    const reader = await s.clean('reader');
    expect(reader.ok && reader.article.title).toBe('依靠羣衆打贏疫情防控阻擊戰');
    expect(readerText()).toContain('連日來');

    await s.convert('hans'); // the article is simplified already
    expect(readerText()).toContain('连日来');
    await s.convert('hant');
    expect(readerText()).toContain('連日來');
    const back = await s.convert('off');
    expect(back.ok && back.article.title).toBe(TITLE);

    expect(articleConversions).toEqual(['hant']);
  });

  it('reads an article already shown converted as it is, without converting it', async () => {
    const { engine, articleConversions } = countingEngine();
    const s = start(engine);
    await s.applySiteRule({ convert: 'hk' });
    const reply = await s.article();
    expect(reply.ok && reply.article.source).toBe('四川日報');
    expect(reply.state).toEqual({ clean: 'off', convert: 'hk' });
    const original = await s.convert('off');
    expect(original.ok && original.article.source).toBe('四川日报');
    expect(articleConversions).toEqual([]);
  });

  it('gives the library the article as published when a site rule converts and saves the page', async () => {
    const s = start();
    await s.applySiteRule({ convert: 'hk', save: true });
    expect(s.state.convert).toBe('hk');
    const saved = await s.publishedArticle();
    if (!saved.ok) throw new Error(saved.error);
    expect([saved.article.source, saved.article.script]).toEqual(['四川日报', 'hans']);
    expect('slogans' in saved.article).toBe(false);
    const shown = await s.article();
    expect(shown.ok && shown.article.source).toBe('四川日報');
  });

  it('answers cleaning without slogans, and finds them when the popup asks, once', async () => {
    load(
      '<html><head><title>t</title></head><body><h1>坚持以人民为中心的发展思想</h1><div id="content">' +
        '<p>会议强调，要坚持以人民为中心的发展思想，把以人民为中心落实到每一项具体工作之中。</p>' +
        '<p>各级党组织要坚持以人民为中心，认真研究解决群众反映强烈的突出问题，切实把好事办实、把实事办好。</p>' +
        '</div></body></html>',
    );
    const s = start();
    const cleaned = await s.clean('reader');
    expect(cleaned.ok && 'slogans' in cleaned.article).toBe(false);
    const reply = await s.article();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.article.slogans.map((slogan) => slogan.key)).toContain('以人民为中心');
    const again = await s.article();
    expect(again.ok && again.article.slogans).toBe(reply.article.slogans);
  });

  it('leaves a page without an article untouched and says so, with the state', async () => {
    load('<html><head><title>x</title></head><body><div class="nav"><a href="/">首页</a></div></body></html>');
    const before = document.documentElement.outerHTML;
    const s = start();
    for (const mode of ['reader', 'inplace'] as const) {
      expect(await s.clean(mode)).toEqual({
        ok: false,
        error: NO_ARTICLE_MESSAGE,
        state: { clean: 'off', convert: 'off' },
      });
      expect(document.documentElement.outerHTML).toBe(before);
    }
    expect(states).toEqual([]);
  });

  it('refuses a page with more elements than it can clean quickly, and leaves it as it was', async () => {
    const filler = document.createElement('div');
    for (let i = 0; i <= 200_000; i++) filler.appendChild(document.createElement('b')); // over the limit
    document.body.appendChild(filler);
    const before = document.body.childElementCount;
    const reply = await start().clean('reader');
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/too large to clean \(\d+ elements\)/);
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    expect(document.body.childElementCount).toBe(before);
    filler.remove();
  });

  it('announces every change of state, the reader closing the view with Escape included', async () => {
    const s = start();
    await s.clean('reader');
    expect(states).toEqual([{ clean: 'reader', convert: 'off' }]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(s.state).toEqual({ clean: 'off', convert: 'off' });
    expect(states.at(-1)).toEqual({ clean: 'off', convert: 'off' });
    await s.clean('off'); // no change, nothing to say
    await s.convert('hans'); // the page is simplified: still shown in simplified
    expect(states).toEqual([
      { clean: 'reader', convert: 'off' },
      { clean: 'off', convert: 'off' },
      { clean: 'off', convert: 'hans' },
    ]);
  });

  it('applies a site rule: a loading page stays hidden until it shows converted and in the reader view', async () => {
    const { engine, articleConversions } = countingEngine();
    const s = start(engine);
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const applied = s.applySiteRule({ clean: 'reader', convert: 'tw' });
    expect(document.getElementById('qingdu-convert-hide')).not.toBeNull();
    delete (document as { readyState?: string }).readyState;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await applied;
    expect(document.getElementById('qingdu-convert-hide')).toBeNull();
    expect(readerText()).toContain('連日來');
    expect(s.state).toEqual({ clean: 'reader', convert: 'tw' });
    await s.convert('tw'); // already so: waits for the rest of the page
    expect(document.querySelector('h1')?.textContent).toBe('依靠群眾打贏疫情防控阻擊戰');
    expect(articleConversions).toEqual(['tw']);
  });

  it('never hides the page for a site rule that only cleans', async () => {
    const s = start();
    await s.applySiteRule({ clean: 'inplace' });
    expect(document.getElementById('qingdu-convert-hide')).toBeNull();
    expect(s.state).toEqual({ clean: 'inplace', convert: 'off' });
  });
});
