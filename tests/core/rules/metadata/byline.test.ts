import { describe, expect, it } from 'vitest';
import { bylineRule, isBylineText, parseByline } from '../../../../src/core/rules/metadata/byline';
import { extractArticle } from '../../../../src/core/pipeline';
import { neutral } from '../../../../src/core/text/neutral';
import { claimed, input, marked, page } from '../blocks';
import { parseHTML } from 'linkedom';
import { domToPage } from '../../../../src/adapters/dom';
import { textToPage } from '../../../../src/adapters/text';

const PROSE = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';

/** The values parsed from a line, by field. */
function valuesOf(text: string): Record<string, string> {
  const { values } = parseByline(text, neutral(text));
  return Object.fromEntries(
    Object.entries(values).map(([field, found]) => [field, found.map((f) => f.value).join('、')]),
  );
}

describe('parseByline', () => {
  it.each([
    ['来源: 四川日报', { source: '四川日报' }],
    ['來源:四川日報', { source: '四川日報' }],
    ['稿源：新华社', { source: '新华社' }],
    ['出处：人民网', { source: '人民网' }],
    ['责任编辑: 雷晓琦', { editor: '雷晓琦' }],
    ['責任編輯：張三', { editor: '張三' }],
    ['编辑:曹惠君', { editor: '曹惠君' }],
    ['編輯:曹惠君', { editor: '曹惠君' }],
    ['【编辑：李四】', { editor: '李四' }],
    ['(责任编辑：王五)', { editor: '王五' }],
    ['【作者】张三 【来源】光明日报', { author: '张三', source: '光明日报' }],
    ['[来源] 新华社', { source: '新华社' }],
    ['新京报记者 张三 编辑 李四 校对 王五', { editor: '李四', reviewer: '王五' }],
    ['热门 编辑 推荐', {}],
    ['编审:陈渊', { reviewer: '陈渊' }],
    ['審核：趙六', { reviewer: '趙六' }],
    ['校对：孙七', { reviewer: '孙七' }],
    ['记者：张三', { author: '张三' }],
    ['作者：李四', { author: '李四' }],
    ['文/王五', { author: '王五' }],
    ['文｜王小明', { author: '王小明' }],
    ['文︱王小明', { author: '王小明' }],
    ['文/图 张三', { author: '张三' }],
    ['本报记者 张三 文/图', {}],
    ['总编辑：张三', {}],
    ['社长：李四 副总编辑：张三', {}],
    ['图/文：李四', { author: '李四' }],
    ['文：眉间尺', { author: '眉间尺' }],
    ['原文：张三说', {}],
    ['消息来源：知情人士', {}],
    ['責任編輯／陳怡靜', { editor: '陳怡靜' }],
    ['编辑 / 张三 审核 / 李四', { editor: '张三', reviewer: '李四' }],
    ['2022年09月02日 09:34 來源:四川日報 編輯:曹惠君', { source: '四川日報', editor: '曹惠君' }],
    [
      '来源：新华网 作者：张三 责任编辑：李四 审核：王五',
      { source: '新华网', author: '张三', editor: '李四', reviewer: '王五' },
    ],
    ['来源：人民日报 2020-02-01 浏览次数：100', { source: '人民日报' }],
    ['BUSINESS.SOHU.COM 2005年3月11日12:12 来源：[ 人民网 ]', { source: '人民网' }],
    ['来源：【新华社】', { source: '新华社' }],
    ['02日14:25 作者： 赵婕出自[人民文学出版社]', { author: '赵婕', source: '人民文学出版社' }],
    ['转自《北京科技报》', { source: '北京科技报' }],
    ['作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30', { author: 'zboygirl' }],
    ['作者： size="20" 来源： size="20" 发布日期： 7/5/2005', {}],
    ['图片来源：视觉中国', {}],
    ['封面图片来源：IC photo', {}],
    ['视频来源：抖音 编辑：张三', { editor: '张三' }],
    ['數據來源：國家統計局', {}],
    ['资料来源：国家统计局', {}],
    ['表格来源：国家统计局', {}],
    ['附表來源：國家統計局', {}],
    ['发表时间：2016-09-28 发表来源：人民日报', { source: '人民日报' }],
    ['视频编辑：王五', {}],
    ['信息来源：市政府办公室', { source: '市政府办公室' }],
    ['网站编辑：赵六 联系电话：010-12345678', { editor: '赵六' }],
    ['網站編輯：趙六 聯絡電話：010-12345678', { editor: '趙六' }],
    ['影片來源：抖音', {}],
    ['《呐喊》 作者：鲁迅', {}],
    ['书名：《呐喊》 作者：鲁迅 出版社：人民文学出版社', {}],
    ['来源：《人民日报》 作者：张三', { source: '人民日报', author: '张三' }],
    ['来源：“学习强国”学习平台', { source: '“学习强国”学习平台' }],
    ['编 辑：张三', { editor: '张三' }],
    ['来　　源：人民日报  作　　者：张三', { source: '人民日报', author: '张三' }],
    ['新 闻 来 源：人民日报', { source: '人民日报' }],
    ['初审：张三 复审：李四 终审：王五', { reviewer: '张三、李四、王五' }],
    ['文字：张三 图片：李四 编辑：王五', { author: '张三', editor: '王五' }],
    ['文字/张三', { author: '张三' }],
    ['图片文字：张三', {}],
    ['编辑：张三 视觉：李四', { editor: '张三' }],
    ['值班编辑：张三 值班主任：李四', { editor: '张三' }],
    ['责任编辑：张三 见习编辑：李四', { editor: '张三、李四' }],
    ['来源：新华社 北京日报：', { source: '新华社' }],
    ['圖文／王小明', { author: '王小明' }],
    ['文图：张三', { author: '张三' }],
    ['特派員：王小明', { author: '王小明' }],
    ['供稿单位：市教育局', { source: '市教育局' }],
    ['發布機構：市教育局 發布時間：2024-03-05', { source: '市教育局' }],
  ])('%s', (text, values) => expect(valuesOf(text)).toEqual(values));
});

