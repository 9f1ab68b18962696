// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertPieces } from '../../../src/convert/index';
import type { ScriptTarget } from '../../../src/convert/targets';
import { DomConverter, type BlockConverter } from '../../../src/extension/page/convert-dom';

function engine(from: ScriptTarget, to: ScriptTarget, log?: string[][][]): BlockConverter {
  return (blocks) => {
    log?.push(blocks);
    return convertPieces(blocks, to, from);
  };
}

let converter: DomConverter | null = null;

async function convert(html: string, from: ScriptTarget, to: ScriptTarget, log?: string[][][]): Promise<DomConverter> {
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.body.innerHTML = html; // test markup, not page text
  converter = new DomConverter(document, { to, convert: engine(from, to, log) });
  await converter.start();
  return converter;
}

afterEach(async () => {
  await converter?.stop();
  converter = null;
  document.title = '';
  document.body.innerHTML = '';
});

describe('DomConverter', () => {
  it('converts a phrase split across inline tags as one phrase', async () => {
    await convert('<p>头<b>发</b>很长</p>', 'hans', 'hant');
    expect(document.body.innerHTML).toBe('<p>頭<b>髮</b>很長</p>');
  });

  it('keeps block boundaries: text in different blocks never forms a phrase', async () => {
    await convert('<div>头</div><div>发</div>', 'hans', 'hant');
    expect(document.body.innerHTML).toBe('<div>頭</div><div>發</div>');
  });

  it('maps phrases whose replacement has another length onto the same text nodes, and restores them', async () => {
    const html = '<p>下拉<i>列表</i>和<b>U</b>盘，中间件</p>';
    const c = await convert(html, 'hans', 'twp');
    expect(document.body.textContent).toBe('下拉式清單和隨身碟，中介軟體');
    expect(document.querySelector('i')!.textContent).toBe('式清單');
    c.stop();
    expect(document.body.innerHTML).toBe(html);
  });

  it('restores the page exactly, attributes and lang included', async () => {
    const html =
      '<h1 title="头发">头发</h1><img alt="图书馆" src="x.png"><input placeholder="搜索新闻" value="这个"><input type="submit" value="提交问题">' +
      '<span aria-label="关闭对话">×</span><p>这是<a href="#" title="链接说明">一个链接</a>。</p>';
    const c = await convert(html, 'hans', 'tw');
    expect(document.querySelector('h1')!.getAttribute('title')).toBe('頭髮');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('圖書館');
    expect(document.querySelector('input')!.getAttribute('placeholder')).toBe('搜索新聞');
    expect(document.querySelector('input')!.getAttribute('value')).toBe('这个');
    expect(document.querySelector('input[type=submit]')!.getAttribute('value')).toBe('提交問題');
    expect(document.querySelector('span')!.getAttribute('aria-label')).toBe('關閉對話');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
    c.stop();
    expect(document.body.innerHTML).toBe(html);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
  });

  it('never touches fields, code, scripts, editable regions, translate="no" or other languages', async () => {
    const html =
      '<textarea>这个</textarea><select><option>这个</option></select><pre>这个</pre><p><code>这个</code><kbd>这个</kbd><samp>这个</samp></p>' +
      '<div contenteditable="true">这个<b>这个</b></div><p translate="no">这个</p><p lang="ja">国会図书</p><p lang="en">这个</p>' +
      '<script>var s = "这个";</script><style>.x::after{content:"这个"}</style><p lang="zh-Hant">這個</p><p>这个</p>';
    await convert(html, 'hans', 'hant');
    const texts = [
      ...document.body.querySelectorAll(
        'textarea, option, pre, code, kbd, samp, [contenteditable], [translate], [lang=ja], [lang=en]',
      ),
    ].map((e) => e.textContent);
    expect(texts.every((t) => t === '这个' || t === '这个这个' || t === '国会図书')).toBe(true);
    expect(document.querySelector('script')!.textContent).toContain('这个');
    expect(document.querySelector('style')!.textContent).toContain('这个');
    expect(document.body.lastElementChild!.textContent).toBe('這個');
    expect(document.querySelector('p[lang^=zh]')!.getAttribute('lang')).toBe('zh-Hant');
  });

  it('leaves English quotes alone', async () => {
    await convert('<p>It’s “quoted” and ‘single’ — 他说“好”。</p>', 'hans', 'twp');
    expect(document.body.textContent).toBe('It’s “quoted” and ‘single’ — 他說“好”。');
  });

  it('converts the document title and later title changes, and restores the title', async () => {
    document.title = '头发新闻';
    const c = await convert('<p>正文</p>', 'hans', 'hant');
    expect(document.title).toBe('頭髮新聞');
    document.title = '最新消息';
    await c.idle();
    expect(document.title).toBe('最新消息');
    document.title = '国际新闻';
    await c.idle();
    expect(document.title).toBe('國際新聞');
    c.stop();
    expect(document.title).toBe('国际新闻');
  });

  it('converts content the site adds or changes later, in bounded batches, without feeding on its own writes', async () => {
    const log: string[][][] = [];
    const c = await convert('<div id="feed"><p>第一条</p></div>', 'hans', 'hant', log);
    const feed = document.getElementById('feed')!;
    const batchesAfterStart = log.length;
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.append('新闻', document.createElement('b'));
      p.lastChild!.appendChild(document.createTextNode(`头发${i}`));
      feed.append(p);
    }
    await c.idle();
    expect([...feed.querySelectorAll('p')].slice(1).every((p, i) => p.textContent === `新聞頭髮${i}`)).toBe(true);
    const batches = log.length - batchesAfterStart;
    expect(batches).toBeGreaterThanOrEqual(1);
    expect(batches).toBeLessThanOrEqual(3);
    await c.idle();
    expect(log.length - batchesAfterStart).toBe(batches); // our writes caused no further conversions
  });

  it('sends only runs that could change and writes only the text nodes that do', async () => {
    const log: string[][][] = [];
    const written: string[] = [];
    const watch = new MutationObserver((records) => written.push(...records.map((r) => (r.target as Text).data)));
    watch.observe(document.body, { characterData: true, subtree: true });
    await convert('<p>Hello <b>world</b> 2024</p><p>中文<i>头</i>发</p><p>   </p>', 'hans', 'hant', log);
    await Promise.resolve();
    watch.disconnect();
    expect(log.flat()).toEqual([['中文', '头', '发']]);
    expect(written.sort()).toEqual(['頭', '髮']);
  });

  it('puts a long page back in slices, exactly', async () => {
    const rects = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const index = Number(this.closest('p')?.id.slice(1) ?? 0);
      return { top: index * 40, bottom: index * 40 + 30 } as DOMRect;
    });
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = Array.from({ length: 2600 }, (_, i) => `<p id="p${i}">头发<b>${i}</b>发展</p>`).join('');
    const before = document.documentElement.outerHTML;
    converter = new DomConverter(document, { to: 'tw', convert: (blocks) => convertPieces(blocks, 'tw', 'hans') });
    await converter.start();
    rects.mockRestore();
    expect(document.getElementById('p2599')!.textContent).toBe('頭髮2599發展');
    const stopping = converter.stop();
    expect(document.getElementById('p2599')!.textContent).toBe('頭髮2599發展'); // not all in one task
    await stopping;
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('converts the view first, then writes the rest of the page in slices, with lang on each block written', async () => {
    const place = (element: Element) => {
      const index = Number(element.closest('p')?.id.slice(1) ?? 0);
      return { top: index * 40, bottom: index * 40 + 30 } as DOMRect;
    };
    const rects = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return place(this);
    });
    const paragraphs = Array.from({ length: 1700 }, (_, i) => `<p id="p${i}">头发${i}</p>`).join('');
    const calls: { blocks: number; lang: string | null }[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    let atVisible: { lang: string | null; first: string | null; last: string | null } | null = null;
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = paragraphs; // test markup, not page text
    converter = new DomConverter(document, {
      to: 'hant',
      convert: async (blocks) => {
        calls.push({ blocks: blocks.length, lang: document.documentElement.getAttribute('lang') });
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const out = await convertPieces(blocks, 'hant', 'hans');
        inFlight--;
        return out;
      },
      onVisible: () => {
        atVisible = {
          lang: document.documentElement.getAttribute('lang'),
          first: document.getElementById('p0')!.textContent,
          last: document.getElementById('p1699')!.textContent,
        };
      },
    });
    await converter.start();
    rects.mockRestore();
    expect(atVisible).toEqual({ lang: 'zh-CN', first: '頭髮0', last: '头发1699' });
    expect(calls[0]!.blocks).toBeLessThan(100);
    expect(mostInFlight).toBeGreaterThan(1); // the rest's chunks are requested at once
    // The root's lang would relay out the whole page in one task: each block converted says its language instead.
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.getElementById('p0')!.getAttribute('lang')).toBe('zh-Hant');
    expect(document.getElementById('p1699')!.getAttribute('lang')).toBe('zh-Hant');
    expect(document.getElementById('p1699')!.textContent).toBe('頭髮1699');
    converter.stop();
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.getElementById('p1699')!.hasAttribute('lang')).toBe(false);
    expect(document.getElementById('p0')!.textContent).toBe('头发0');
  });

  it('lets the browser draw a frame between a few slices, so no frame lays out much of the page at once', async () => {
    const rects = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const index = Number(this.closest('p')?.id.slice(1) ?? 0);
      return { top: index * 40, bottom: index * 40 + 30 } as DOMRect;
    });
    document.body.innerHTML = Array.from({ length: 6000 }, (_, i) => `<p id="p${i}">头发${i}</p>`).join('');
    const paragraphs = [...document.querySelectorAll('p')];
    const converted = () => paragraphs.filter((p) => p.textContent!.startsWith('頭')).length;
    const atFrames: number[] = [];
    const frame = window.requestAnimationFrame.bind(window);
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) =>
      frame((time) => {
        atFrames.push(converted());
        callback(time);
      }),
    );
    converter = new DomConverter(document, { to: 'hant', convert: engine('hans', 'hant') });
    await converter.start();
    frames.mockRestore();
    rects.mockRestore();
    expect(converted()).toBe(6000);
    expect(atFrames.length).toBeGreaterThanOrEqual(2);
    const between = atFrames.map((count, i) => count - (atFrames[i - 1] ?? 0));
    expect(Math.max(...between.slice(1))).toBeLessThanOrEqual(2400 + 150);
  });

  it('keeps the site’s newer text on restore when the site changed a node after conversion', async () => {
    const c = await convert('<p id="a">旧的内容</p><p id="b">这个</p>', 'hans', 'hant');
    const a = document.getElementById('a')!.firstChild as Text;
    expect(a.data).toBe('舊的內容');
    a.data = '新的内容';
    await c.idle();
    expect(a.data).toBe('新的內容');
    c.stop();
    expect(a.data).toBe('新的内容');
    expect(document.getElementById('b')!.textContent).toBe('这个');
  });

  it('does not fight a site that keeps rewriting a node', async () => {
    const c = await convert('<p id="x">这个</p>', 'hans', 'hant');
    const node = document.getElementById('x')!.firstChild as Text;
    let rewrites = 0;
    const fighter = new MutationObserver(() => {
      if (node.data !== '这个' && rewrites < 50) {
        rewrites++;
        node.data = '这个';
      }
    });
    fighter.observe(node, { characterData: true });
    node.data = '这个 ';
    for (let i = 0; i < 10; i++) await c.idle();
    fighter.disconnect();
    expect(rewrites).toBeGreaterThan(0);
    expect(rewrites).toBeLessThan(10);
  });

  it('converts open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(document.createElement('p'));
    root.firstChild!.appendChild(document.createTextNode('头发'));
    converter = new DomConverter(document, { to: 'hant', convert: engine('hans', 'hant') });
    await converter.start();
    expect(root.textContent).toBe('頭髮');
    converter.stop();
    expect(root.textContent).toBe('头发');
  });

  it('converts traditional to simplified and back to the same markup', async () => {
    const html =
      '<article><h2>頭<em>髮</em>與臺灣</h2><p>爲了<a href="/x">學習</a>，我們討論問題。</p><ul><li>第一條</li><li>第二條</li></ul></article>';
    const c = await convert(html, 'hant', 'hans');
    expect(document.body.textContent).toBe('头发与台湾为了学习，我们讨论问题。第一条第二条');
    c.stop();
    expect(document.body.innerHTML).toBe(html);
  });
});
