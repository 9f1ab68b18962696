/**
 * The DOM adapter on a page the browser has rendered: what the page hides is not read, whether the element hiding it is the
 * one holding the text or a container far above it, and hidden elements change neither where blocks part nor which
 * blocks share a container.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/article';
import { browserBundle } from '../../scripts/browser-bundle';
import { type Harness, launchTestBrowser } from './harness';

const ARTICLE_TEXT = '这是一篇等待脚本显示的文章，正文足够长。'.repeat(12);

let h: Harness;
let walk: string;

beforeAll(async () => {
  walk = await browserBundle(`
    import { domToPage } from './src/adapters/dom';
    globalThis.readBlocks = () => domToPage(document, document.URL, { computedVisibility: true }).page.blocks;`);
  h = await launchTestBrowser();
});

afterAll(async () => {
  await h?.close();
});

async function blocksOf(body: string): Promise<Block[]> {
  const page = await h.context.newPage();
  try {
    await page.goto(`${h.origin}/fixtures/live/no-article.html`, { waitUntil: 'load' });
    await page.evaluate((html: string) => {
      document.open();
      document.write(html);
      document.close();
    }, `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
    await page.evaluate((code: string) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.append(script);
    }, walk);
    return await page.evaluate(() => (globalThis as unknown as { readBlocks(): Block[] }).readBlocks());
  } finally {
    await page.close();
  }
}

const texts = async (body: string) => (await blocksOf(body)).map((block) => block.text);
/** Whether the two blocks are read as sitting in one container. */
const together = async (body: string) => {
  const [first, second] = await blocksOf(body);
  return first!.group === second!.group;
};

describe('the DOM adapter on a rendered page', () => {
  it('leaves out text hidden by the element holding it or by any container above it', async () => {
    expect(
      await texts('<ul style="display:none"><li>菜单一</li><li><a href="#">菜单二</a></li></ul><p>正文</p>'),
    ).toEqual(['正文']);
    expect(
      await texts(
        '<div class="x"><div><p><span>看不见</span></p></div></div><p>正文</p><style>.x{display:none}</style>',
      ),
    ).toEqual(['正文']);
    expect(await texts('<p>张三<span style="visibility:hidden">（隐藏）</span>李四</p>')).toEqual(['张三李四']);
    expect(
      await texts('<p>正文<img src="a.png" alt=""><span style="display:none"><img src="b.png" alt=""></span></p>'),
    ).toEqual(['正文']);
    const [block] = await blocksOf(
      '<p>正文<img src="a.png" alt=""><span style="display:none"><img src="b.png" alt=""></span></p>',
    );
    expect(block!.images?.map((image) => image.src)).toEqual(['a.png']);
  });

  it('parts blocks where the page shows a break, not where a hidden element stands', async () => {
    expect(await texts('<p>张三<span style="display:none"> </span>李四</p>')).toEqual(['张三李四']);
    expect(await texts('<div>正文一<div style="display:none">菜单</div>正文二</div>')).toEqual(['正文一正文二']);
    expect(await texts('<div>正文一<div>第二段</div>正文二</div>')).toEqual(['正文一', '第二段', '正文二']);
    expect(await texts('<p>甲<span style="display:none">乙<br>丙</span>丁</p>')).toEqual(['甲丁']);
    expect(await texts('<p>甲<br>丁</p>')).toEqual(['甲', '丁']);
  });

  it('keeps a block in its container when only a hidden element stands beside it there', async () => {
    const page = (inner: string) => `<div><p>标题</p><div>${inner}一行字</div></div>`;
    expect(await together(page(''))).toBe(true);
    expect(await together(page('<div style="display:none"></div>'))).toBe(true);
    expect(await together(page('<div></div>'))).toBe(false);
    expect(await together(page('<span style="display:none"> </span><br>'))).toBe(true);
    expect(await together(page(' <br>'))).toBe(false);
  });

  it('reads an article a page keeps invisible until its script runs, and nothing shorter so hidden', async () => {
    const pending = (text: string) =>
      `<div style="visibility:hidden"><section><p>${text}</p><p>第二段。</p></section></div><p>页脚</p>`;
    expect(await texts(pending(ARTICLE_TEXT))).toEqual([ARTICLE_TEXT, '第二段。', '页脚']);
    expect(await texts(pending('请在微信客户端打开链接。'))).toEqual(['页脚']);
  });
});