describe('parseByline offsets', () => {
  it('points at each value in the line, bracketed ones too', () => {
    for (const text of ['来源：【新华社】', '来源：[ 人民网 ] 作者：张三', '作者： 赵婕出自[人民文学出版社]']) {
      for (const found of Object.values(parseByline(text, neutral(text)).values).flat()) {
        expect(text.slice(found.start, found.start + found.value.length)).toBe(found.value);
      }
    }
  });
});

describe('parseByline at element edges', () => {
  it('ends a value where its element ends, unless brackets hold it', () => {
    const sources = (text: string, breaks: number[]) =>
      parseByline(text, neutral(text), breaks).values.source?.map((found) => found.value);
    // `来源：<span>中国新闻网</span><span>王帆</span>`
    expect(sources('来源：中国新闻网王帆', [3, 8])).toEqual(['中国新闻网']);
    // `来源：[ <a>人民网</a> ]`
    expect(sources('来源：[ 人民网 ]', [5, 8])).toEqual(['人民网']);
  });

  it('runs a person credit on across elements that each hold a name alone, and no further', () => {
    const authors = (text: string, breaks: number[]) =>
      parseByline(text, neutral(text), breaks).values.author?.map((found) => found.value);
    // `作者：<a>张三</a><a>李四</a>`
    expect(authors('作者：张三李四', [3, 5])).toEqual(['张三李四']);
    // `作者：<a>张三</a><span>中国新闻网</span>`
    expect(authors('作者：张三中国新闻网', [3, 5])).toEqual(['张三']);
    // `作者：<a>张三</a>、<a>李四</a>`, and `作者：<a>张三</a>、<a>打印</a>`
    expect(authors('作者：张三、李四', [3, 5, 6])).toEqual(['张三、李四']);
    expect(authors('作者：张三、打印', [3, 5, 6])).toEqual(['张三']);
  });
});

