// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversionEngine } from '../../../src/convert/engine';
import { convertText } from '../../../src/convert/index';
import { localEngine } from '../../../src/convert/local';
import type { ScriptTarget } from '../../../src/convert/targets';
import { CleanController } from '../../../src/extension/page/clean-controller';
import { PageConversion } from '../../../src/extension/page/conversion';
import { PageArticle } from '../../../src/extension/page/page-article';
import { FIXTURES_DIR } from '../../paths';
import { labels } from './labels';

const FIXTURE = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  for (const script of document.querySelectorAll('script')) script.remove();
}

/** Marks every piece with the script it was converted to. */
const marking: ConversionEngine = async (blocks, to) =>
  blocks.map((pieces) => ({ pieces: pieces.map((piece) => `${to}:${piece}`), choices: [] }));

const settle = () => new Promise((r) => setTimeout(r, 0));

function pageArticle(engine: ConversionEngine = localEngine, shownIn: () => ScriptTarget | 'off' = () => 'off') {
  return new PageArticle(document, shownIn, engine);
}

describe('PageArticle', () => {
  beforeEach(() => load(FIXTURE));

  it('reads the page once and reuses the article until the page changes', () => {
    const page = pageArticle();
    expect(page.isRead).toBe(false);
    const first = page.extraction();
    expect(page.isRead).toBe(true);
    expect(page.extraction()).toBe(first);
    expect(first.article.paragraphs.length).toBeGreaterThan(2);
  });

  it('reads the page again after its content changed, not after cleaning’s marks or the converter’s writes', async () => {
    const page = pageArticle();
    const first = page.extraction();
    const cleaning = new CleanController(document, { fontSize: () => 18, labels });
    cleaning.setMode('inplace', await page.shown('off'));
    await settle();
    expect(page.extraction()).toBe(first);
    cleaning.setMode('off', await page.shown('off'));
    const conversion = new PageConversion(document, { engine: localEngine, write: (apply) => page.ownChange(apply) });
    await conversion.set('hant');
    expect(document.querySelector('h1')?.textContent).toBe('依靠羣衆打贏疫情防控阻擊戰');
    await conversion.set('off');
    await settle();
    expect(page.extraction()).toBe(first);

    const p = document.createElement('p');
    p.textContent = '新增的一段正文，内容足够长，足以算作正文段落，用来检验缓存会失效。';
    document.getElementById('content')!.appendChild(p);
    await settle();
    const second = page.extraction();
    expect(second).not.toBe(first);
    expect(second.article.paragraphs.map((x) => x.text)).toContain(p.textContent);
  });

  it('shows the article as published without converting it', async () => {
    const engine = vi.fn(marking);
    const page = pageArticle(engine);
    const shown = await page.shown('off');
    expect(shown.article).toBe(page.extraction().article);
    expect(await page.shown('hans')).toEqual(shown); // the page is simplified already
    expect(engine).not.toHaveBeenCalled();
  });

  it('converts every shown field, paragraph, caption and image text once per script, and leaves unknown fields unknown', async () => {
    const engine = vi.fn(marking);
    const page = pageArticle(engine);
    const shown = await page.shown('hk');
    expect(shown.article).toMatchObject({
      script: 'hant',
      title: 'hk:依靠群众打赢疫情防控阻击战',
      source: 'hk:四川日报',
      editor: 'hk:雷晓琦',
      reviewer: null,
    });
    expect(shown.article.paragraphs.every((p) => p.text.startsWith('hk:'))).toBe(true);
    const itemTexts = shown.items.map((item) =>
      item.kind === 'image' ? `image:${item.image.alt}|${item.image.caption}` : item.text,
    );
    expect(itemTexts).toEqual([
      expect.stringMatching(/^hk:连日来/),
      expect.stringMatching(/^hk:在这场/),
      'image:hk:社区工作人员登记|hk:社区工作人员在小区门口登记出入人员信息。',
      expect.stringMatching(/^hk:打赢疫情/),
    ]);
    expect(page.extraction().article.title).toBe('依靠群众打赢疫情防控阻击战');
    expect(await page.shown('hk')).toBe(shown);
    expect(engine).toHaveBeenCalledOnce();
    // Each text once, as a block of its own.
    const [[blocks, to, from]] = engine.mock.calls as [[string[][], ScriptTarget, ScriptTarget]];
    expect([to, from]).toEqual(['hk', 'hans']);
    expect(blocks.every((block) => block.length === 1)).toBe(true);
    expect(new Set(blocks.map(([text]) => text)).size).toBe(blocks.length);
  });

  it('gives real traditional text with the bundled converter', async () => {
    const shown = await pageArticle().shown('tw');
    expect(shown.article.source).toBe('四川日報');
    expect(shown.article.paragraphs[0]!.text.startsWith('連日來')).toBe(true);
  });

  it('converts a traditional page from the regional form its language tag names', async () => {
    const traditional = await convertText(FIXTURE, 'tw', 'hans');
    load(traditional.replace('lang="zh-CN"', 'lang="zh-TW"'));
    const engine = vi.fn(marking);
    const page = pageArticle(engine);
    expect(page.extraction().article.script).toBe('hant');
    await page.shown('hans');
    expect(engine.mock.calls[0]!.slice(1)).toEqual(['hans', 'tw']);
    await page.shown('tw');
    expect(engine).toHaveBeenCalledOnce(); // already Taiwan's form
  });

  it('reads a page shown converted as it is, and again once it is shown another way', async () => {
    let shownIn: ScriptTarget | 'off' = 'hant';
    const engine = vi.fn(marking);
    const page = pageArticle(engine, () => shownIn);
    const read = page.extraction();
    expect((await page.shown('hant')).article).toBe(read.article);
    shownIn = 'off';
    expect(page.extraction()).not.toBe(read);
    expect(engine).not.toHaveBeenCalled();
  });

  it('finds the slogans in the shown text, once per shown article', async () => {
    const page = pageArticle();
    const original = await page.shown('off');
    const withSlogans = page.withSlogans(original);
    expect(withSlogans.slogans.length).toBeGreaterThan(0);
    expect(page.withSlogans(original)).toBe(withSlogans);
    const traditional = page.withSlogans(await page.shown('hant'));
    expect(traditional.slogans.map((s) => s.key)).toEqual(withSlogans.slogans.map((s) => s.key));
    expect(traditional.slogans.some((s) => s.text !== s.key)).toBe(true);
  });
});
