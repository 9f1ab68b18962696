// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversionEngine } from '../../../src/convert/engine';
import { localEngine } from '../../../src/convert/local';
import type { ScriptTarget } from '../../../src/convert/targets';
import { PageConversion } from '../../../src/extension/page/conversion';

const PAGE = '<h1>頭<b>髮</b>與臺灣</h1><p>爲了學習，我們討論問題。</p><p>軟體</p>';

function load(html: string, lang = 'zh-Hant'): void {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html; // test markup, not page text
}

let conversion: PageConversion;
afterEach(async () => {
  await conversion?.set('off');
  document.body.innerHTML = '';
});

/** The real engine, noting the script each request converts from. */
function recording(): { engine: ConversionEngine; sources: ScriptTarget[] } {
  const sources: ScriptTarget[] = [];
  return {
    sources,
    engine: (blocks, to, from) => {
      sources.push(from);
      return localEngine(blocks, to, from);
    },
  };
}

describe('PageConversion', () => {
  it('switches between scripts from the original text and turns off exactly', async () => {
    load(PAGE);
    conversion = new PageConversion(document, { engine: localEngine });
    expect(conversion.target).toBe('off');
    await conversion.set('hans');
    expect(conversion.target).toBe('hans');
    expect(document.body.textContent).toBe('头发与台湾为了学习，我们讨论问题。软体');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
    await conversion.set('tw');
    expect(document.body.textContent).toBe('頭髮與臺灣為了學習，我們討論問題。軟體');
    await conversion.set('off');
    expect(conversion.target).toBe('off');
    expect(document.body.innerHTML).toBe(PAGE);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
  });

  it('serialises rapid switching: the last call wins and nothing is left converted', async () => {
    load(PAGE);
    conversion = new PageConversion(document, { engine: localEngine });
    void conversion.set('hans');
    void conversion.set('hk');
    const last = conversion.set('off');
    await conversion.idle();
    await last;
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('reads the page’s region and script to pick the source', async () => {
    const cases: [string, string, ScriptTarget, ScriptTarget][] = [
      ['<p>軟體與網路</p>', 'zh-TW', 'hans', 'tw'],
      ['<p>这是一个简体页面，我们讨论问题。</p>', 'zh-CN', 'hant', 'hans'],
      ['<p>這是一個繁體頁面，我們討論問題。</p>', 'zh-HK', 'tw', 'hk'],
    ];
    for (const [html, lang, to, source] of cases) {
      load(html, lang);
      const { engine, sources } = recording();
      conversion = new PageConversion(document, { engine });
      await conversion.set(to);
      expect(sources, `${lang} → ${to}`).toEqual([source]);
      await conversion.set('off');
    }
  });

  it('passes every write through the given hook, restoring included', async () => {
    load(PAGE);
    let writes = 0;
    conversion = new PageConversion(document, {
      engine: localEngine,
      write: (apply) => {
        const before = document.body.innerHTML;
        apply();
        if (document.body.innerHTML !== before) writes++;
      },
    });
    await conversion.set('hans');
    expect(writes).toBeGreaterThan(0);
    const converted = writes;
    await conversion.set('off');
    expect(writes).toBe(converted + 1);
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
