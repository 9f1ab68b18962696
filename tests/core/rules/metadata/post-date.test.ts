import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/core/article';
import { postDateRule } from '../../../../src/core/rules/metadata/post-date';
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

  it('dates a magazine reprint by the issue it cites, to the month', () => {
    expect(dateOf(['正文。', '——《北京之春》1998年3月号'])).toBe('1998-03');
    expect(dateOf(['正文。', '（原载《读书》2003年12月）'])).toBe('2003-12');
  });

  it('leaves pages without such lines, and dates already found, alone', () => {
    expect(dateOf(['2005年8月12日，大卫说。', '正文。'])).toBeUndefined();
    expect(dateOf(['——《北京之春》1998年3月号'], undefined, '2001-01-01')).toBeUndefined();
  });
});
