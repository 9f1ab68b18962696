// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../src/core/article';
import { READER_HOST_TAG, ReaderView, readerItems } from '../../../src/extension/page/reader-view';

function block(index: number, text: string, extra: Partial<Block> = {}): Block {
  return {
    index,
    text,
    tag: 'p',
    heading: 0,
    linkDensity: 0,
    hints: [],
    group: 0,
    ...extra,
  };
}

const blocks: Block[] = [
  block(0, '首页 新闻'),
  block(1, '标题<b>'),
  block(2, '第一段<script>alert(1)</script>'),
  block(3, '图片说明', { images: [{ src: 'http://example.cn/a.png', alt: '图', caption: '图片说明' }] }),
  block(4, '第二段'),
  block(5, '分享到微信', { images: [{ src: 'http://example.cn/qr.png', alt: '二维码' }] }),
];

const article: Article = {
  title: '标题<b>',
  date: '2020-02-01T07:55+08:00',
  source: '四川日报',
  editor: '雷晓琦',
  author: '张三',
  reviewer: null,
  site: null,
  url: 'http://example.cn/',
  script: 'hans',
  paragraphs: [
    { text: '第一段<script>alert(1)</script>', block: 2 },
    { text: '第二段', block: 4 },
  ],
  roles: ['boilerplate', 'title', 'body', 'caption', 'body', 'boilerplate'],
  removed: [],
  warnings: [],
  evidence: {},
  rejected: [],
};

afterEach(() => {
  document.querySelector(READER_HOST_TAG)?.remove();
});

describe('readerItems', () => {
  it('keeps paragraphs, captions and the images of kept blocks, in page order', () => {
    expect(
      readerItems(article, blocks).map((i) => (i.kind === 'image' ? `img:${i.image.src}` : `${i.kind}:${i.text}`)),
    ).toEqual([
      'paragraph:第一段<script>alert(1)</script>',
      'img:http://example.cn/a.png',
      'caption:图片说明',
      'paragraph:第二段',
    ]);
  });
});

describe('ReaderView', () => {
  it('renders page text as text, metadata included, in a shadow root', () => {
    const view = new ReaderView(document, article, readerItems(article, blocks), { fontSize: 18 });
    const root = view.root;
    expect(document.documentElement.lastElementChild?.localName).toBe(READER_HOST_TAG);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('标题<b>');
    const meta = root.querySelector('.meta')?.textContent ?? '';
    for (const part of ['2020年2月1日 07:55', '四川日报', '雷晓琦', '张三']) expect(meta).toContain(part);
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '第一段<script>alert(1)</script>',
      '图片说明',
      '第二段',
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('http://example.cn/a.png');
    expect(root.querySelector('figcaption')?.textContent).toBe('图片说明');
    view.close();
  });

  it('closes on Escape and leaves the document as it was', () => {
    const before = document.documentElement.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    let closed = 0;
    const view = new ReaderView(document, article, readerItems(article, blocks), {
      fontSize: 18,
      onClose: () => closed++,
    });
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.isOpen).toBe(false);
    expect(closed).toBe(1);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
  });

  it('changes the font size with its buttons, within bounds, and reports it', () => {
    const sizes: number[] = [];
    const view = new ReaderView(document, article, readerItems(article, blocks), {
      fontSize: 30,
      onFontSize: (s) => sizes.push(s),
    });
    const [smaller, larger] = [...view.root.querySelectorAll('button')];
    larger!.click();
    larger!.click();
    expect(view.currentFontSize).toBe(32);
    smaller!.click();
    expect(sizes).toEqual([32, 30]);
    expect((view.root.querySelector('article') as HTMLElement).style.fontSize).toBe('30px');
    view.close();
  });

  it('clamps font sizes', () => {
    const opened = (fontSize: number) => {
      const view = new ReaderView(document, article, readerItems(article, blocks), { fontSize });
      const size = view.currentFontSize;
      view.close();
      return size;
    };
    expect(opened(4)).toBe(12);
    expect(opened(99)).toBe(32);
    expect(opened(Number.NaN)).toBe(18);
  });
});
