import { describe, expect, it } from 'vitest';
import { declaresInScripts } from '../../src/core/declared';

describe('declaresInScripts', () => {
  it('knows a WeChat article by its host, however the address writes it', () => {
    for (const url of [
      'https://mp.weixin.qq.com/s/abc',
      'HTTPS://MP.WEIXIN.QQ.COM/s/abc',
      'https://mp%2Eweixin.qq.com/s',
    ])
      expect(declaresInScripts(url), url).toBe(true);
  });

  it('reads no other page’s scripts', () => {
    for (const url of [
      'https://www.news.cn/a.htm',
      'https://example.com/?from=mp.weixin.qq.com',
      'not a url %',
      '',
      undefined,
    ])
      expect(declaresInScripts(url), String(url)).toBe(false);
  });
});
