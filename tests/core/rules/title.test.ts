import { describe, expect, it } from 'vitest';
import { headlineOf, leadingTitleRule, looksLikeTitle, titleRule } from '../../../src/core/rules/title';
import type { Block, Role } from '../../../src/core/article';
import { claimed, input, page } from './blocks';
import { parseHTML } from 'linkedom';
import { domToPage } from '../../../src/adapters/dom';
import { extractArticle } from '../../../src/core/pipeline';

const BODY =
  '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效，为全年目标任务打下坚实基础。';

describe('looksLikeTitle', () => {
  it.each([
    ['依靠群众打赢疫情防控阻击战'],
    ['李乐成强调:凝聚人民群众精气神 打赢疫情防控主动仗'],
    ['2024年全国两会开幕'],
    ['国务院关于2月1日电力供应的通知'],
  ])('%s looks like a title', (t) => expect(looksLikeTitle(t)).toBe(true));
  it.each([
    ['疫情就是命令,防控就是責任。'],
    ['2020-07-14'],
    ['来源: 四川日报'],
    ['云上谷城 2020-02-02 09:05'],
    ['ICP 12024993'],
    [BODY],
    ['各地：'],
    ['(无标题)'],
    ['无标题'],
    ['无标题文档'],
    ['新建网页 1'],
    ['2020年02月01日 07:55!'],
    ['鼎 !!'],
    ['!一Ͱ!'],
    ['据新华社北京2月1日电（记者 雷晓琦）'],
    ['中央社记者王大明台北5日电'],
    ['(记者 雷晓琦)'],
    ['责任记者'],
    ['本报讯来源'],
    ['打印本页 上一篇'],
    ['#n/责任'],
    ['本报讯据新华社北京2月1日电'],
    ['责任据新华社北京2月1日电'],
    ['本报杭州3日讯'],
  ])('%s does not', (t) => expect(looksLikeTitle(t)).toBe(false));
  it.each([['编辑部的故事'], ['记者节里说记者'], ['水的来源']])('%s says more than its labels: a title', (t) =>
    expect(looksLikeTitle(t)).toBe(true),
  );
  it('takes a heading of two characters spaced apart (`通 知`) for one, and a single character for none', () => {
    expect(looksLikeTitle('通 知', 1)).toBe(true);
    expect(looksLikeTitle('通知', 1)).toBe(true);
    expect(looksLikeTitle('鼎 !', 1)).toBe(false);
  });
});

describe('headlineOf', () => {
  it('takes the headline part of a document title', () => {
    expect(headlineOf('市政府召开常务会议_某某市人民政府')).toBe('市政府召开常务会议');
    expect(headlineOf('省委召开常委会议 - 新闻中心 - 四川在线')).toBe('省委召开常委会议');
    expect(headlineOf('坚定信心打赢疫情防控阻击战')).toBe('坚定信心打赢疫情防控阻击战');
  });
});

