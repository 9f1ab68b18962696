import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/core/article';
import { dateRule } from '../../../../src/core/rules/metadata/date';
import { findDate, isDatedLine, parseDateValue } from '../../../../src/core/text/dates';
import { neutral } from '../../../../src/core/text/neutral';
import { claimed, input, marked, page } from '../blocks';

describe('findDate', () => {
  it.each([
    ['2020年02月01日 07时55分', '2020-02-01T07:55+08:00'],
    ['2020年2月1日 7時5分', '2020-02-01T07:05+08:00'],
    ['2022年09月02日 09:34', '2022-09-02T09:34+08:00'],
    ['2022年9月2日', '2022-09-02'],
    ['2020-02-02 09:05', '2020-02-02T09:05+08:00'],
    ['2020-02-02 09:05:33', '2020-02-02T09:05+08:00'],
    ['2024-03-05T02:20:00Z', '2024-03-05T10:20+08:00'],
    ['2024-03-04T20:20:00.000-06:00', '2024-03-05T10:20+08:00'],
    ['2024-03-05 10:20-11:30', '2024-03-05T10:20+08:00'],
    ['二〇二四年三月五日', '2024-03-05'],
    ['某市人民政府 二零二四年十二月三十一日', '2024-12-31'],
    ['一九九八年十月一日', '1998-10-01'],
    ['2020/2/2', '2020-02-02'],
    ['2020.02.02', '2020-02-02'],
    ['发布时间：2021-12-31 23:59', '2021-12-31T23:59+08:00'],
    ['2019年12月31日 18點30分', '2019-12-31T18:30+08:00'],
    ['发布日期： 7/5/2005 9:23:57 PM', '2005-07-05T21:23+08:00'],
    ['9/17/2004 5:54:13 AM', '2004-09-17T05:54+08:00'],
    ['12/1/2004 12:05 AM', '2004-12-01T00:05+08:00'],
    ['发表时间： 06/02/2022 - 13:48', '2022-02-06T13:48+08:00'],
    ['25/12/2021', '2021-12-25'],
    ['12/25/2021', '2021-12-25'],
    ['民國113年3月5日', '2024-03-05'],
    ['民國98年3月5日', '2009-03-05'],
    ['113年1月18日 14:05', '2024-01-18T14:05+08:00'],
    ['日期：107-06-14', '2018-06-14'],
    ['發布日期：113/03/05 10:20', '2024-03-05T10:20+08:00'],
    ['2024年3月5日 週二 下午3:20', '2024-03-05T15:20+08:00'],
    ['2024/03/05 下午 03:20', '2024-03-05T15:20+08:00'],
    ['2024年3月5日上午10时05分', '2024-03-05T10:05+08:00'],
    ['2024年3月5日 晚上8:00', '2024-03-05T20:00+08:00'],
    ['2024年3月5日 中午12:30', '2024-03-05T12:30+08:00'],
    ['2024-03-05 凌晨 12:10', '2024-03-05T00:10+08:00'],
    ['2024-03-05 週二 15:20', '2024-03-05T15:20+08:00'],
    ['2024-03-05（星期二）15:20', '2024-03-05T15:20+08:00'],
    ['2024年3月5日（星期二）15:20', '2024-03-05T15:20+08:00'],
  ])('%s → %s', (text, iso) => expect(findDate(neutral(text))?.iso).toBe(iso));

  it.each([
    ['1月25日'],
    ['6月22日,在金砖国家工商论坛开幕式上'],
    ['2020-13-01'],
    ['电话：028-62938795'],
    ['12024993'],
    ['电话：120-11-22'],
    ['第107-06-14号'],
    ['成立113年'],
    ['98年3月5日'],
    ['日期：98-03-05'],
    ['公元前210年3月5日'],
    ['二〇二四年十三月五日'],
    ['一九九八年'],
    ['十二月三十一日'],
  ])('finds no date in %s', (text) => expect(findDate(neutral(text))).toBeNull());

  it('keeps an impossible time out but the day in', () => {
    expect(findDate('2020-02-02 25:70')?.iso).toBe('2020-02-02');
  });
});

