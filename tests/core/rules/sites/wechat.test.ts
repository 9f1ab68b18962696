import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../../src/cli/load';
import { extractArticle } from '../../../../src/core/pipeline';
import { wechatArticle } from '../../../../src/core/rules/sites/wechat';
import { FIXTURES_DIR } from '../../../paths';
import { claimed, input, page } from '../blocks';

describe('WeChat article', () => {
  it('reads the account and the publish time a WeChat page sets in its script', () => {
    const p = page(['一分钟了解互联网动静分离架构'], {
      url: 'https://mp.weixin.qq.com/s?__biz=x',
      declared: { nickname: '架构师之路', ct: '1514986500', msg_link: 'http://mp.weixin.qq.com/s?x' },
    });
    expect(claimed(wechatArticle.apply(input(p)))).toEqual({ source: '架构师之路', date: '2018-01-03T21:35+08:00' });
  });

  it('reads nothing on a page whose scripts declare nothing it reads', () => {
    expect(wechatArticle.apply(input(page(['评论'], { url: 'https://example.cn/a.html' })))).toEqual({});
  });

  it('fills the saved WeChat page’s account and time through the pipeline', async () => {
    const { page: saved } = await loadFile(join(FIXTURES_DIR, 'malformed', 'wechat-pending.html'));
    const article = extractArticle(saved);
    expect(article.source).not.toBeNull();
    expect(article.date).toMatch(/T\d{2}:\d{2}/);
  });
});
