import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core/pipeline';
import { articleProse } from '../../../../src/core/rules/content/article-prose';
import { input, marked, page } from '../blocks';

describe('article-prose rule', () => {
  it('leaves no article where the kept text holds no sentence', () => {
    const p = page(['版权为 荆楚网 www.cnhubei.com 所有 未经同意不得复制或镜像', '首页 要闻 评论']);
    expect(marked(articleProse.apply(input(p)), 'boilerplate')).toEqual([0, 1]);
  });

  it('keeps a short article whose one line ends like a sentence, and a long unpunctuated one', () => {
    expect(marked(articleProse.apply(input(page(['图为港珠澳大桥附近的港口。']))), 'boilerplate')).toEqual([]);
    const long = '国务院任免国家工作人员名单'.repeat(4);
    expect(marked(articleProse.apply(input(page([long]))), 'boilerplate')).toEqual([]);
  });

  it('makes the pipeline say that the page has no article', () => {
    const article = extractArticle(page(['感謝您的訂閱 自由時報電子報隨時提供您最即時、熱門的新聞訊息。訂閱暫時不要']));
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings.map((w) => w.kind)).toContain('no-article');
  });
});
