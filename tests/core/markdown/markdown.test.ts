import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../../../src/core/article';
import { articleMarkdown, escapeText } from '../../../src/core/markdown';
import type { OutlineItem } from '../../../src/core/outline';
import { article } from '../article';

const page: Article = article({
  title: '标题: 一个 "引号" #话题',
  date: '2024-03-05',
  source: '新华社',
  author: '张三、李四',
  url: 'https://www.news.cn/a.htm',
});

const outline: OutlineItem[] = [
  { kind: 'paragraph', text: '新华社北京3月5日电 第一段。', block: 1 },
  { kind: 'heading', text: '坚持高水平对外开放', block: 2 },
  { kind: 'image', image: { src: '/photo/a b.jpg', alt: '', caption: '图为会场（新华社记者 王五 摄）' }, block: 3 },
  { kind: 'image', image: { src: 'data:image/png;base64,AAAA', alt: '内嵌' }, block: 3 },
  {
    kind: 'paragraph',
    text: '1. 这不是列表 *也不是强调* 而是 <b>文字</b>，[链接](x) ==高亮== %%注释%% $公式$',
    block: 4,
  },
  { kind: 'caption', text: '（资料图）', block: 5 },
];

describe('articleMarkdown', () => {
  const text = articleMarkdown({
    article: page,
    outline,
    slogans: [{ text: '高水平对外开放' }, { text: '“两个维护”' }],
    url: 'https://www.news.cn/a.htm',
    accessed: '2026-11-29',
  });
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];

  it('opens with front matter that reads back as the article’s fields', () => {
    expect(parse(yaml!)).toEqual({
      title: '标题: 一个 "引号" #话题',
      date: '2024-03-05',
      source: '新华社',
      author: '张三、李四',
      url: 'https://www.news.cn/a.htm',
      accessed: '2026-11-29',
      slogans: ['高水平对外开放', '“两个维护”'],
    });
  });

  it('writes the title, subheads, paragraphs and pictures with captions, page text kept as text', () => {
    expect(body!.split('\n\n')).toEqual([
      '# 标题: 一个 "引号" \\#话题',
      '新华社北京3月5日电 第一段。',
      '## 坚持高水平对外开放',
      '![图为会场（新华社记者 王五 摄）](<https://www.news.cn/photo/a%20b.jpg>)\n*图为会场（新华社记者 王五 摄）*',
      '1\\. 这不是列表 \\*也不是强调\\* 而是 \\<b\\>文字\\</b\\>，\\[链接\\](x) \\=\\=高亮\\=\\= \\%\\%注释\\%\\% \\$公式\\$',
      '*（资料图）*\n',
    ]);
  });
});

describe('articleMarkdown with a subtitle', () => {
  it('writes the subtitle under the title, before the text', () => {
    const text = articleMarkdown({
      article: { ...page, subtitle: '——热烈祝贺市政协五届一次会议开幕' },
      outline: outline.slice(0, 1),
      slogans: [],
      url: 'https://www.news.cn/a.htm',
      accessed: '2026-11-29',
    });
    expect(text.split('---\n\n')[1]!.split('\n\n')).toEqual([
      '# 标题: 一个 "引号" \\#话题',
      '*——热烈祝贺市政协五届一次会议开幕*',
      '新华社北京3月5日电 第一段。\n',
    ]);
  });
});

describe('escapeText', () => {
  it('escapes what would start a block at the start of a line, and nothing in plain Chinese text', () => {
    expect(escapeText('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeText('+ 也不是')).toBe('\\+ 也不是');
    expect(escapeText('12) 编号')).toBe('12\\) 编号');
    expect(escapeText('> 引用')).toBe('\\> 引用');
    expect(escapeText('2024年3月5日，全国两会开幕。')).toBe('2024年3月5日，全国两会开幕。');
    expect(escapeText('第一行\n第二行')).toBe('第一行 第二行');
  });
});