describe('parseDateValue (meta tags)', () => {
  it.each([
    ['2020-02-01 07:55:00', '2020-02-01T07:55+08:00'],
    ['2020-02-01T07:55:00+08:00', '2020-02-01T07:55+08:00'],
    ['2020-01-31T23:55:00Z', '2020-02-01T07:55+08:00'],
    ['2020-02-01', '2020-02-01'],
    ['2020年02月01日', '2020-02-01'],
  ])('%s → %s', (value, iso) => expect(parseDateValue(value)).toBe(iso));

  it('returns null for non-dates', () => expect(parseDateValue('today')).toBeNull());
});

describe('isDatedLine', () => {
  it.each([
    ['2020-07-14'],
    ['云上谷城 2020-02-02 09:05'],
    ['http://www.sina.net 2005年03月21日 11:21 《理财周刊》'],
    ['BUSINESS.SOHU.COM 2005年3月11日12:12 来源：[ 人民网 ]'],
    ['[点击此处收藏本文] 发表于2005年09月07日 11:57 AM'],
    ['作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30'],
    ['2022年09月02日 09:34 來源:四川日報 編輯:曹惠君'],
    ['发布时间：2020-01-01 浏览次数：1234'],
    ['2024-03-05 10:20 聯合報／記者張三／台北即時報導'],
    ['2024-03-05 10:20 | 本报记者 张三 李四'],
    ['海姑娘写于2005年6月12日'],
    ['写于2005年6月12日夜'],
    ['发布于2024年3月5日来源：新华社'],
    ['原载于2024年3月5日人民日报'],
    ['写于2024年3月5日北京'],
    ['发布时间：2024-03-05 打印时间：2024-03-06'],
    ['发布日期：2024年3月5日'],
  ])('%s is a dated line', (text) => expect(isDatedLine(neutral(text))).toBe(true));
  it.each([
    ['2020年2月1日，省委召开常委会议，研究部署疫情防控工作。'],
    ['1月25日农历正月初一'],
    ['根据2020年2月1日省委常委会议精神和有关部门的统一部署要求，现将下一阶段疫情防控工作安排通知如下'],
    ['“(注)”：《人气歌谣》于2013年3月17日设榜'],
    ['大会在2024年3月5日开幕'],
    ['今天是2024年3月6日 星期三'],
    ['今天是：2024年3月6日 星期三 农历二月初七'],
    ['2024年03月06日 农历正月廿六 多云 12℃'],
    ['2024-03-06 晴 5~12℃'],
    ['打印时间：2024-03-05 10:20'],
    ['截止日期：2024年12月31日'],
    ['有效期至2025年12月31日'],
    ['會議時間：2024年3月10日'],
    ['实施日期：2024年5月1日'],
  ])('%s is not', (text) => expect(isDatedLine(neutral(text))).toBe(false));
});

