import { describe, expect, it } from 'vitest';
import type { Article, Block, BlockImage, Role } from '../../src/core/article';
import { articleOutline, isDecorative, type OutlineItem } from '../../src/core/outline';
import { article } from './article';
import { block } from './rules/blocks';

/** An article of these blocks: those marked `body` are its paragraphs. */
function articleOf(blocks: Block[], roles: Role[]): Article {
  return article({
    paragraphs: blocks.filter((b) => roles[b.index] === 'body').map((b) => ({ text: b.text, block: b.index })),
    roles,
  });
}

const shown = (items: OutlineItem[]) =>
  items.map((i) =>
    i.kind === 'image' ? `img:${i.image.src}${i.image.caption ? `|${i.image.caption}` : ''}` : `${i.kind}:${i.text}`,
  );

const photo = (src: string, extra: Partial<BlockImage> = {}): BlockImage => ({ src, alt: '', ...extra });

describe('articleOutline', () => {
  it('keeps paragraphs and the pictures of kept blocks in page order, each caption once under its picture', () => {
    const blocks = [
      block(0, '首页 新闻'),
      block(1, '标题'),
      block(2, '第一段'),
      block(3, '图片说明', { images: [{ src: 'http://example.cn/a.png', alt: '图', caption: '图片说明' }] }),
      block(4, '第二段'),
      block(5, '分享到微信', { images: [{ src: 'http://example.cn/qr.png', alt: '二维码' }] }),
    ];
    const roles: Role[] = ['boilerplate', 'title', 'body', 'caption', 'body', 'boilerplate'];
    expect(shown(articleOutline(articleOf(blocks, roles), blocks))).toEqual([
      'paragraph:第一段',
      'img:http://example.cn/a.png|图片说明',
      'paragraph:第二段',
    ]);
  });

  it('shows a figure’s caption once when its figcaption is read as a paragraph too', () => {
    const blocks = [
      block(0, '第一段'),
      block(1, '记者在现场。', { tag: 'figcaption', images: [photo('b.jpg', { caption: '记者在现场。' })] }),
      block(2, '第二段'),
    ];
    expect(shown(articleOutline(articleOf(blocks, ['body', 'body', 'body']), blocks))).toEqual([
      'paragraph:第一段',
      'img:b.jpg|记者在现场。',
      'paragraph:第二段',
    ]);
  });

  it('puts a caption block under the picture before it, and keeps a caption with no picture as a caption', () => {
    // <p><img></p><p>图为…</p>: a picture alone in its paragraph travels with the next block that has text.
    const blocks = [
      block(0, '第一段'),
      block(1, '图为会议现场。', { images: [photo('c.jpg')] }),
      block(2, '第二段'),
      block(3, '（资料图）'),
      block(4, '第三段'),
    ];
    const outline = articleOutline(articleOf(blocks, ['body', 'caption', 'body', 'caption', 'body']), blocks);
    expect(shown(outline)).toEqual([
      'paragraph:第一段',
      'img:c.jpg|图为会议现场。',
      'paragraph:第二段',
      'caption:（资料图）',
      'paragraph:第三段',
    ]);
  });

  it('makes headings of heading elements, short all-bold lines and numbered section titles', () => {
    const blocks = [
      block(0, '新华社北京3月5日电', { bold: true }),
      block(1, '第一段，导语。'),
      block(2, '坚持稳中求进', { bold: true }),
      block(3, '正文。'),
      block(4, '加快构建新发展格局', { tag: 'h3', heading: 3 }),
      block(5, '二、主要任务'),
      block(6, '这是一整段加粗的强调文字，以句号结束。', { bold: true }),
      block(7, '三、加强组织领导。各级要切实负起责任，确保各项任务落到实处。'),
    ];
    const outline = articleOutline(
      articleOf(
        blocks,
        blocks.map((): Role => 'body'),
      ),
      blocks,
    );
    expect(outline.filter((i) => i.kind === 'heading').map((i) => (i.kind === 'heading' ? i.text : ''))).toEqual([
      '坚持稳中求进',
      '加快构建新发展格局',
      '二、主要任务',
    ]);
    expect(outline).toHaveLength(blocks.length);
  });

  it('leaves out icons, QR codes, advertisements and play buttons, with their captions', () => {
    const blocks = [
      block(0, '第一段', {
        images: [
          photo('/img/icon_weibo.png'),
          photo('/2024/05/W020240506.jpg', { width: 640, height: 427 }),
          photo('/upload/ewm.jpg'),
          photo('/x.gif', { width: 1, height: 1 }),
          photo('/ad/2024/banner01.jpg'),
          photo('/static/video_play.png'),
          photo('/static/p.jpg', { hints: ['article', 'video-box'] }),
          photo('/static/q.jpg', { hints: ['share'] }),
          photo('/static/r.jpg', { alt: '扫码关注' }),
          photo('/2024/05/W020240506.jpg', { width: 640, height: 427 }),
        ],
      }),
      block(1, '扫一扫关注公众号', { images: [photo('/static/qrcode.png')] }),
      block(2, '第二段'),
    ];
    const outline = articleOutline(articleOf(blocks, ['body', 'caption', 'body']), blocks);
    expect(shown(outline)).toEqual(['img:/2024/05/W020240506.jpg', 'paragraph:第一段', 'paragraph:第二段']);
  });

  it('carries the repairs of a paragraph', () => {
    const blocks = [block(0, '要与当□一起')];
    const article = articleOf(blocks, ['body']);
    article.paragraphs[0]!.repairs = [{ start: 3, end: 5, original: '?h' }];
    expect(articleOutline(article, blocks)).toEqual([
      { kind: 'paragraph', text: '要与当□一起', block: 0, repairs: [{ start: 3, end: 5, original: '?h' }] },
    ]);
  });
});

describe('isDecorative', () => {
  it('keeps photos, whatever their names say in passing', () => {
    for (const src of ['/display/photo.jpg', '/uploads/2023/adviser.png', 'http://img.cn/news/a_1.jpg', 'topic.jpg'])
      expect(isDecorative(photo(src, { width: 600, height: 400 })), src).toBe(false);
  });
});