describe('bylines whose parts are elements of their own', () => {
  const fieldsOf = (credit: string) => {
    const doc = parseHTML(`<html><body><h1>市委召开常委会议</h1>${credit}<p>${PROSE}</p><p>${PROSE}</p></body></html>`)
      .document as unknown as Document;
    const { source, author } = extractArticle(domToPage(doc).page);
    return { source, author };
  };

  it('parts names at the edges between their elements', () => {
    expect(fieldsOf('<div>作者：<a href="/a/1">张三</a><a href="/a/2">李四</a></div>').author).toBe('张三、李四');
    expect(fieldsOf('<div>作者：<a href="/a/1">张三</a> <a href="/a/2">李四</a></div>').author).toBe('张三、李四');
    expect(fieldsOf('<div><span>记者</span><span>张三</span><span>李四</span></div>').author).toBe('张三、李四');
  });

  it('reads a label and its value in block elements of their own', () => {
    expect(fieldsOf('<div class="info"><div>来源：</div><div>新华社</div></div>')).toEqual({
      source: '新华社',
      author: null,
    });
    expect(fieldsOf('<div class="info"><p>来源</p><p>新华社</p></div>')).toEqual({ source: '新华社', author: null });
    expect(fieldsOf('<div class="info">来源：<br>新华社</div>')).toEqual({ source: '新华社', author: null });
    expect(fieldsOf('<dl><dt>来源</dt><dd>新华社</dd><dt>作者</dt><dd>张三</dd></dl>')).toEqual({
      source: '新华社',
      author: '张三',
    });
    expect(fieldsOf('<table><tr><th>來源</th><td>新華社</td></tr><tr><th>作者</th><td>張三</td></tr></table>')).toEqual(
      {
        source: '新華社',
        author: '張三',
      },
    );
    // A name that is also a word of the dictionary (`白雪`, `张三`) is a name under its label.
    expect(fieldsOf('<dl><dt>来源</dt><dd>新华社</dd><dt>作者</dt><dd>白雪</dd></dl>').author).toBe('白雪');
    expect(fieldsOf('<div class="info"><p>来源</p><ul><li>新华社</li><li>人民日报</li></ul></div>')).toEqual({
      source: null,
      author: null,
    });
  });

  it('reads a 来源 label without a colon apart from the outlet in the next element', () => {
    const html = '<div><span>来源</span><span>人民日报</span><span>2024-03-05</span></div>';
    expect(fieldsOf(html).source).toBe('人民日报');
  });

  it('takes a label with no value in its element out of the text: a slot the page’s script fills', () => {
    const paragraphsOf = (html: string) => {
      const doc = parseHTML(`<html><body><h1>市委召开常委会议</h1><p>${PROSE}</p>${html}</body></html>`)
        .document as unknown as Document;
      return extractArticle(domToPage(doc).page).paragraphs.map((p) => p.text);
    };
    expect(paragraphsOf('<p>责任编辑：<span></span></p>')).toEqual([PROSE]);
    const more = '会议要求各级党组织认真抓好落实。';
    expect(paragraphsOf(`<div><p>${more}</p><p>責任編輯：</p></div><div><p>${PROSE.slice(5)}</p></div>`)).toEqual([
      PROSE,
      more,
      PROSE.slice(5),
    ]);
    // Where text that is no value goes on after it in its element, nothing says the slot is empty.
    expect(paragraphsOf(`<div><p>编辑：</p><p>${more}</p></div>`)).toContain('编辑：');
  });
});

describe('bylines on the lines of a text page', () => {
  const fieldsOf = (...lines: string[]) => {
    const { source, author } = extractArticle(textToPage(['市委召开常委会议', ...lines, PROSE, PROSE].join('\n')));
    return { source, author };
  };

  it('reads a label alone on its line from the next line', () => {
    expect(fieldsOf('来源：', '新华社')).toEqual({ source: '新华社', author: null });
    expect(fieldsOf('來源', '新華社', '作者', '張三')).toEqual({ source: '新華社', author: '張三' });
  });

  it('reads nothing when the next line names no outlet or starts a list', () => {
    expect(fieldsOf('来源：', '市委书记主持召开会议')).toEqual({ source: null, author: null });
    expect(fieldsOf('来源', '新华社', '人民日报', '光明日报')).toEqual({ source: null, author: null });
  });
});