describe('publish-date rule', () => {
  const BODY =
    '1月25日，中共中央政治局常务委员会召开会议，专门听取疫情防控工作汇报，对疫情防控特别是患者治疗工作进行再研究再部署。';

  it("takes no date from a portal's calendar of the day of the visit", () => {
    const p = page(['今天是2024年3月6日 星期三 农历二月初七', '依靠群众打赢疫情防控阻击战', BODY]);
    expect(claimed(dateRule.apply(input(p, ['body', 'title', 'body'])))).toEqual({});
  });

  it('prefers the dated byline under the title to a bare date line above it', () => {
    const p = page(['2020-07-14', '依靠群众打赢疫情防控阻击战', '2020年02月01日 07时55分', '来源: 四川日报', BODY]);
    const decisions = dateRule.apply(input(p, ['body', 'title', 'body', 'meta', 'body']));
    expect(claimed(decisions)).toEqual({ date: '2020-02-01T07:55+08:00' });
    expect(marked(decisions, 'meta')).toEqual([0, 2]);
  });

  it('never takes a date from a body sentence', () => {
    const p = page([
      '标题',
      BODY,
      '2020年2月1日上午，市委书记主持召开会议，督导全市疫情防控工作，并对下一阶段工作作出部署。',
    ]);
    const decisions = dateRule.apply(input(p, ['title', 'body', 'body']));
    expect(claimed(decisions)).toEqual({});
    expect(marked(decisions, 'meta')).toEqual([]);
  });

  it('passes over archive and comment lists of dates, whose lines share one shape', () => {
    const lines = [
      '标题',
      '2006年12月27日',
      BODY,
      '(2006-12-24 03:45:27)',
      '网友甲的评论',
      '(2006-12-04 23:40:22)',
      '网友乙的评论',
      '(2006-11-24 22:00:24)',
    ];
    const p = page(lines.map((line, group): [string, { group: number }] => [line, { group }]));
    expect(
      claimed(dateRule.apply(input(p, ['title', 'body', 'body', 'body', 'body', 'body', 'body', 'body']))),
    ).toEqual({
      date: '2006-12-27',
    });
  });

  it('takes a dated line printed again word for word out of the text, as it took the first', () => {
    const lines = [
      '2020年02月01日 07:55',
      '2020年02月01日 07:55',
      BODY,
      '2020年02月01日 07:55',
      '2020年02月03日 09:10',
    ];
    const p = page(lines.map((line, group): [string, { group: number }] => [line, { group }]));
    const decisions = dateRule.apply(input(p, Array(lines.length).fill('body')));
    // Three lines of one shape are a list: the repeats of its first line leave the text, another day's line stays.
    expect(marked(decisions, 'meta')).toEqual([0, 1, 3]);
  });

  it('still takes the first of a list when it heads the article (a blog listing its latest posts)', () => {
    const lines = [
      '博客文章标题',
      '2005-06-14 03:25:55',
      BODY,
      '下一篇标题',
      '2005-06-13 15:00:14',
      BODY.slice(2),
      '再下一篇',
      '2005-06-11 14:05:50',
    ];
    const p = page(lines.map((line, group): [string, { group: number }] => [line, { group }]));
    expect(claimed(dateRule.apply(input(p, ['title', ...Array(7).fill('body')])))).toEqual({
      date: '2005-06-14T03:25+08:00',
    });
  });

  it('takes no date from a list of other articles far below the title, even its first line', () => {
    const lines = [
      '投身外交(3)',
      ...Array(8).fill(BODY),
      '相关链接',
      '少年时代(1)(2004/10/10 17:06)',
      '少年时代(2)(2004/10/10 17:06)',
      '三度开除(1)(2004/10/10 17:06)',
    ];
    // The related links share one container, as on the page.
    const p = page(lines.map((line, i): [string, { group: number }] => [line, { group: Math.min(i, 10) }]));
    expect(claimed(dateRule.apply(input(p, ['title', ...Array(lines.length - 1).fill('body')])))).toEqual({});
  });

  it('passes over dated lines crowded into one container (an archive menu)', () => {
    const p = page([
      ['标题', { group: 0 }],
      ['2021-03-04', { group: 1 }],
      [BODY, { group: 1 }],
      ['2005-12-01 12:00', { group: 2 }],
      ['2005/11/1 归档', { group: 2 }],
      ['2005年10月1日 18:00', { group: 2 }],
    ]);
    expect(claimed(dateRule.apply(input(p, ['title', 'body', 'body', 'body', 'body', 'body'])))).toEqual({
      date: '2021-03-04',
    });
  });

  it('keeps the day under the title over a timed credit far below it on another day (a comment)', () => {
    const lines = ['第四届年会会议议程', '2004-12-10 阅读10544次', ...Array(8).fill(BODY), '相关评论:', '发表人：550'];
    const comment = (stamp: string) => page([...lines, `发表时间：${stamp}`]);
    const roles = ['title', ...Array(lines.length).fill('body')];
    expect(claimed(dateRule.apply(input(comment('2004-12-11 9:51:00'), roles)))).toEqual({ date: '2004-12-10' });
    // On the same day, the time shown further down still completes it.
    expect(claimed(dateRule.apply(input(comment('2004-12-10 9:51:00'), roles)))).toEqual({
      date: '2004-12-10T09:51+08:00',
    });
  });

  it('reads the publish time, not the update time, from a line that gives both', () => {
    for (const line of [
      '更新时间：2021-03-05 08:00 发布时间：2021-03-04 10:20',
      '最後修改：2021-03-05 08:00 | 2021-03-04 10:20',
    ]) {
      const p = page(['标题', line, BODY]);
      expect(claimed(dateRule.apply(input(p, ['title', 'body', 'body'])))).toEqual({ date: '2021-03-04T10:20+08:00' });
    }
  });

  it('passes over a date its row labels as something else than publication', () => {
    const row = (label: string, date: string): [string, { group: number; tag: string }][] => [
      [label, { group: 7, tag: 'td' }],
      [date, { group: 7, tag: 'td' }],
    ];
    const p = page([
      ['吉林省人民政府关于禁止新增建设项目的通告', { group: 1, tag: 'td' }],
      ...row('成文日期：', '2022年01月27日'),
      ...row('发布日期：', '2022年01月28日'),
      [BODY, { group: 9, tag: 'p' }],
    ]);
    // Rows of their own: the second row's cells share another group.
    p.blocks[3]!.group = 8;
    p.blocks[4]!.group = 8;
    expect(claimed(dateRule.apply(input(p, ['title', 'body', 'body', 'body', 'body', 'body'])))).toEqual({
      date: '2022-01-28',
    });
  });

  it('takes the date a table labels as published over the signing date closing the document', () => {
    const cell = (text: string, group: number): [string, { group: number; tag: string }] => [
      text,
      { group, tag: 'td' },
    ];
    const p = page([
      cell('成文日期：', 7),
      cell('2024年03月01日', 7),
      cell('发布日期：', 8),
      cell('2024年03月05日', 8),
      ['国务院办公厅关于进一步做好相关工作的通知', { group: 9, tag: 'h1', heading: 1 }],
      [BODY, { group: 9, tag: 'p' }],
      ['国务院办公厅', { group: 9, tag: 'p' }],
      ['2024年3月1日', { group: 9, tag: 'p' }],
    ]);
    const roles: Role[] = p.blocks.map((_, i) => (i === 4 ? 'title' : 'body'));
    expect(claimed(dateRule.apply(input(p, roles)))).toEqual({ date: '2024-03-05' });
  });

  it('takes no date from a note whose sentence the date follows, nor from a table of dated cells dressed alike', () => {
    const note = page(['金锺国', BODY, '此条目需要补充更多来源。 (2020年4月17日)']);
    expect(claimed(dateRule.apply(input(note, ['title', 'body', 'body'])))).toEqual({});
    const cell = (date: string, group: number): [string, { group: number; tag: string; hints: string[] }] => [
      date,
      { group, tag: 'td', hints: ['wikitable'] },
    ];
    const table = page([
      '金锺国',
      BODY,
      BODY,
      BODY,
      BODY,
      BODY,
      BODY,
      BODY,
      cell('2000年5月6日、13日', 20),
      cell('2001年3月1日', 21),
      cell('2002年7月9日', 22),
    ]);
    expect(claimed(dateRule.apply(input(table, ['title', ...Array(10).fill('body')])))).toEqual({});
  });

  it('takes no date from other articles dated under their linked headlines, one or a list of them', () => {
    const item = (n: number): [string, { group: number; linkDensity?: number; tag: string; hints: string[] }][] => [
      [`某地召开第${n}次会议部署工作要求`, { group: 10 + n, linkDensity: 1, tag: 'a', hints: ['it'] }],
      [`2020-0${n}-1${n} 10:00`, { group: 10 + n, tag: 'p', hints: ['it', 'd'] }],
    ];
    const p = page([['市委召开常委会议', { group: 0, tag: 'h1', hints: [] }], ...item(1), ...item(2), BODY]);
    const decisions = dateRule.apply(input(p, ['title', 'body', 'body', 'body', 'body', 'body']));
    expect(claimed(decisions)).toEqual({});
    expect(marked(decisions, 'boilerplate')).toEqual([2, 4]);
    const one = page([['市委召开常委会议', { group: 0, tag: 'h1', hints: [] }], ...item(1), BODY]);
    expect(claimed(dateRule.apply(input(one, ['title', 'body', 'body', 'body'])))).toEqual({});
  });

  it('takes a date alone when nothing better is shown, and leaves a filled date alone', () => {
    const p = page(['标题', '2020/2/2', BODY]);
    expect(claimed(dateRule.apply(input(p, ['title', 'body', 'body'])))).toEqual({ date: '2020-02-02' });
    expect(claimed(dateRule.apply(input(p, ['title', 'body', 'body'], { date: '2019-01-01' })))).toEqual({});
  });
});
