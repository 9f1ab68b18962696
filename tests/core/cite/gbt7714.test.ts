import { describe, expect, it } from 'vitest';
import { articleToCsl, formatCitation, type CslItem } from '../../../src/core/cite/index';
import {
  accessedDay,
  article,
  gbtNewspaperExample,
  gbtUndatedExample,
  gbtWebExample,
  seed000,
  seed002,
  seed004,
  seedUrl,
} from './fixtures';

const gbt = (item: CslItem) => formatCitation(item, 'gbt7714');
const opts = { url: seedUrl, accessed: accessedDay };

describe('GB/T 7714—2015', () => {
  it("reproduces the standard's newspaper-online example exactly", () => {
    expect(gbt(gbtNewspaperExample)).toBe(
      '余建斌. 我们的科技一直在追赶：访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.',
    );
  });

  it("reproduces the standard's dated electronic-resource example: (published)[cited]", () => {
    expect(gbt(gbtWebExample)).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  it("shows only the cited date for an undated page, as the standard's example does", () => {
    expect(gbt(gbtUndatedExample)).toBe(
      'Online Computer Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. http://www.oclc.org/about/history/default.htm.',
    );
  });

  it('cites unsigned seed 000 as [N/OL] from its title, with no invented author and no time of day', () => {
    expect(gbt(articleToCsl(seed000, opts))).toBe(
      `依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[2026-11-29]. ${seedUrl}.`,
    );
  });

  it('cites a traditional-script page with its reporter and 日報 as [N/OL]', () => {
    expect(gbt(articleToCsl(seed002, opts))).toBe(
      `張立東. 省委辦公廳省政府辦公廳印發通知 組織黨員干部下沉基層一線參加疫情防控工作[N/OL]. 四川日報, 2022-09-02[2026-11-29]. ${seedUrl}.`,
    );
  });

  it('cites an undated page with nothing known but its title by title and cited date only', () => {
    expect(gbt(articleToCsl(seed004, opts))).toBe(
      `坚持人民至上生命至上全力以赴抓好疫情防控[EB/OL]. [2026-11-29]. ${seedUrl}.`,
    );
  });

  it('puts the responsible body (the source) first for an unsigned web page', () => {
    const item = articleToCsl(
      article({ title: '国务院常务会议部署', date: '2020-02-01', source: '新华社', site: '中国政府网' }),
      opts,
    );
    expect(gbt(item)).toBe(`新华社. 国务院常务会议部署[EB/OL]. (2020-02-01)[2026-11-29]. ${seedUrl}.`);
  });

  it('lists three authors in full and cuts more to three followed by 等', () => {
    const names = ['甲一', '乙二', '丙三', '丁四'].map((literal) => ({ literal }));
    expect(gbt({ ...gbtNewspaperExample, author: names.slice(0, 3) })).toMatch(/^甲一, 乙二, 丙三\. /);
    expect(gbt({ ...gbtNewspaperExample, author: names })).toMatch(/^甲一, 乙二, 丙三, 等\. /);
  });

  it('never inverts a Chinese name with a comma, even when given as family and given parts', () => {
    const text = gbt({ ...gbtNewspaperExample, author: [{ family: '余', given: '建斌' }] });
    expect(text.startsWith('余建斌. ')).toBe(true);
    expect(text).not.toContain('余, 建斌');
  });

  it('writes a Latin name family first in capitals with initials', () => {
    expect(gbt({ ...gbtWebExample, author: [{ family: 'Smith', given: 'John Adam' }], language: 'en' })).toMatch(
      /^SMITH J A\. /,
    );
  });

  it('leaves the page out when the paper names none', () => {
    expect(gbt({ ...gbtNewspaperExample, page: undefined })).toContain('人民日报, 2013-01-12[2013-03-20]. ');
  });
});