describe('isBylineText', () => {
  it('accepts short labelled lines and rejects sentences that quote a label', () => {
    expect(isBylineText('来源:襄阳日报 ')).toBe(true);
    expect(isBylineText(neutral('凡本网注明"来源：本网"的所有作品，版权均属于本网。'))).toBe(false);
    expect(isBylineText('编辑部的同志们连夜赶稿')).toBe(false);
    expect(isBylineText(neutral('来源：央视新闻（ID：cctvnewscenter）'))).toBe(true);
    // Credits no field shows make a byline too; a bracketed label without a value, or a spaced one alone, does not.
    expect(isBylineText(neutral('视频：张三 剪辑：李四'))).toBe(true);
    expect(isBylineText(neutral('譯者：張三/核稿：李四'))).toBe(true);
    expect(isBylineText('简介[编辑]')).toBe(false);
    expect(isBylineText('(记者 刘蓉 通讯员 李琪彬)')).toBe(false);
  });

  it('reads a writer’s affiliation in brackets after the name as part of the credit, however long', () => {
    for (const line of [
      '作者：张三（中国人民大学马克思主义学院教授）',
      '作者：张三 （中共中央党校（国家行政学院）马克思主义学院教授）',
      '来源：光明日报 作者：张三（中国社会科学院马克思主义研究院研究员）',
    ]) {
      expect(isBylineText(neutral(line))).toBe(true);
      expect(valuesOf(line).author).toBe('张三');
    }
    // Other words in brackets beside a credit still count against a byline.
    expect(isBylineText(neutral('作者：张三（这篇文章写于去年冬天的一个晚上）'))).toBe(false);
  });

  it('reads every writer of a byline that brackets each one’s affiliation', () => {
    for (const line of [
      '作者：张三（北京大学教授）、李四（清华大学教授）',
      '作者：张三（北京大学） 李四（中共中央党校（国家行政学院））',
      '作者：张三（北京大学教授）李四（清华大学教授）',
    ]) {
      expect(extractArticle(page(['市委召开常委会议', line, PROSE])).author).toBe('张三、李四');
    }
    // An affiliation with a bracket inside may come before the name.
    const before = '作者：中共中央党校（国家行政学院）教授 张三';
    expect(extractArticle(page(['市委召开常委会议', before, PROSE])).author).toBe('张三');
    // Other words in brackets still end a value.
    expect(extractArticle(page(['市委召开常委会议', '编辑：张三（实习） 李四', PROSE])).editor).toBe('张三');
  });
});

