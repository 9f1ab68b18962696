import { describe, expect, it } from 'vitest';
import { declaredClaims, metaTagsRule } from '../../../../src/core/rules/metadata/meta-tags';
import { claimed, input, page } from '../blocks';

const BODY = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作。';

describe('declaredClaims', () => {
  it('reads Chinese government meta tags', () => {
    const p = page([], {
      meta: {
        pubdate: '2020-02-01 07:55',
        contentsource: '四川日报',
        articletitle: '依靠群众打赢疫情防控阻击战',
        author: '雷晓琦',
      },
    });
    expect(claimed({ claims: declaredClaims(p) })).toEqual({
      date: '2020-02-01T07:55+08:00',
      source: '四川日报',
      title: '依靠群众打赢疫情防控阻击战',
      author: '雷晓琦',
    });
  });

  it('reads party-media meta tags', () => {
    const p = page([], { meta: { publishdate: '2021-07-01', source: '人民日报', author: '张三', editor: '李四' } });
    expect(claimed({ claims: declaredClaims(p) })).toEqual({
      date: '2021-07-01',
      source: '人民日报',
      author: '张三',
      editor: '李四',
    });
  });

  it('reads Open Graph times and JSON-LD articles, whose publisher is the site', () => {
    const p = page([], {
      meta: { 'article:published_time': '2021-07-01T02:00:00Z' },
      jsonLd: [
        {
          '@graph': [
            {
              '@type': 'NewsArticle',
              headline: '标题',
              author: [{ name: '甲' }, { name: '乙' }],
              publisher: { name: '某报' },
            },
          ],
        },
      ],
    });
    expect(claimed({ claims: declaredClaims(p) })).toEqual({
      date: '2021-07-01T10:00+08:00',
      title: '标题',
      author: '甲、乙',
      site: '某报',
    });
  });
});

describe('meta-tags rule: the visible text wins', () => {
  const meta = { pubdate: '2020-02-01 07:55', contentsource: '新华社', articletitle: '声明的标题' };

  it('fills only what the page text left empty', () => {
    const d = metaTagsRule.apply(input(page([], { meta }), [], { title: '页面标题', source: '四川日报' }));
    expect(claimed(d)).toEqual({ date: '2020-02-01T07:55+08:00' });
    expect(d.warnings).toEqual([]);
  });

  it('lets a declared time refine a shown date of the same day', () => {
    expect(claimed(metaTagsRule.apply(input(page([], { meta }), [], { date: '2020-02-01' })))).toEqual({
      date: '2020-02-01T07:55+08:00',
      source: '新华社',
      title: '声明的标题',
    });
  });

  it('keeps the shown date when the declared one is another day, and says so', () => {
    const d = metaTagsRule.apply(input(page([], { meta }), [], { date: '2020-03-05' }));
    expect(claimed(d)?.date).toBeUndefined();
    expect(d.warnings?.map((w) => w.kind)).toEqual(['conflict']);
  });

  it('falls back to the document title, but not to a line the rules removed', () => {
    const kept = page(['正文。'], { documentTitle: '市政府召开常务会议_某某市人民政府' });
    expect(claimed(metaTagsRule.apply(input(kept)))).toEqual({ title: '市政府召开常务会议' });
    const prompt = page(['歡迎使用手機(jī)瀏覽', '正文。'], { documentTitle: '歡迎使用手機(jī)瀏覽' });
    const texts = ['歡迎使用手機瀏覽', '正文。'];
    expect(claimed(metaTagsRule.apply({ ...input(prompt, ['boilerplate', 'body']), texts }))).toEqual({});
  });

  it('takes no headline from a document title that is a blank page’s placeholder or a template’s furniture', () => {
    for (const documentTitle of [
      '无标题文档',
      '新建网页 1',
      'Untitled Document',
      '打印本页',
      '网站地图',
      '首页 > 新闻 > 正文',
    ]) {
      expect(claimed(metaTagsRule.apply(input(page(['正文。'], { documentTitle }))))).toEqual({});
    }
  });

  it('takes the document title printed as the first line of text as the headline, not a paragraph', () => {
    const printed = page(['分享到：相关新闻', '依靠群众打赢疫情防控阻击战。'], { documentTitle: '分享到：相关新闻' });
    const decisions = metaTagsRule.apply(input(printed));
    expect(claimed(decisions)).toEqual({ title: '分享到：相关新闻' });
    expect(decisions.roles).toEqual([{ block: 0, role: 'title' }]);
    const elsewhere = page(['依靠群众打赢疫情防控阻击战。'], { documentTitle: '分享到：相关新闻' });
    expect(metaTagsRule.apply(input(elsewhere)).roles).toEqual([]);
  });

  it('takes a first line that is the whole document title, marks and all, as the headline it names', () => {
    const marked = page(['——依靠群众', BODY], { documentTitle: '——依靠群众' });
    const decisions = metaTagsRule.apply(input(marked));
    expect(claimed(decisions)).toEqual({ title: '依靠群众' });
    expect(decisions.roles).toEqual([{ block: 0, role: 'title' }]);
    // Another line under the same document title stays a paragraph.
    const other = page(['——依靠人民', BODY], { documentTitle: '——依靠群众' });
    expect(metaTagsRule.apply(input(other)).roles).toEqual([]);
  });

  it('knows the first line as the page printed it, and shows it as repaired', () => {
    // The document title of a text page is its first line as printed; the garbled-text repair rewrote the line since.
    const repaired = page(['責任?A鐢熸椿', BODY], { documentTitle: '責任?A鐢熸椿' });
    const decisions = metaTagsRule.apply({
      ...input(repaired),
      texts: ['責任□鐢熸椿', BODY],
      views: ['责任□鐢熸椿', BODY],
    });
    expect(decisions.roles).toEqual([{ block: 0, role: 'title' }]);
    expect(claimed(decisions)).toEqual({ title: '責任□鐢熸椿' });
  });

  it('takes the headline printed again, wherever it stands, out of the text as the title rule does', () => {
    const again = page(['依靠群众打赢疫情防控阻击战', BODY, '依靠群众 打赢疫情防控阻击战'], {
      documentTitle: '依靠群众打赢疫情防控阻击战_某某市人民政府',
    });
    expect(metaTagsRule.apply(input(again)).roles).toEqual([
      { block: 0, role: 'title' },
      { block: 2, role: 'duplicate' },
    ]);
  });
});
