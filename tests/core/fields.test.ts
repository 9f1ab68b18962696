import { describe, expect, it } from 'vitest';
import { checkField, declaredTags, type FieldContext } from '../../src/core/fields';
import { neutral } from '../../src/core/text/neutral';

const context = (lines: string, fields: Partial<FieldContext['fields']> = {}): FieldContext => ({
  siteNames: new Set(['中央社cna', '联合新闻网']),
  tags: new Set(['武汉肺炎']),
  lines: lines.split('\n').map(neutral),
  fields: { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null, ...fields },
});
const shown = { from: 'text', labelled: true } as const;
const declared = { from: 'declared' } as const;

describe('checkField', () => {
  it('shows a person field only as a list of names', () => {
    expect(checkField('author', '本报记者 王乐文 方 敏', shown, context(''))).toEqual({
      ok: true,
      value: '王乐文、方敏',
    });
    expect(checkField('author', '105464', shown, context('')).ok).toBe(false);
    expect(checkField('author', '武汉肺炎', shown, context('')).ok).toBe(false);
  });

  it('takes a declared author only when the page shows it, and not when it shows it as the editor', () => {
    expect(checkField('author', '李四', declared, context('责任编辑:张三')).ok).toBe(false);
    expect(checkField('author', '李四', declared, context('作者:李四'))).toEqual({ ok: true, value: '李四' });
    expect(checkField('author', '张三', declared, context('编辑:张三', { editor: '张三、王五' })).ok).toBe(false);
    expect(checkField('author', 'https://www.facebook.com/x', declared, context('x')).ok).toBe(false);
  });

  it('takes a declared name only where the page credits it, not where its sentences speak of the person', () => {
    const prose = '国务院总理李四3月5日主持召开国务院常务会议，研究部署今年重点工作。';
    expect(checkField('author', '李四', declared, context(prose)).ok).toBe(false);
    expect(checkField('editor', '李四', declared, context(`${prose}\n李四：坚持稳中求进`)).ok).toBe(false);
    expect(checkField('author', '李四', declared, context('他说，李四，你好。')).ok).toBe(false);
    const row = '作者：李四 来源：新华社 发布时间：2024-03-05 10:20:33 浏览次数：1234 【字体：大 中 小】';
    expect(checkField('author', '李四', declared, context(row)).ok).toBe(true);
    for (const credit of [
      '记者 李四',
      '记者李四',
      '文/李四',
      '李四/文',
      '李四',
      '作者：李 四 来源：新华社',
      '（李四、王五）',
    ])
      expect(checkField('author', '李四', declared, context(`${prose}\n${credit}`)).ok).toBe(true);
  });

  it('shows a source only as an outlet, and not the site itself unless a label says so', () => {
    expect(checkField('source', '中国新闻网参与互动', shown, context(''))).toEqual({ ok: true, value: '中国新闻网' });
    expect(checkField('source', '尹娟', shown, context('')).ok).toBe(false);
    expect(checkField('source', '聯合新聞網', declared, context('')).ok).toBe(false);
    expect(checkField('source', '聯合新聞網', shown, context(''))).toEqual({ ok: true, value: '聯合新聞網' });
    // A site that is its outlet's web edition (`明报新闻网`) has that outlet for itself.
    const edition = { ...context(''), siteNames: new Set(['明报新闻网']) };
    expect(checkField('source', '明報', declared, edition).ok).toBe(false);
    expect(checkField('source', '明報', shown, edition)).toEqual({ ok: true, value: '明報' });
    expect(checkField('source', '明報', declared, context(''))).toEqual({ ok: true, value: '明報' });
  });

  it('shows no person whose name is credit labels alone', () => {
    expect(checkField('author', '來源來源、赵六', shown, context('')).ok).toBe(false);
    expect(checkField('editor', '责任编辑', shown, context('')).ok).toBe(false);
    expect(checkField('author', '赵六', shown, context(''))).toEqual({ ok: true, value: '赵六' });
    expect(checkField('editor', 'Alice', shown, context(''))).toEqual({ ok: true, value: 'Alice' });
  });

  it('shows no editor or reviewer from a reporter’s credit run on into the value', () => {
    expect(checkField('reviewer', '陈渊记者 张三', shown, context('')).ok).toBe(false);
    expect(checkField('editor', '李四 通讯员 王五', shown, context('')).ok).toBe(false);
    expect(checkField('author', '新京报记者 张三', shown, context(''))).toEqual({ ok: true, value: '张三' });
    expect(checkField('reviewer', '陈渊', shown, context(''))).toEqual({ ok: true, value: '陈渊' });
  });

  it('shows no source that is labels, a list’s heading or a lone character: what is left when the value is missing', () => {
    for (const value of ['責任', '责任编辑', '責任相关新闻', '豈相关新闻', '本报讯来源'])
      expect(checkField('source', value, shown, context('')).ok).toBe(false);
    for (const [value, outlet] of [
      ['央视', '央视'],
      ['人民出版社', '人民出版社'],
      ['CCTV13', 'CCTV13'],
      ['e线', 'e线'],
      ['青田侨报热门推荐', '青田侨报'],
    ])
      expect(checkField('source', value!, shown, context(''))).toEqual({ ok: true, value: outlet });
  });

  it('shows no credit missing a character the repair of garbled text could not recover', () => {
    expect(checkField('source', '人民网□', shown, context('')).ok).toBe(false);
    expect(checkField('source', '人□日报', shown, context('')).ok).toBe(false);
    expect(checkField('author', '张□', shown, context('')).ok).toBe(false);
    expect(checkField('source', '人民网', shown, context(''))).toEqual({ ok: true, value: '人民网' });
    // U+FFFD's bytes twice over read as GBK: characters lost before the page was made.
    expect(checkField('reviewer', '锟斤拷', shown, context('')).ok).toBe(false);
    expect(checkField('source', '人民网锟斤拷', shown, context('')).ok).toBe(false);
    expect(checkField('editor', '錕斤拷', shown, context('')).ok).toBe(false);
  });

  it('keeps icon-font glyphs out of titles, checks dates and trims a site name to the name', () => {
    expect(checkField('title', '投身外交(3)\ue004', shown, context(''))).toEqual({ ok: true, value: '投身外交(3)' });
    expect(checkField('date', '2021-09-02T12:52+08:00', shown, context('')).ok).toBe(true);
    expect(checkField('date', '9月2日', shown, context('')).ok).toBe(false);
    expect(checkField('site', '制作单位：新华网股份有限公司', shown, context(''))).toEqual({
      ok: true,
      value: '新华网股份有限公司',
    });
    expect(checkField('site', '中国宁波网（宁波甬派传媒股份有限公司', shown, context(''))).toEqual({
      ok: true,
      value: '中国宁波网',
    });
  });

  it('trims a site name written in traditional characters the same way', () => {
    expect(checkField('site', '製作單位：共青團中央網絡影視中心承辦', shown, context(''))).toEqual({
      ok: true,
      value: '共青團中央網絡影視中心',
    });
    expect(checkField('site', '新華網版權所有', shown, context(''))).toEqual({ ok: true, value: '新華網' });
  });

  it("shows no web address, page word or program's name as the site's name", () => {
    for (const declared of ['https://www.example.com', '首页', '本站', 'WordPress', 'Discuz! Board', 'Microsoft Edge'])
      expect(checkField('site', declared, { from: 'declared' }, context('')).ok, declared).toBe(false);
    expect(checkField('site', '新华网', { from: 'declared' }, context(''))).toEqual({ ok: true, value: '新华网' });
    expect(checkField('site', 'www.example.com', shown, context(''))).toEqual({ ok: true, value: 'www.example.com' });
  });
});

describe('declaredTags', () => {
  it('reads keywords in either script, split as pages write them', () => {
    expect([...declaredTags({ keywords: '變性,同场竞技，奥委会 运动员', 'article:tag': '武漢肺炎' })]).toEqual([
      '变性',
      '同场竞技',
      '奥委会',
      '运动员',
      '武汉肺炎',
    ]);
  });
});
