// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/core/article';
import { domToPage } from '../../src/adapters/dom';
import { textToPage } from '../../src/adapters/text';
import { extractArticle, rules } from '../../src/core/pipeline';

const P1 = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';
const P2 = '会议要求，各级党组织和广大党员干部要把思想和行动统一到中央决策部署上来，坚决打赢疫情防控阻击战。';

describe('extractArticle on a text page', () => {
  const article = extractArticle(
    textToPage(
      [
        '打开APP',
        '市委召开常委会议',
        '2021年3月4日 10:20 来源：某某日报',
        `    ${P1}`,
        `    ${P2}`,
        '    责任编辑：张三',
        '扫一扫在手机打开当前页',
        '主办单位：某某市人民政府办公厅',
      ].join('\n'),
      'https://example.cn/a.html',
    ),
  );

  it('fills every field', () => {
    expect(article).toMatchObject({
      title: '市委召开常委会议',
      date: '2021-03-04T10:20+08:00',
      source: '某某日报',
      editor: '张三',
      author: null,
      reviewer: null,
      site: '某某市人民政府',
      url: 'https://example.cn/a.html',
      script: 'hans',
      warnings: [],
    });
    expect(article.paragraphs).toEqual([
      { text: P1, block: 3 },
      { text: P2, block: 4 },
    ]);
  });

  it('gives every block a role and names the rule behind every removal', () => {
    expect(article.roles).toEqual([
      'boilerplate',
      'title',
      'meta',
      'body',
      'body',
      'meta',
      'boilerplate',
      'boilerplate',
    ]);
    expect(article.removed.map((r) => [r.block, r.rule])).toEqual([
      [0, 'furniture'],
      [1, 'title'],
      [2, 'byline'],
      [5, 'byline'],
      [6, 'furniture'],
      [7, 'furniture'],
    ]);
  });
});

