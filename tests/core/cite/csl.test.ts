import { describe, expect, it } from 'vitest';
import { articleToCsl, isNewspaper } from '../../../src/core/cite/csl';
import { accessedDay, article, seed000, seed002, seed004, seedUrl } from './fixtures';

const opts = { url: seedUrl, accessed: accessedDay };

describe('articleToCsl', () => {
  it('maps seed 000 to an unsigned newspaper article with its editor kept apart from the author', () => {
    const item = articleToCsl(seed000, opts);
    expect(item).toEqual({
      id: seedUrl,
      type: 'article-newspaper',
      title: '依靠群众打赢疫情防控阻击战',
      editor: [{ literal: '雷晓琦' }],
      'container-title': '四川日报',
      publisher: '四川省人民政府',
      issued: { 'date-parts': [[2020, 2, 1]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
      URL: seedUrl,
      language: 'zh-CN',
    });
    // toEqual passes over a key holding undefined: the record must not carry an author key at all.
    expect('author' in item).toBe(false);
  });

  it('keeps the time of day out of the record', () => {
    const json = JSON.stringify(articleToCsl(seed000, opts));
    expect(json).not.toMatch(/07:55|T07|\+08/);
    expect(json).toContain('"issued":{"date-parts":[[2020,2,1]]}');
  });

  it('takes the access date on the local calendar, not in UTC', () => {
    const lateEvening = new Date(2026, 0, 5, 23, 59);
    expect(articleToCsl(seed000, { url: seedUrl, accessed: lateEvening }).accessed).toEqual({
      'date-parts': [[2026, 1, 5]],
    });
  });

  it('marks a traditional-script page zh-TW and recognises 日報 as a newspaper', () => {
    const item = articleToCsl(seed002, opts);
    expect(item.language).toBe('zh-TW');
    expect(item.type).toBe('article-newspaper');
    expect(item.author).toEqual([{ literal: '張立東' }]);
    expect(item.editor).toEqual([{ literal: '曹惠君' }]);
  });

  it('makes a page from a news agency or a site a webpage, with the site as container when there is no source', () => {
    expect(articleToCsl(article({ title: 't', source: '新华社', site: '中国政府网' }), opts)).toMatchObject({
      type: 'webpage',
      'container-title': '新华社',
      publisher: '中国政府网',
    });
    expect(articleToCsl(article({ title: 't', site: '中国政府网' }), opts)['container-title']).toBe('中国政府网');
  });

  it('takes a stock phrase or a bare number in the source or site for no attribution at all', () => {
    const item = articleToCsl(article({ title: 't', source: '转载文章', site: '2006' }), opts);
    expect(item['container-title']).toBeUndefined();
    expect(item.publisher).toBeUndefined();
    expect(articleToCsl(article({ title: 't', source: '本站', site: '中国政府网' }), opts)['container-title']).toBe(
      '中国政府网',
    );
  });

  it('makes a platform account post a post-weblog', () => {
    const item = articleToCsl(article({ title: 't', source: '云上谷城' }), {
      url: 'https://mp.weixin.qq.com/s/abc',
      accessed: accessedDay,
    });
    expect(item.type).toBe('post-weblog');
  });

  it('leaves out issued and author when the page has neither', () => {
    const item = articleToCsl(seed004, opts);
    expect(item.issued).toBeUndefined();
    expect(item.author).toBeUndefined();
    expect(item.type).toBe('webpage');
  });

  it('reads the print page from a source line that names it', () => {
    const item = articleToCsl(article({ title: 't', source: '人民日报 2020年02月01日 01 版' }), opts);
    expect(item['container-title']).toBe('人民日报');
    expect(item.page).toBe('1');
    expect(item.type).toBe('article-newspaper');
  });
});

describe('isNewspaper', () => {
  it.each(['人民日报', '四川日报', '学习时报', '中国青年报', '聯合報', '人民日报海外版', '新民晚报'])(
    '%s is a newspaper',
    (name) => {
      expect(isNewspaper(name)).toBe(true);
    },
  );
  it.each(['新华社', '人民日报客户端', '新京报网', '中国政府网', '央视新闻'])('%s is not a newspaper', (name) => {
    expect(isNewspaper(name)).toBe(false);
  });
});

/** The paper and page a source line names, as the record carries them. */
function cited(source: string): { name?: string; page?: string } {
  const item = articleToCsl(article({ title: 't', source }), opts);
  return { name: item['container-title'], ...(item.page ? { page: item.page } : {}) };
}

/** The names a byline gives, as the record's authors. */
function authors(byline: string) {
  return articleToCsl(article({ title: 't', author: byline }), opts).author ?? [];
}

describe('the source line, read for the paper and its page', () => {
  it('keeps a plain source whole', () => {
    expect(cited(' 四川日报 ')).toEqual({ name: '四川日报' });
  });
  it('takes the paper from a site-then-paper source, but keeps a site that carries no paper', () => {
    expect(cited('人民网－人民日报')).toEqual({ name: '人民日报' });
    expect(cited('人民网-人民日报 2020年02月01日 04 版')).toEqual({ name: '人民日报', page: '4' });
    expect(cited('中国网-新华社')).toEqual({ name: '中国网-新华社' });
  });
  it('splits a page given as 第N版', () => {
    expect(cited('光明日报（第2版）')).toEqual({ name: '光明日报', page: '2' });
  });
});

describe('the byline, read for names', () => {
  it('keeps CJK names whole and never inverts them', () => {
    expect(authors('余建斌')).toEqual([{ literal: '余建斌' }]);
  });
  it('splits CJK bylines on 、 and spaces and drops the 记者 label', () => {
    expect(authors('本报记者 张三、李四')).toEqual([{ literal: '张三' }, { literal: '李四' }]);
    expect(authors('四川日报全媒体记者 张立东')).toEqual([{ literal: '张立东' }]);
    expect(authors('本报记者 张三 通讯员 李四')).toEqual([{ literal: '张三' }, { literal: '李四' }]);
    expect(authors('文/王五')).toEqual([{ literal: '王五' }]);
    expect(authors('本报记者')).toEqual([]);
  });
  it('joins a two-character name padded with a space, and keeps three-character names apart', () => {
    expect(authors('赵 培')).toEqual([{ literal: '赵培' }]);
    expect(authors('王 伟 张文攀')).toEqual([{ literal: '王伟' }, { literal: '张文攀' }]);
    expect(authors('王建宏 张文攀')).toEqual([{ literal: '王建宏' }, { literal: '张文攀' }]);
  });
  it('splits Latin names into family and given', () => {
    expect(authors('John A. Smith and Jane Doe')).toEqual([
      { family: 'Smith', given: 'John A.' },
      { family: 'Doe', given: 'Jane' },
    ]);
    expect(authors('Smith, John')).toEqual([{ family: 'Smith', given: 'John' }]);
  });
});
