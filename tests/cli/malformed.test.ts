/**
 * Saved pages in the shapes that broke extraction before (tests/fixtures/malformed/): each gives the article, and
 * what loading it had to correct is said in the Article's warnings. The browser suite holds Chromium to the same
 * Articles (tests/e2e/differential.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { articleOf, type LoadedPage, loadFile } from '../../src/cli/load';
import { FIXTURES_DIR } from '../paths';

const DIR = join(FIXTURES_DIR, 'malformed');
const TITLE = '我市新开通十二条公交线路';
const FIRST = '记者从市交通运输局获悉，全市新开通的十二条公交线路今天起正式运营';
const LAST = '让更多市民享受到方便快捷的公共交通。';

async function load(name: string): Promise<{ loaded: LoadedPage; article: Article }> {
  const loaded = await loadFile(join(DIR, name));
  return { loaded, article: articleOf(loaded) };
}

/** The three paragraphs of the news item every fixture carries, and nothing of its navigation or footer. */
function expectTheArticle(article: Article): void {
  expect(article.title).toBe(TITLE);
  const paragraphs = article.paragraphs.map((p) => p.text);
  expect(paragraphs[0]).toContain(FIRST);
  expect(paragraphs.at(-1)).toContain(LAST);
  expect(paragraphs.join('')).not.toMatch(/首页|版权所有|请启用|扫一扫/);
}

describe('malformed saved pages', () => {
  it.each(['head-first.html', 'fragment.html', 'xhtml.html', 'noscript-body.html', 'misnested.html'])(
    '%s gives the article, with no warning',
    async (name) => {
      const { loaded, article } = await load(name);
      expect(loaded.encoding).toBe('utf-8');
      expectTheArticle(article);
      expect(article.warnings).toEqual([]);
    },
  );

  it('a page that starts at <head> keeps its head: the title and charset come from it', async () => {
    const { loaded } = await load('head-first.html');
    expect(loaded.page.meta.documentTitle).toBe(`${TITLE}_某某日报`);
  });

  it('a CleanEval <text id=URL> wrapper gives the page and its address', async () => {
    const { loaded, article } = await load('text-wrapper.html');
    expectTheArticle(article);
    expect(loaded.page.meta.url).toBe('http://www.example.gov.cn/news/2024/0315/a.html');
  });

  it('a byte-order mark wins over the declaration, and CRLF line ends join CJK lines as LF does', async () => {
    const { loaded, article } = await load('bom-crlf.html');
    expect(loaded.encoding).toBe('utf-8');
    expectTheArticle(article);
    expect(article.paragraphs[0]!.text).toBe(
      '记者从市交通运输局获悉，全市新开通的十二条公交线路今天起正式运营，覆盖城区东部和北部的二十多个居民小区，沿线群众出行将更加便利。',
    );
    expect(article.warnings).toEqual([]);
  });

  it('NUL bytes padding the end of the file are dropped, not taken for binary data', async () => {
    expect(readFileSync(join(DIR, 'nul-padded.html')).at(-1)).toBe(0);
    const { article } = await load('nul-padded.html');
    expectTheArticle(article);
  });

  it.each([
    ['utf8-declared-gb2312.html', 'utf-8', /declares gb18030 but is written in utf-8/],
    ['gbk-declared-utf8.html', 'gb18030', /declares utf-8 but is written in gb18030/],
  ])('%s is read in the encoding its bytes are in, and says so', async (name, encoding, message) => {
    const { loaded, article } = await load(name);
    expect(loaded.encoding).toBe(encoding);
    expectTheArticle(article);
    expect(article.warnings).toEqual([{ kind: 'charset', message: expect.stringMatching(message) }]);
  });

  it('a WeChat article saved to disk: its hidden body, lazy image and script-held metadata are read', async () => {
    const { loaded, article } = await load('wechat-pending.html');
    expectTheArticle(article);
    // The body hidden until a script runs is article; the short dialog hidden the same way, and what display:none
    // hides, are not.
    expect(article.paragraphs.map((p) => p.text).join('')).not.toMatch(/请在微信客户端打开|微信扫一扫/);
    const image = loaded.page.blocks.flatMap((b) => b.images ?? [])[0];
    expect(image).toMatchObject({ src: 'https://mmbiz.qpic.cn/mmbiz_jpg/abc/640', alt: '新线路公交车' });
    expect(loaded.page.meta.declared).toMatchObject({
      nickname: '某某发布',
      ct: '1710466200',
      publish_time: '2024-03-15',
      msg_title: TITLE,
      msg_link: 'https://mp.weixin.qq.com/s?__biz=MzA&amp;mid=1',
    });
    // Only the variables a rule reads are kept: the page's other script values (`read_num`) are not.
    expect(loaded.page.meta.declared).not.toHaveProperty('read_num');
    expect(article.source).toBe('某某发布');
    expect(article.date).toBe('2024-03-15T09:30+08:00');
    expect(loaded.page.meta.meta).toMatchObject({
      'og:title': TITLE,
      'og:url': 'https://mp.weixin.qq.com/s/AbCdEfGh',
      author: '张明',
    });
    // The account name the page's stylesheet hides is not taken from the page's text.
    expect(loaded.page.blocks.some((b) => b.text.includes('某某发布'))).toBe(false);
  });
});
