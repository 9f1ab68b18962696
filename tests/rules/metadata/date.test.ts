import { describe, expect, it } from 'vitest';
import { dateRule, findDate, isDatedLine, parseDateValue } from '../../../src/rules/metadata/date';
import { input, marked, page } from '../blocks';

describe('findDate', () => {
  it.each([
    ['2020年02月01日 07时55分', '2020-02-01T07:55+08:00'],
    ['2020年2月1日 7時5分', '2020-02-01T07:05+08:00'],
    ['2022年09月02日 09:34', '2022-09-02T09:34+08:00'],
    ['2022年9月2日', '2022-09-02'],
    ['2020-02-02 09:05', '2020-02-02T09:05+08:00'],
    ['2020-02-02 09:05:33', '2020-02-02T09:05+08:00'],
    ['2020/2/2', '2020-02-02'],
    ['2020.02.02', '2020-02-02'],
    ['发布时间：2021-12-31 23:59', '2021-12-31T23:59+08:00'],
    ['2019年12月31日 18點30分', '2019-12-31T18:30+08:00'],
  ])('%s → %s', (text, iso) => expect(findDate(text)?.iso).toBe(iso));

  it.each([['1月25日'], ['6月22日,在金砖国家工商论坛开幕式上'], ['2020-13-01'], ['电话：028-62938795'], ['12024993']])(
    'finds no date in %s',
    (text) => expect(findDate(text)).toBeNull(),
  );

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
  it.each([['2020-07-14'], ['云上谷城 2020-02-02 09:05'], ['2022年09月02日 09:34 來源:四川日報 編輯:曹惠君'], ['发布时间：2020-01-01 浏览次数：1234']])(
    '%s is a dated line',
    (text) => expect(isDatedLine(text)).toBe(true),
  );
  it.each([['2020年2月1日，省委召开常委会议，研究部署疫情防控工作。'], ['1月25日农历正月初一'], ['根据2020年2月1日省委常委会议精神和有关部门的统一部署要求，现将下一阶段疫情防控工作安排通知如下']])(
    '%s is not',
    (text) => expect(isDatedLine(text)).toBe(false),
  );
});

describe('publish-date rule', () => {
  const BODY = '1月25日，中共中央政治局常务委员会召开会议，专门听取疫情防控工作汇报，对疫情防控特别是患者治疗工作进行再研究再部署。';

  it('prefers the dated byline under the title to a bare date line above it', () => {
    const p = page(['2020-07-14', '依靠群众打赢疫情防控阻击战', '2020年02月01日 07时55分', '来源: 四川日报', BODY]);
    const decisions = dateRule.apply(input(p, ['body', 'title', 'body', 'meta', 'body']));
    expect(decisions.fields).toEqual({ date: '2020-02-01T07:55+08:00' });
    expect(marked(decisions, 'meta')).toEqual([0, 2]);
  });

  it('never takes a date from a body sentence', () => {
    const p = page(['标题', BODY, '2020年2月1日上午，市委书记主持召开会议，督导全市疫情防控工作，并对下一阶段工作作出部署。']);
    const decisions = dateRule.apply(input(p, ['title', 'body', 'body']));
    expect(decisions.fields).toEqual({});
    expect(marked(decisions, 'meta')).toEqual([]);
  });

  it('takes a date alone when nothing better is shown, and leaves a filled date alone', () => {
    const p = page(['标题', '2020/2/2', BODY]);
    expect(dateRule.apply(input(p, ['title', 'body', 'body'])).fields).toEqual({ date: '2020-02-02' });
    expect(dateRule.apply(input(p, ['title', 'body', 'body'], { date: '2019-01-01' })).fields).toEqual({});
  });
});