describe('extractArticle on DOM blocks', () => {
  it('applies the same rules to a DOM page', () => {
    document.documentElement.innerHTML =
      '<head><title>市委召开常委会议_某某网</title><meta name="publishdate" content="2021-03-04"><meta name="source" content="某某日报"></head>' +
      '<body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li></ul>' +
      `<h1>市委召开常委会议</h1><div class="info">来源：某某日报 编辑：李四</div><div class="content"><p>${P1}</p><p>${P2}</p></div>` +
      '<div class="share">分享到：微信 微博</div><div class="footer">某某网 版权所有</div></body>';
    const { page } = domToPage(document);
    const article = extractArticle(page);
    expect(article.title).toBe('市委召开常委会议');
    expect(article.date).toBe('2021-03-04');
    expect(article.source).toBe('某某日报');
    expect(article.editor).toBe('李四');
    expect(article.site).toBe('某某网');
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('leaves the credit under another article’s linked headline below the text to that article', () => {
    const sidebar = (credit: string) =>
      '<body><h1>市委召开常委会议</h1>' +
      `<div class="content"><p>${P1}</p><p>${P2}</p><p>${P1}</p><p>${P2}</p></div>` +
      `<div class="side"><a href="/1">国务院常务会议部署推进高质量发展工作</a><p>${credit}</p></div></body>`;
    document.documentElement.innerHTML = sidebar('来源：人民网 作者：王一明');
    const other = extractArticle(domToPage(document).page);
    expect([other.source, other.author]).toEqual([null, null]);
    // The article's own credit after its text, with no headline above it, is the article's.
    document.documentElement.innerHTML = sidebar('来源：人民网 作者：王一明').replace(
      '<a href="/1">国务院常务会议部署推进高质量发展工作</a>',
      '',
    );
    const own = extractArticle(domToPage(document).page);
    expect([own.source, own.author]).toEqual(['人民网', '王一明']);
  });
});

describe('the rule list', () => {
  it('names every rule once, with a reason and the page kind behind it', () => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of rules) {
      expect(rule.why.length).toBeGreaterThan(15);
      expect(rule.motivatedBy.length).toBeGreaterThan(5);
    }
  });

  it('lets later rules see earlier decisions and records the rule that removed a block', () => {
    const seen: string[][] = [];
    const dropFirst: Rule = {
      name: 'drop-first',
      why: 'test',
      motivatedBy: 'test',
      apply: () => ({ roles: [{ block: 0, role: 'boilerplate' }] }),
    };
    const spy: Rule = {
      name: 'spy',
      why: 'test',
      motivatedBy: 'test',
      apply: ({ roles }) => {
        seen.push([...roles]);
        return {};
      },
    };
    const article = extractArticle(textToPage('甲\n乙'), [dropFirst, spy]);
    expect(seen).toEqual([['boilerplate', 'body']]);
    expect(article.removed).toEqual([{ block: 0, role: 'boilerplate', rule: 'drop-first' }]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['乙']);
  });

  it('warns when nothing is left of the page', () => {
    const article = extractArticle(textToPage('微信\n微博\n扫一扫在手机打开当前页'));
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings.map((w) => w.kind)).toContain('no-article');
  });

  it('finds no article under a first line taken for the headline when the rest holds no sentence', () => {
    // The long first line counts as prose only until it is the headline; a page whose headline is marked reads the same.
    const headline = '依靠群众打赢疫情防控阻击战各级党委和政府坚决贯彻落实';
    document.documentElement.innerHTML = `<body><h1>${headline}</h1><p>Aa 123</p></body>`;
    for (const page of [textToPage(`分享到：\n${headline}\n\nAa 123`), domToPage(document).page]) {
      const article = extractArticle(page);
      expect(article.title).toBe(headline);
      expect(article.paragraphs).toEqual([]);
      expect(article.warnings.map((w) => w.kind)).toContain('no-article');
    }
  });

  it('shows no 来源 where the label stands alone and a list’s heading follows, and reads its own text the same', () => {
    for (const tail of ['来源\n責任相关新闻', '來源\n豈热门推荐', '来源：\n相关新闻']) {
      const once = extractArticle(textToPage(`${P1}\n${tail}`));
      expect(once.source).toBeNull();
      const again = extractArticle(textToPage(once.paragraphs.map((p) => p.text).join('\n')));
      expect(again.source).toBeNull();
      expect(again.paragraphs.map((p) => p.text)).toEqual(once.paragraphs.map((p) => p.text));
    }
  });

  it('survives a page with no blocks at all', () => {
    const article = extractArticle(textToPage(''));
    expect(article).toMatchObject({ title: null, date: null, paragraphs: [], roles: [], removed: [] });
    expect(article.warnings.map((w) => w.kind)).toEqual(['no-article']);
  });

  it('detects traditional script', () => {
    expect(extractArticle(textToPage('這是一個關於經濟發展的報導，記者們進行了詳細的說明。')).script).toBe('hant');
  });
});

describe('an outlet on its own site', () => {
  it('is not its own 来源 when only its dateline names it, whatever the site name adds', () => {
    const page = textToPage(
      [
        '院會通過總預算',
        '（中央社記者王小明台北5日電）行政院今天召開院會，通過明年度總預算案，總額較今年增加百分之五。',
        `    ${P2}`,
      ].join('\n'),
    );
    page.meta.meta['og:site_name'] = '中央社 CNA';
    const article = extractArticle(page);
    expect(article.source).toBeNull();
    expect(article.author).toBe('王小明');
    page.meta.meta['og:site_name'] = 'Yahoo奇摩新聞';
    expect(extractArticle(page).source).toBe('中央社');
  });
});

