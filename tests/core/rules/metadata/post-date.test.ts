import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/core/article';
import { postDateRule } from '../../../../src/core/rules/metadata/post-date';
import { extractArticle } from '../../../../src/core/pipeline';
import { input, page } from '../blocks';

function dateOf(texts: string[], roles?: Role[], date: string | null = null): string | null | undefined {
  return postDateRule.apply(input(page(texts), roles, { date })).claims?.[0]?.value;
}

describe('post-date', () => {
  it('dates a forum post by its post line', () => {
    expect(dateOf(['正文。', '本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.'])).toBe('2005-08-12T16:12+08:00');
    expect(dateOf(['〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓', '正文。'])).toBe(
      '2005-03-15T22:36+08:00',
    );
  });

  it('takes a reader’s comment below a dated text for no post: neither its date, its time nor its poster', () => {
    const body = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';
    for (const comment of ['王小明 发表于 2024-03-06 10:20', '王小明 发表于 2024-03-05 22:10']) {
      const article = extractArticle(page(['市委召开常委会议', '2024-03-05', body, body, comment, '说得好，支持！']));
      expect([article.date, article.author]).toEqual(['2024-03-05', null]);
    }
    // A forum's own post line comes before its text; a blog's footer repeats its post's time.
    const forum = extractArticle(
      page(['标题', 'ggjjzhzz 发表于 2005-9-15 11:46:00', body, '李四 发表于 2005-9-16 10:00']),
    );
    expect([forum.date, forum.author]).toEqual(['2005-09-15T11:46+08:00', 'ggjjzhzz']);
    const blog = extractArticle(page(['标题', '2005-06-14 03:25:55', body, '由海姑娘张贴 @ 2005-06-14 03:25:55']));
    expect(blog.author).toBe('海姑娘');
  });

  it('dates a magazine reprint by the issue it cites, to the month', () => {
    expect(dateOf(['正文。', '——《北京之春》1998年3月号'])).toBe('1998-03');
    expect(dateOf(['正文。', '（原载《读书》2003年12月）'])).toBe('2003-12');
  });

  it('leaves pages without such lines, and dates already found, alone', () => {
    expect(dateOf(['2005年8月12日，大卫说。', '正文。'])).toBeUndefined();
    expect(dateOf(['——《北京之春》1998年3月号'], undefined, '2001-01-01')).toBeUndefined();
  });
});
