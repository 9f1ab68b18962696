// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../src/core/article';
import { articleOutline } from '../../../src/core/outline';
import { readerLabels } from '../../../src/extension/page/reader-labels';
import { READER_HOST_TAG, ReaderView } from '../../../src/extension/page/reader-view';
import { translator } from '../ui/locale';
import { zhLabels } from './labels';

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
  subtitle: null,
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

describe('ReaderView', () => {
  it('renders page text as text, metadata included, in a shadow root', () => {
    const view = new ReaderView(document, article, articleOutline(article, blocks), { fontSize: 18, labels: zhLabels });
    const root = view.root;
    expect(document.documentElement.lastElementChild?.localName).toBe(READER_HOST_TAG);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('标题<b>');
    const meta = root.querySelector('.meta')?.textContent ?? '';
    for (const part of ['2020年2月1日 07:55', '四川日报', '雷晓琦', '张三']) expect(meta).toContain(part);
    // The caption shows once, under its picture.
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '第一段<script>alert(1)</script>',
      '第二段',
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('http://example.cn/a.png');
    expect(root.querySelector('figcaption')?.textContent).toBe('图片说明');
    view.close();
  });

  it('shows the headline’s subtitle under it, as text', () => {
    const withSubtitle = { ...article, subtitle: '——副题<i>' };
    const view = new ReaderView(document, withSubtitle, articleOutline(withSubtitle, blocks), {
      fontSize: 18,
      labels: zhLabels,
    });
    const subtitle = view.root.querySelector('h1 + .subtitle');
    expect(subtitle?.textContent).toBe('——副题<i>');
    expect(view.root.querySelector('i')).toBeNull();
    view.close();
  });

  it('closes on Escape and leaves the document as it was', () => {
    const before = document.documentElement.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    let closed = 0;
    const view = new ReaderView(document, article, articleOutline(article, blocks), {
      fontSize: 18,
      labels: zhLabels,
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
    const view = new ReaderView(document, article, articleOutline(article, blocks), {
      fontSize: 30,
      labels: zhLabels,
      onFontSize: (s) => sizes.push(s),
    });
    const [smaller, larger] = [...view.root.querySelectorAll('button')];
    expect(smaller!.getAttribute('aria-label')).toBe('A− 缩小字号');
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
      const view = new ReaderView(document, article, articleOutline(article, blocks), { fontSize, labels: zhLabels });
      const size = view.currentFontSize;
      view.close();
      return size;
    };
    expect(opened(4)).toBe(12);
    expect(opened(99)).toBe(32);
    expect(opened(Number.NaN)).toBe(18);
  });
});

describe('ReaderView structure and words', () => {
  const outlined: Block[] = [
    block(0, '正文第一段。'),
    block(1, '坚持稳中求进', { bold: true }),
    block(2, '要与当□一起深入梳理工作中存在的困难和问题。'),
    block(3, '二、主要任务'),
    block(4, '正文第三段。', { images: [{ src: 'http://example.cn/ewm.png', alt: '' }] }),
  ];
  const repaired: Article = {
    ...article,
    script: 'hant',
    source: '四川日報',
    paragraphs: outlined.map((b) => ({ text: b.text, block: b.index })),
    roles: outlined.map(() => 'body'),
    warnings: [
      { kind: 'garbled', message: 'garbled text repaired: “當?shù)匾” → “當□一”', block: 2 },
      { kind: 'conflict', message: 'the page shows 2020-02-01 but declares 2020-02-02; the shown date is kept' },
    ],
  };
  repaired.paragraphs[2]!.repairs = [{ start: 2, end: 5, original: '?shù)匾' }];

  it('shows subheads as headings, repairs as a translated notice quoting the repaired text, and no developer text', () => {
    const labels = readerLabels(translator('zh_CN'), 'hant');
    const view = new ReaderView(document, repaired, articleOutline(repaired, outlined), { fontSize: 18, labels });
    const root = view.root;
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['坚持稳中求进', '二、主要任务']);
    const notice = root.querySelector('.notice');
    expect(notice?.getAttribute('role')).toBe('note');
    expect(notice?.querySelector('p')?.textContent).toBe(
      '本文有 1 處亂碼已修復，下文以底線標出（□ 表示無法恢復的字）：',
    );
    expect(notice?.querySelector('li')?.textContent).toBe('要与当□一起深入梳理工作中…');
    const mark = root.querySelector('mark.repaired');
    expect(mark?.textContent).toBe('当□一');
    expect(mark?.getAttribute('title')).toBe('已修復的亂碼');
    expect(mark?.parentElement?.textContent).toBe('要与当□一起深入梳理工作中存在的困难和问题。');
    const shown = root.querySelector('article')?.textContent ?? '';
    for (const developerText of ['garbled', '?shù', 'declares', '→']) expect(shown).not.toContain(developerText);
    // The QR code on the last paragraph is left out.
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.meta')?.textContent).toContain('來源：四川日報');
    view.close();
  });

  it('says how many garbled places were repaired, and when none could be', () => {
    const labels = readerLabels(translator('en'), 'hans');
    expect(labels.repairNotice(3, 0)).toBe('Garbled text that could not be repaired, 3 in all.');
    expect(labels.repairNotice(3, 2)).toBe(
      'Garbled text, 3 in all: 2 repaired and underlined below (□ marks a character that was lost):',
    );
    expect(readerLabels(translator('zh_CN'), 'hans').repairNotice(2, 2)).toBe(
      '本文有 2 处乱码已修复，下文以下划线标出（□ 表示无法恢复的字）：',
    );
  });

  it('labels the fields in the reader’s language and the article’s script', () => {
    const fields = (labels: ReturnType<typeof readerLabels>) => {
      const view = new ReaderView(document, article, [], { fontSize: 18, labels });
      const text = [...view.root.querySelectorAll('.meta span')].map((span) => span.textContent);
      const close = view.root.querySelectorAll('button')[2]!.getAttribute('aria-label');
      view.close();
      return [...text, close];
    };
    expect(fields(readerLabels(translator('zh_CN'), 'hans'))).toEqual([
      '日期：2020年2月1日 07:55',
      '来源：四川日报',
      '编辑：雷晓琦',
      '记者：张三',
      '关闭阅读模式',
    ]);
    expect(fields(readerLabels(translator('zh_TW'), 'hant'))).toEqual([
      '日期：2020年2月1日 07:55',
      '來源：四川日报',
      '編輯：雷晓琦',
      '記者：张三',
      '關閉閱讀模式',
    ]);
    expect(fields(readerLabels(translator('en'), 'hant'))).toEqual([
      'Date: 2020年2月1日 07:55',
      'Source: 四川日报',
      'Editor: 雷晓琦',
      'Reporter: 张三',
      'Close the reader view',
    ]);
  });
});