describe('a 来源 amid the article', () => {
  const HEADLINE = '某市召开会议部署今年重点工作';
  const DATE = '2024-03-05 10:20';
  const LEAD = '全市经济运行总体平稳，一季度主要指标好于预期，为完成全年目标任务打下良好基础。';
  const textPage = (...lines: string[]) => extractArticle(textToPage([HEADLINE, ...lines].join('\n')));

  it('credits a chart or a table between two paragraphs and fills no field', () => {
    const article = textPage(DATE, P1, '来源：国家统计局', P2);
    expect(article.source).toBeNull();
    expect(article.rejected.map((r) => [r.field, r.value])).toContainEqual(['source', '国家统计局']);
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(textPage(DATE, P1, '表：一季度主要指标', '來源：國家統計局', '制图：张三', P2).source).toBeNull();
  });

  it('is the article’s byline above its first paragraph, a lead above it, or after its last, whatever follows', () => {
    expect(textPage(DATE, P1, '来源：国家统计局', P2).source).toBeNull();
    expect(textPage(LEAD, `来源：人民日报 ${DATE}`, P1, P2).source).toBe('人民日报');
    expect(textPage(LEAD, '来源：人民日报', '作者：张三', P1, P2).source).toBe('人民日报');
    expect(textPage(LEAD, '来源：人民日报', DATE, P1, P2).source).toBe('人民日报');
    expect(textPage(DATE, `【摘要】${LEAD}`, '来源：人民日报', P1, P2).source).toBe('人民日报');
    const furniture = '声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。';
    expect(textPage(DATE, P1, P2, '来源：人民日报', '相关新闻', furniture).source).toBe('人民日报');
  });

  it('reads the same on a DOM page, under a picture or after a table', () => {
    const credits = [
      '<p><img src="/chart.png" width="600" height="400"></p><p>来源：国家统计局</p>',
      '<table><tr><td>指标</td><td>增速</td></tr><tr><td>工业</td><td>6.5%</td></tr></table><p>来源：国家统计局</p>',
    ];
    for (const credit of credits) {
      document.documentElement.innerHTML = `<body><h1>${HEADLINE}</h1><div>${DATE}</div><p>${P1}</p>${credit}<p>${P2}</p></body>`;
      expect(extractArticle(domToPage(document).page).source).toBeNull();
    }
  });

  it('gives way to the article’s own 来源 after its last paragraph', () => {
    expect(textPage(DATE, P1, '来源：国家统计局', P2, '来源：人民日报').source).toBe('人民日报');
    expect(textPage(DATE, P1, '来源：国家统计局', P2, '来源：人民日报', '责任编辑：张三').source).toBe('人民日报');
    expect(textPage(`${DATE} 来源：人民日报`, P1, '来源：国家统计局', P2).source).toBe('人民日报');
  });

  it('leaves a bracket closing a paragraph in the middle in that paragraph, and reads one closing the last', () => {
    const middle = textPage(DATE, `${P1}（来源：国家统计局）`, P2);
    expect(middle.source).toBeNull();
    expect(middle.paragraphs.map((p) => p.text)).toEqual([`${P1}（来源：国家统计局）`, P2]);
    const last = textPage(DATE, P1, `${P2}（来源：人民日报）`);
    expect(last.source).toBe('人民日报');
    expect(last.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('a forum thread', () => {
  const floor = (n: number, name: string, reply: string) => [
    `楼层： 第 ${n} 楼 时间：2005-08-2${n} 20:56:20`,
    `作者： ${name}`,
    `能力值:${n}1140`,
    reply,
    `${name}的签名：用电脑就是用硬件`,
  ];
  const thread = (poster: string[]) =>
    extractArticle(
      textToPage(
        [
          '市委召开常委会议',
          ...poster,
          `    ${P1}`,
          `    ${P2}`,
          ...floor(2, '王大明', '谢谢楼主分享！'),
          ...floor(3, '李小红', '顶一下。'),
          ...floor(4, '赵刚', '说得好，支持。'),
        ].join('\n'),
      ),
    );

  it('credits the post to its poster, never to someone who replied', () => {
    const posted = thread(['楼层： 第 1 楼 时间：2005-08-20 20:56:20', '作者： 张三']);
    expect(posted.author).toBe('张三');
    expect(posted.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    const unsigned = thread(['楼层： 第 1 楼 时间：2005-08-20 20:56:20']);
    expect(unsigned.author).toBeNull();
    expect(unsigned.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('a declared time of day', () => {
  it('refines a date the page shows without one, and never changes the day', () => {
    const page = textToPage(
      '依靠群众打赢疫情防控阻击战\n2020年2月1日\n' +
        '连日来，全省上下高度重视、迅速行动，形成了联防联控的格局。'.repeat(3),
    );
    page.meta.meta = { pubdate: '2020-02-01 07:55' };
    expect(extractArticle(page).date).toBe('2020-02-01T07:55+08:00');
    page.meta.meta = { pubdate: '2020-02-03 07:55' };
    expect(extractArticle(page).date).toBe('2020-02-01');
  });
});