describe('title rule', () => {
  it('takes the line under which the byline sits, not a date above it', () => {
    const p = page(['2020-07-14', '依靠群众打赢疫情防控阻击战', '2020年02月01日 07时55分', BODY]);
    const d = titleRule.apply(input(p));
    expect(claimed(d)).toEqual({ title: '依靠群众打赢疫情防控阻击战' });
    expect(d.roles).toEqual([{ block: 1, role: 'title' }]);
  });

  it('takes a dash-led line right under the headline as its subtitle, out of the text', () => {
    const headline: [string, Partial<Block>] = ['依靠群众打赢疫情防控阻击战', { tag: 'h1', heading: 1 }];
    const p = page([headline, '——写在全省疫情防控工作会议召开之际', BODY]);
    const d = titleRule.apply(input(p));
    expect(d.roles).toEqual([
      { block: 0, role: 'title' },
      { block: 1, role: 'subtitle' },
    ]);
    const dialogue = page([headline, '——“我们一定能赢。”他说。', BODY]);
    expect(titleRule.apply(input(dialogue)).roles).toEqual([{ block: 0, role: 'title' }]);
    // A sentence's full stop inside: text that opens with a dash, whatever follows the stop.
    const sentence = page([headline, '--要坚持人民至上。扫一扫在手机打开当前页', BODY]);
    expect(titleRule.apply(input(sentence)).roles).toEqual([{ block: 0, role: 'title' }]);
    const mark = page([headline, '—!', BODY]);
    expect(titleRule.apply(input(mark)).roles).toEqual([{ block: 0, role: 'title' }]);
  });

  it('takes the line the page repeats', () => {
    const p = page(['栏目导读', '坚定信心打赢疫情防控阻击战', BODY, '坚定信心打赢疫情防控阻击战', BODY]);
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '坚定信心打赢疫情防控阻击战' });
  });

  it('takes the line that matches the document title, ignoring its site-name suffix', () => {
    const p = page(['新闻中心', '市政府召开常务会议', BODY], { documentTitle: '市政府召开常务会议_某某市人民政府' });
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '市政府召开常务会议' });
  });

  it("takes the line the document title names, with the date under it, over a column's name in the <h1>", () => {
    for (const documentTitle of ['市政府召开常务会议', '市政府召开常务会议_通知公告_某某市人民政府']) {
      const p = page([['通知公告', { tag: 'h1', heading: 1 }], '市政府召开常务会议', '2024-03-05', BODY], {
        documentTitle,
      });
      expect(claimed(titleRule.apply(input(p))), documentTitle).toEqual({ title: '市政府召开常务会议' });
    }
    // A page whose title is its column's name still has its headline in the <h1> above the date.
    const column = page(['工作动态', ['市政府召开常务会议', { tag: 'h1', heading: 1 }], '2024-03-05', BODY], {
      documentTitle: '工作动态_某某市人民政府',
    });
    expect(claimed(titleRule.apply(input(column)))).toEqual({ title: '市政府召开常务会议' });
    const tagline = page([['金锺国', { tag: 'h1', heading: 1 }], '维基百科，自由的百科全书', BODY], {
      documentTitle: '金锺国 - 维基百科，自由的百科全书',
    });
    expect(claimed(titleRule.apply(input(tagline)))).toEqual({ title: '金锺国' });
  });

  it('takes the line the breadcrumb names as this page, without the marks before it', () => {
    const p = page(['您的位置：主页>艺术史研究>方法与规范>第一编古代', '无规矩无以成方圆', '*第一编 古代', BODY]);
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '第一编 古代' });
    const generic = page(['您的位置：主页>读书>正文', '无规矩无以成方圆', '正文', BODY]);
    expect(claimed(titleRule.apply(input(generic)))).toEqual({});
    // A breadcrumb ending at the column names the column, not the page.
    const column = page(['首页 > 新闻中心 > 工作动态', '工作动态', '无规矩无以成方圆', BODY]);
    expect(claimed(titleRule.apply(input(column)))).toEqual({});
  });

  it('takes a linked headline that the replies under the post repeat', () => {
    const headline = '13岁女孩辍学后生下女婴(附图)';
    const lines: (string | [string, Partial<Block>])[] = ['热门文章', headline, BODY, `# re: ${headline}`, '恶心！'];
    const roles: Role[] = ['boilerplate', 'boilerplate', 'body', 'boilerplate', 'boilerplate'];
    expect(claimed(titleRule.apply(input(page(lines), roles)))).toEqual({ title: headline });
    // A reply above the text (a sidebar's latest comments) names another post.
    const sidebar = [`re: ${headline}`, headline, BODY];
    expect(claimed(titleRule.apply(input(page(sidebar), ['boilerplate', 'boilerplate', 'body'])))).toEqual({});
  });

  it('prefers an <h1> in DOM pages', () => {
    const p = page(['要闻动态', ['全省春耕生产有序推进', { tag: 'h1', heading: 1 }], BODY]);
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '全省春耕生产有序推进' });
  });

  it('accepts a question as a headline and a short name in an <h1>', () => {
    const q = page([['脂溢性脱发：爱出油快秃顶？你知道该吃什么吗？', { tag: 'h1', heading: 1 }], BODY]);
    expect(claimed(titleRule.apply(input(q)))).toEqual({ title: '脂溢性脱发：爱出油快秃顶？你知道该吃什么吗？' });
    const name = page([['金锺国', { tag: 'h1', heading: 1 }], BODY], {
      documentTitle: '金锺国 - 维基百科，自由的百科全书',
    });
    expect(claimed(titleRule.apply(input(name)))).toEqual({ title: '金锺国' });
  });

  it('does not take a fragment of the document title that is much shorter than its headline', () => {
    const p = page([['吉林省人民政府', { tag: 'td' }], BODY], {
      documentTitle: '吉林省人民政府关于禁止在嫩江干流补充治理工程建设征占地范围内新增建设项目的通告',
    });
    expect(titleRule.apply(input(p))).toEqual({});
  });

  it('counts a headline class as a sign', () => {
    const p = page([
      '期刊菜单',
      ['淘宝网物流配送存在的问题及对策研究', { tag: 'div', hints: ['articles_main', 'art_title'] }],
      BODY,
    ]);
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '淘宝网物流配送存在的问题及对策研究' });
  });

  it('finds no title when nothing confirms one (a sentence opening the article is not a headline)', () => {
    const p = page(['疫情就是命令，防控就是责任。', BODY, BODY.slice(3)]);
    expect(titleRule.apply(input(p))).toEqual({});
  });

  it('skips blocks another rule removed', () => {
    const p = page(['打开APP', '依靠群众打赢疫情防控阻击战', '来源：四川日报', BODY], { documentTitle: '打开APP' });
    expect(claimed(titleRule.apply(input(p, ['boilerplate', 'body', 'body', 'body'])))).toEqual({
      title: '依靠群众打赢疫情防控阻击战',
    });
  });

  it('does not take a line below the first long paragraph unless it is a heading', () => {
    const p = page([BODY, '一、提高政治站位', '来源：四川日报']);
    expect(titleRule.apply(input(p))).toEqual({});
  });

  it('takes no site name for a headline: a logo in an <h1>, a <title> that only names the site', () => {
    const p = page(
      [
        ['松花江网', { tag: 'h1', heading: 1, group: 0 }],
        ['土豆不“土” 土豆无“土”', { tag: 'h2', heading: 2, group: 1 }],
        ['2021-03-04 10:20 来源：吉林日报', { group: 1 }],
        [BODY, { group: 1 }],
      ],
      { documentTitle: '松花江网' },
    );
    expect(claimed(titleRule.apply(input(p)))).toEqual({ title: '土豆不“土” 土豆无“土”' });
  });

  it('takes a heading below the text only when the page confirms it (a sidebar’s `24小时最热` is none)', () => {
    const sidebar = (documentTitle?: string) =>
      page(
        [
          ['离谱！顶级儿童医院竟然…', { tag: 'h1', heading: 1 }],
          '2022-10-09 10:39',
          BODY,
          BODY.slice(3),
          ['24小时最热', { tag: 'h2', heading: 2 }],
          '任弼时二女儿任远征逝世，享年89岁',
        ],
        documentTitle ? { documentTitle } : {},
      );
    expect(titleRule.apply(input(sidebar()))).toEqual({});
    expect(claimed(titleRule.apply(input(sidebar('离谱！顶级儿童医院竟然…_澎湃新闻'))))).toEqual({
      title: '离谱！顶级儿童医院竟然…',
    });
    const confirmed = page([BODY, ['全省春耕生产有序推进', { tag: 'h2', heading: 2 }], BODY.slice(3)], {
      documentTitle: '全省春耕生产有序推进_四川日报',
    });
    expect(claimed(titleRule.apply(input(confirmed)))).toEqual({ title: '全省春耕生产有序推进' });
  });

  it('leaves out a badge set after the declared headline in an element of its own', () => {
    const titleOf = (documentTitle: string, heading: string) => {
      const html = `<html><head><title>${documentTitle}</title></head><body>${heading}<p>${BODY}</p></body></html>`;
      return extractArticle(domToPage(parseHTML(html).document as unknown as Document).page).title;
    };
    expect(titleOf('市委召开常委会议_某某网', '<h1>市委召开常委会议<span>原创</span></h1>')).toBe('市委召开常委会议');
    expect(titleOf('市委召开常委会议_某某网', '<h1>市委召开常委会议<a href="#">[视频]</a></h1>')).toBe(
      '市委召开常委会议',
    );
    // The page's title holds the badge, or what follows is more than a badge: the line is the headline.
    expect(titleOf('市委召开常委会议原创_某某网', '<h1>市委召开常委会议<span>原创</span></h1>')).toBe(
      '市委召开常委会议原创',
    );
    expect(titleOf('市委召开常委会议_某某网', '<h1>市委召开常委会议<span>研究部署近期重点工作</span></h1>')).toBe(
      '市委召开常委会议研究部署近期重点工作',
    );
  });
});