describe('byline rule', () => {
  const BODY = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';

  it('reads a bracketed source whole, with or without a colon after its label', () => {
    expect(claimed(bylineRule.apply(input(page([BODY, '来源：【新华社】']))))).toEqual({ source: '新华社' });
    const book = page(['02日14:25 作者： 赵婕出自[人民文学出版社]', BODY]);
    expect(claimed(bylineRule.apply(input(book)))).toEqual({ author: '赵婕', source: '人民文学出版社' });
  });

  it('fills source, editor and reviewer from labelled lines and takes those lines out', () => {
    const p = page([BODY, '来源:襄阳日报', '责任编辑:邓植元', '编审:陈渊']);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({ source: '襄阳日报', editor: '邓植元', reviewer: '陈渊' });
    expect(marked(decisions, 'meta')).toEqual([1, 2, 3]);
  });

  it('reads a value from the cell after its label’s, leaving both cells where they are', () => {
    const cell = (text: string, group: number) =>
      [text, { tag: 'td', group }] as [string, { tag: string; group: number }];
    const table = page([
      cell('信息来源：', 1),
      cell('市政府办公室', 1),
      cell('发布日期：', 2),
      cell('2024-03-05', 2),
      BODY,
    ]);
    const decisions = bylineRule.apply(input(table));
    expect(claimed(decisions)).toEqual({ source: '市政府办公室' });
    expect(decisions.claims?.[0]?.evidence).toMatchObject({ block: 1 });
    expect(marked(decisions, 'meta')).toEqual([]);
    // A column heading has no colon; a value in another row is not this label's.
    expect(claimed(bylineRule.apply(input(page([cell('作者', 1), cell('书名', 1), BODY]))))).toEqual({});
    expect(claimed(bylineRule.apply(input(page([cell('来源：', 1), cell('人民网', 2), BODY]))))).toEqual({});
    // A label left empty does not take the next line of text, which names no outlet.
    expect(claimed(bylineRule.apply(input(page(['来源：', '市委书记主持召开会议', BODY]))))).toEqual({});
  });

  it('reads a value from the block after a label alone in its own, with or without the colon, and takes both out', () => {
    const info = (...texts: string[]) => texts.map((text) => [text, { tag: 'div', group: 1 }] as [string, object]);
    const read = (items: (string | [string, object])[]) => {
      const decisions = bylineRule.apply(input(page(items)));
      return { fields: claimed(decisions), meta: marked(decisions, 'meta') };
    };
    expect(read([...info('来源：', '新华社'), BODY])).toEqual({ fields: { source: '新华社' }, meta: [0, 1] });
    expect(read([...info('来源', '新华社', '作者', '张三'), BODY])).toEqual({
      fields: { source: '新华社', author: '张三' },
      meta: [0, 1, 2, 3],
    });
    expect(read([...info('來源：', '新華社', '責任編輯', '王小明'), BODY]).fields).toEqual({
      source: '新華社',
      editor: '王小明',
    });
    // A date or another label beside the pair is the rest of a byline.
    expect(
      read([...info('2024-03-05 10:20', '来源：', '人民日报', '索引号：', '11220000/2022-00123'), BODY]).fields,
    ).toEqual({ source: '人民日报' });
    // A header cell labels the data cell of its row, or a definition term its definition, without a colon; cells stay.
    const row = (group: number, label: string, value: string) =>
      [
        [label, { tag: 'th', group }],
        [value, { tag: 'td', group }],
      ] as [string, object][];
    expect(read([...row(1, '来源', '新华社'), ...row(2, '作者', '张三'), BODY])).toEqual({
      fields: { source: '新华社', author: '张三' },
      meta: [],
    });
    const term = (text: string, tag: string) => [text, { tag, group: 1 }] as [string, object];
    expect(read([term('来源', 'dt'), term('新华社', 'dd'), BODY]).fields).toEqual({ source: '新华社' });
  });

  it('reads nothing from a label alone over prose, a list, a menu or a table of data', () => {
    const read = (items: (string | [string, object])[]) => claimed(bylineRule.apply(input(page(items))));
    const inGroup = (group: number, tag: string, ...texts: string[]) =>
      texts.map((text) => [text, { tag, group }] as [string, object]);
    // The first paragraph of the text, short or long.
    expect(read(['来源：', BODY, BODY])).toEqual({});
    expect(read(['作者', '会议强调要抓好落实。', BODY])).toEqual({});
    // A heading over a list of sources, in the list's container or its own.
    expect(read([...inGroup(1, 'p', '来源', '新华社', '人民日报', '光明日报'), BODY])).toEqual({});
    expect(read([['来源', { tag: 'h3', heading: 3, group: 1 }], ...inGroup(2, 'li', '新华社'), BODY])).toEqual({});
    expect(read([['来源', { tag: 'h3', heading: 3, group: 1 }], ['新华社', { tag: 'p', group: 1 }], BODY])).toEqual({});
    // A menu's buttons, and a linked label.
    expect(read([...inGroup(1, 'li', '阅读', '编辑', '查看历史', '王五'), BODY])).toEqual({});
    expect(read([['编辑', { group: 1, linkDensity: 1 }], ['王五', { group: 1 }], BODY])).toEqual({});
    // Column headings, and a row heading over several data cells.
    expect(read([...inGroup(1, 'td', '来源', '数量'), ...inGroup(2, 'td', '新华社', '12'), BODY])).toEqual({});
    expect(read([['来源', { tag: 'th', group: 1 }], ...inGroup(1, 'td', '新华社', '12'), BODY])).toEqual({});
    // A value in another container is not this label's.
    expect(read([['来源：', { group: 1 }], ['新华社', { group: 2 }], BODY])).toEqual({});
  });

  it('reads a reporter line without a colon', () => {
    for (const [line, name, source] of [
      ['四川日報全媒體記者 張立東', '張立東'],
      ['本报记者 张三 李四', '张三 李四'],
      ['新华社记者 王五', '王五', '新华社'],
      ['新京报记者 彭冲 山东冠县报道', '彭冲', '新京报'],
      ['本报记者罗科苏盈发自北京', '罗科苏盈'],
      ['□ 本报记者 葛灵丹', '葛灵丹'],
    ] as const) {
      const decisions = bylineRule.apply(input(page([line, BODY])));
      expect(claimed(decisions)).toEqual(source ? { author: name, source } : { author: name });
      expect(marked(decisions, 'meta')).toEqual([0]);
    }
  });

  it('takes a bracketed credit off the end of the last paragraph, and names every editor the byline credits', () => {
    const p = page([BODY, `${BODY}(责任编辑：赵六)`, '【编辑：钱七】']);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({ editor: '赵六、钱七' });
    expect(decisions.texts).toEqual([{ block: 1, text: BODY }]);
    expect(marked(decisions, 'meta')).toEqual([2]);
  });

  it.each([
    ['（来源：人民日报）', { source: '人民日报' }],
    ['(文章来源：光明日报)', { source: '光明日报' }],
    ['（责编：赵六 审核：钱七）', { editor: '赵六', reviewer: '钱七' }],
    ['（来源：新华社 编辑：赵六）', { source: '新华社', editor: '赵六' }],
    ['【來源：中央社 編輯：趙六】', { source: '中央社', editor: '趙六' }],
  ])('takes a closing bracket of labelled credits, %s, off the paragraph as its values', (credit, values) => {
    const decisions = bylineRule.apply(input(page([BODY, `${BODY}${credit}`])));
    expect(claimed(decisions)).toEqual(values);
    expect(decisions.texts).toEqual([{ block: 1, text: BODY }]);
  });

  it('takes a translator’s closing credits out of the text without showing them as a field', () => {
    const article = extractArticle(page(['市委召开常委会议', BODY, '（譯者：張三/核稿：李四）1130305']));
    expect(article.paragraphs.map((p) => p.text)).not.toContain('（譯者：張三/核稿：李四）1130305');
    expect(article.paragraphs.map((p) => p.text)).toContain(BODY);
    expect([article.author, article.editor, article.reviewer]).toEqual([null, null, null]);
  });

  it('leaves a closing bracket that credits material, not the article, in the paragraph', () => {
    const p = page([`${BODY}（数据来源：国家统计局）`]);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({});
    expect(decisions.texts).toEqual([]);
  });

  it('reads the reporter, editor and proofreader of a byline whose labels stand between spaces', () => {
    const article = extractArticle(page(['市委召开常委会议', '新京报记者 张三 摄影 李四 编辑 王五 校对 赵六', BODY]));
    expect([article.author, article.editor, article.reviewer]).toEqual(['张三', '王五', '赵六']);
    expect(article.paragraphs.map((p) => p.text)).not.toContain('（譯者：張三/核稿：李四）1130305');
    expect(article.paragraphs.map((p) => p.text)).toContain(BODY);
  });

  it('takes a labelled source over the outlet opening a reporter’s credit above it', () => {
    expect(extractArticle(page(['市委召开常委会议', '人民日报记者 张三', '来源：人民网', BODY])).source).toBe('人民网');
    expect(extractArticle(page(['市委召开常委会议', '人民日报记者 张三', BODY])).source).toBe('人民日报');
  });

  it('reads a credit line printed after the date on the same line', () => {
    const decisions = bylineRule.apply(input(page(['2024-03-05 10:20 聯合報／記者張三／台北即時報導', BODY])));
    expect(claimed(decisions)).toEqual({ source: '聯合報', author: '張三' });
    expect(marked(decisions, 'meta')).toEqual([0]);
  });

  it('takes a line that is a reporter credit run on to 记者 out of the text', () => {
    const decisions = bylineRule.apply(input(page(['本报记者王小明', BODY])));
    expect(claimed(decisions)).toEqual({ author: '王小明' });
    expect(marked(decisions, 'meta')).toEqual([0]);
  });

  it('reads the reporter of a dispatch without removing the paragraph', () => {
    const p = page([`本报讯（记者 张三 通讯员 李四）${BODY}`]);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({ author: '张三' });
    expect(decisions.roles).toEqual([]);
  });

  it('reads an outlet beside the date only where it has a name of its own', () => {
    const source = (line: string) => extractArticle(page(['市委召开常委会议', line, PROSE])).source;
    expect(source('2024-03-05 10:20 扬州新闻')).toBe('扬州新闻');
    expect(source('2024-03-05 10:20 时政频道')).toBeNull();
    expect(source('2024-03-05 10:20 字号 大 中 小')).toBeNull();
    // A word that only ends like an outlet, a list's item and a breadcrumb name none either.
    for (const line of [
      '2024-03-05 10:20 天气预报',
      '2024-03-05 10:20 游戏大厅',
      '2024-03-05 10:20 彩票中心',
      '2024-03-05 10:20 今日新闻',
      '2024-03-05 10:20 第A02版：成长周刊',
      '2024-03-05 • 专利频道 广告招商',
      '2024-03-05 新浪首页 > 房产 > 地产新闻 > 正文',
      '2024-03-05 首页 → 体育新闻',
      '2024-03-05 關於中央社',
      '2024-03-05 节目官网',
      '2024-03-05 10:20 视觉新闻',
      '2024-03-05 10:20 分享到： 微信 微博',
    ])
      expect(source(line), line).toBeNull();
    expect(source('2024-03-05 10:20 某某县融媒体中心')).toBe('某某县融媒体中心');
    // A middle dot parts the outlet from the date; it is no list's bullet.
    expect(source('2024-03-05 10:20 · 扬州新闻')).toBe('扬州新闻');
    expect(source('2024-03-05 10:20 ·扬州新闻')).toBe('扬州新闻');
  });

  it('reads a Taiwan credit line without 记者 only where its names read as names', () => {
    expect(extractArticle(page(['市委召开常委会议', '中國時報 張明／台北報導', PROSE])).author).toBe('張明');
    expect(extractArticle(page(['市委召开常委会议', '國際中心／綜合報導', PROSE])).author).toBeNull();
    const posted = (line: string) => extractArticle(page(['市委召开常委会议', line, PROSE])).author;
    expect(posted('2024-03-05 10:20 張明、李四／台北即時報導')).toBe('張明、李四');
    expect(posted('2024-03-05 10:20 國際中心／綜合報導')).toBeNull();
    const heading = extractArticle(page(['市委召开常委会议', PROSE, '两会/特别报道', PROSE.replace('会议', '大会')]));
    expect(heading.author).toBeNull();
    expect(heading.paragraphs.map((p) => p.text)).toContain('两会/特别报道');
  });

  it('reads the Taiwan reporter credit in brackets opening the first paragraph, leaving the paragraph whole', () => {
    const p = page([`〔記者張三、李四／台北報導〕${BODY}`]);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({ author: '張三、李四' });
    expect(decisions.roles).toEqual([]);
  });

  it('leaves a reporter credit closing the last paragraph to the credit rule, keeping the paragraph', () => {
    const p = page([`${BODY}“这样的说法没有道理。”（姚峰 上海报道）`]);
    const decisions = bylineRule.apply(input(p));
    expect(claimed(decisions)).toEqual({});
    expect(decisions.roles).toEqual([]);
    const article = extractArticle(p);
    expect(article.author).toBe('姚峰');
    expect(article.paragraphs.map((para) => para.text)).toEqual([`${BODY}“这样的说法没有道理。”（姚峰 上海报道）`]);
  });

  it('does not read a sentence about a reporter as a reporter line', () => {
    for (const line of ['记者来到医院', '记者来到这家医院采访'])
      expect(claimed(bylineRule.apply(input(page([line]))))).toEqual({});
  });

  it('does not overwrite fields already found, and keeps the first credit on the page', () => {
    const p = page(['来源：甲报', '来源：乙报', '责任编辑：丙']);
    expect(claimed(bylineRule.apply(input(p, undefined, { source: '丁报' })))).toEqual({ editor: '丙' });
    expect(claimed(bylineRule.apply(input(p)))).toEqual({ source: '甲报', editor: '丙' });
  });

  it('leaves a body sentence that mentions an editor alone', () => {
    const p = page(['他担任编辑多年，始终坚守岗位，认真负责地完成了每一项任务。']);
    expect(bylineRule.apply(input(p)).roles).toEqual([]);
  });

  it('reads where a text first ran from a dated note under the headline', () => {
    const p = page(['市委召开常委会议', '（原载于《人民日报》2024年3月5日第9版）', BODY]);
    expect(extractArticle(p).source).toBe('人民日报');
  });

  it('prefers the original a repost names to the platform it sits on, and reads a writer line', () => {
    const p = page(['来源：今日头条', '► 文 观察者网 陶梦', BODY, '本文来自经济日报']);
    const article = extractArticle(p);
    expect(article.source).toBe('经济日报');
    expect(article.author).toBe('陶梦');
  });
});