describe('leading-title rule', () => {
  it('takes a first line standing apart as the headline, and the lines weighing nothing under it out of the text', () => {
    const p = page([
      ['依靠群众打赢疫情防控阻击战', { group: 0 }],
      ['責任', { group: 1 }],
      ['返回', { group: 1, linkDensity: 1 }],
      [BODY, { group: 1 }],
      ['顶', { group: 1 }],
    ]);
    const d = leadingTitleRule.apply(input(p));
    expect(claimed(d)).toEqual({ title: '依靠群众打赢疫情防控阻击战' });
    // What follows the first paragraph is the text's own business, not the headline's.
    expect(d.roles).toEqual([
      { block: 0, role: 'title' },
      { block: 1, role: 'boilerplate' },
      { block: 2, role: 'boilerplate' },
    ]);
    const prose = page([
      ['依靠群众打赢疫情防控阻击战', { group: 0 }],
      ['各位代表：', { group: 1 }],
      [BODY, { group: 1 }],
    ]);
    expect(leadingTitleRule.apply(input(prose)).roles).toEqual([{ block: 0, role: 'title' }]);
  });

  it('leaves a first line that is the document title the meta-tags rule found no headline in', () => {
    const blocks: Parameters<typeof page>[0] = [
      ['責任|相关新闻', { group: 0 }],
      [BODY, { group: 1 }],
    ];
    expect(leadingTitleRule.apply(input(page(blocks, { documentTitle: '責任|相关新闻' })))).toEqual({});
    // Under another document title, the line standing apart is the headline still.
    const other = page(blocks, { documentTitle: '依靠群众打赢疫情防控阻击战' });
    expect(leadingTitleRule.apply(input(other)).roles).toEqual([{ block: 0, role: 'title' }]);
  });
});
